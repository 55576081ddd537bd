package io.mastery.rules.reach;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.testkit.Area;
import io.mastery.rules.SampleHub;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Reach rolled up by stream and year, as properties and examples. */
@Tag(Area.TAG_REACH)
@DisplayName("A roll-up of the schools reached")
class ReachRollupProperties {

  private static Gen<ReachRecord> records() {
    return integers()
        .between(0, 30)
        .zip(
            integers().between(0, 2),
            integers().between(2015, 2020),
            integers().between(0, 3),
            (school, stream, year, how) ->
                new ReachRecord(
                    Urn.of(100_000 + school),
                    Stream.values()[stream],
                    AcademicYear.of(year),
                    how % 2 == 0 ? ReachRecord.Source.WORK_GROUP : ReachRecord.Source.OWN_SCHOOL,
                    how >= 2));
  }

  private static Set<Urn> distinct(List<ReachRecord> records, Optional<Stream> stream, AcademicYear upTo, boolean completedOnly) {
    return records.stream()
        .filter(r -> stream.isEmpty() || r.stream() == stream.get())
        .filter(r -> r.year().compareTo(upTo) <= 0)
        .filter(r -> !completedOnly || r.completed())
        .map(ReachRecord::school)
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("counts each school once across the years, by stream and for all streams, completed participation apart")
  void countsEachSchoolOnce() {
    qt(300)
        .forAll(listsOf(records(), 0, 60))
        .checkAssert(
            records -> {
              ReachRollup rollup = ReachRollup.of(records);
              int newTotal = 0;
              int perStream = 0;
              for (Stream stream : Stream.values()) {
                perStream += rollup.lines(stream).size();
              }
              assertThat(rollup.lines()).hasSize(perStream + rollup.total().size());
              assertThat(rollup.total().isEmpty()).isEqualTo(records.isEmpty());
              for (ReachLine line : rollup.lines()) {
                assertThat(line.schools())
                    .as("%s", line)
                    .isEqualTo(distinct(records, line.stream(), line.year(), false).size());
                assertThat(line.completedSchools())
                    .isEqualTo(distinct(records, line.stream(), line.year(), true).size())
                    .isLessThanOrEqualTo(line.schools());
                assertThat(line.newSchools()).isLessThanOrEqualTo(line.schoolsInYear());
              }
              for (ReachLine line : rollup.total()) {
                newTotal += line.newSchools();
                for (ReachLine byStream : rollup.lines()) {
                  if (byStream.stream().isPresent() && byStream.year().equals(line.year())) {
                    assertThat(line.schools()).isGreaterThanOrEqualTo(byStream.schools());
                  }
                }
              }
              assertThat(newTotal).isEqualTo(new HashSet<>(records.stream().map(ReachRecord::school).toList()).size());
            });
  }

  @Test
  @DisplayName("is the same when a record is given twice")
  void repeatsCountOnce() {
    qt(200)
        .forAll(listsOf(records(), 0, 40))
        .checkAssert(
            records -> {
              List<ReachRecord> twice = new ArrayList<>(records);
              twice.addAll(records);
              assertThat(ReachRollup.of(twice).lines()).isEqualTo(ReachRollup.of(records).lines());
            });
  }

  @Test
  @DisplayName("counts a specialist's own school from the training year, signed up in that year and complete after it, and not before")
  void ownSchoolsFromTheTrainingYear() {
    ProgrammePolicy policy = ProgrammePolicy.forYear(SampleHub.YEAR);
    io.mastery.model.enrolment.Enrolment enrolment =
        SampleHub.hubYear()
            .enrolment()
            .withWorkGroups(List.of())
            .withSpecialists(
                List.of(
                    io.mastery.model.specialist.MasterySpecialist.of(
                        io.mastery.model.teacher.Trn.of("1000009"),
                        Urn.of(100_090),
                        io.mastery.model.specialist.Cohort.of(Stream.PRIMARY, 5)),
                    io.mastery.model.specialist.MasterySpecialist.of(
                        io.mastery.model.teacher.Trn.of("1000008"),
                        Urn.of(100_091),
                        io.mastery.model.specialist.Cohort.of(Stream.PRIMARY, 6))));
    List<ReachRecord> records = ReachRollup.records(enrolment, policy, Stream.PRIMARY);
    ReachRecord own =
        records.stream().filter(r -> r.source() == ReachRecord.Source.OWN_SCHOOL).findFirst().orElseThrow();
    assertThat(own.school()).isEqualTo(Urn.of(100_090));
    assertThat(own.year()).isEqualTo(SampleHub.YEAR);
    assertThat(own.completed()).isFalse();
    assertThat(records).noneMatch(r -> r.school().equals(Urn.of(100_091)));
  }

  @Test
  @DisplayName("of the sample hub's year counts its specialist's own school and its Work Group's six schools")
  void sampleHub() {
    ProgrammePolicy policy = ProgrammePolicy.forYear(SampleHub.YEAR);
    ReachRollup rollup =
        ReachRollup.of(ReachRollup.records(SampleHub.hubYear().enrolment(), policy, Stream.PRIMARY));
    List<ReachLine> primary = rollup.lines(Stream.PRIMARY);
    assertThat(primary.get(0).year()).isEqualTo(AcademicYear.of(2017));
    ReachLine last = primary.get(primary.size() - 1);
    assertThat(last.year()).isEqualTo(SampleHub.YEAR);
    assertThat(last.schools()).isEqualTo(7);
    assertThat(last.ownSchools()).isEqualTo(1);
    assertThat(last.completedSchools()).isEqualTo(1);
    assertThat(rollup.total()).hasSameSizeAs(primary);
  }
}
