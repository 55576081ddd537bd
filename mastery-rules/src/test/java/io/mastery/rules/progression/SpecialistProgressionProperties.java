package io.mastery.rules.progression;

import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryGen;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Mastery Specialist progression (docs/programme.md), as properties and examples. */
@DisplayName("A Mastery Specialist's progression")
class SpecialistProgressionProperties {

  static final AcademicYear Y2019 = AcademicYear.of(2019);

  private static Gen<ProgrammePolicy> editions() {
    return oneOf(
        MasteryGen.standardEditions(),
        uniqueListsOf(MasteryGen.streamRules(), StreamRules::stream, 0, 3)
            .map(
                rules ->
                    ProgrammePolicy.builder()
                        .edition("custom")
                        .inForceFrom(AcademicYear.of(2015))
                        .addAllStreamRules(rules)
                        .build()));
  }

  private static Gen<Cohort> cohorts() {
    return MasteryGen.streams().zip(integers().between(1, 20), Cohort::of);
  }

  List<Optional<Stage>> stages(SpecialistProgression progression, Cohort cohort) {
    List<Optional<Stage>> stages = new ArrayList<>();
    for (int year = 2000; year <= 2060; year++) {
      stages.add(progression.stage(cohort, AcademicYear.of(year)));
    }
    return stages;
  }

  @Nested
  @DisplayName("Stages follow the edition's stream rules")
  class Stages {

    @Test
    @DisplayName(
        "a cohort trains from cohort 1's year plus (n - 1), in the years of its programme before"
            + " the stream's first leading year (one for primary, two for secondary)")
    void aCohortTrainsInExactlyOneYear() {
      qt().forAll(editions(), cohorts())
          .checkAssert(
              (policy, cohort) -> {
                SpecialistProgression progression = SpecialistProgression.of(policy);
                Optional<StreamRules> rules = policy.streamRules(cohort.stream());
                List<Optional<Stage>> stages = stages(progression, cohort);
                if (rules.isEmpty()) {
                  assertThat(stages).allMatch(Optional::isEmpty);
                  assertThat(progression.trainingYear(cohort)).isEmpty();
                  return;
                }
                AcademicYear training =
                    rules.get().cohortOneTrainingYear().plusYears(cohort.number() - 1L);
                assertThat(progression.trainingYear(cohort)).hasValue(training);
                assertThat(
                        stages.stream().filter(s -> s.equals(Optional.of(Stage.TRAINING))).count())
                    .isEqualTo(rules.get().firstLeadingYear() - 1L);
                assertThat(progression.stage(cohort, training)).hasValue(Stage.TRAINING);
              });
    }

    @Test
    @DisplayName(
        "stages never go back as the years pass, and leading lasts from the first leading year to"
            + " the programme's end")
    void stagesNeverGoBack() {
      qt().forAll(editions(), cohorts())
          .checkAssert(
              (policy, cohort) -> {
                SpecialistProgression progression = SpecialistProgression.of(policy);
                List<Optional<Stage>> stages = stages(progression, cohort);
                for (int i = 1; i < stages.size(); i++) {
                  if (stages.get(i).isPresent()) {
                    assertThat(stages.get(i).get())
                        .isGreaterThanOrEqualTo(stages.get(i - 1).orElseThrow());
                  }
                }
                policy
                    .streamRules(cohort.stream())
                    .ifPresent(
                        rules ->
                            assertThat(
                                    stages.stream()
                                        .filter(s -> s.equals(Optional.of(Stage.LEADING)))
                                        .count())
                                .isEqualTo(
                                    Math.max(
                                        0L,
                                        rules.programmeYears() - rules.firstLeadingYear() + 1L)));
              });
    }

    @Test
    @DisplayName(
        "a specialist may lead Work Groups exactly when leading or a Local Leader, of a stream"
            + " whose specialists lead school Work Groups (not FE)")
    void mayLeadExactlyAfterTraining() {
      qt().forAll(editions(), cohorts(), integers().between(2010, 2040))
          .checkAssert(
              (policy, cohort, year) -> {
                SpecialistProgression progression = SpecialistProgression.of(policy);
                MasterySpecialist specialist =
                    MasterySpecialist.of(Trn.of("1000001"), Urn.of(100_001), cohort);
                AcademicYear y = AcademicYear.of(year);
                boolean leads =
                    policy.streamRules(cohort.stream()).map(StreamRules::leadsWorkGroups).orElse(false);
                assertThat(progression.mayLeadWorkGroups(specialist, y))
                    .isEqualTo(
                        leads
                            && progression
                                .stage(specialist, y)
                                .map(s -> s == Stage.LEADING || s == Stage.LOCAL_LEADER)
                                .orElse(false));
                assertThat(progression.mayLeadWorkGroups(cohort, y))
                    .isEqualTo(progression.mayLeadWorkGroups(specialist, y));
                assertThat(progression.stage(specialist, y))
                    .isEqualTo(progression.stage(cohort, y));
              });
    }
  }

  @Nested
  @DisplayName("The standard editions")
  class StandardEditions {

    @Test
    @DisplayName("primary cohort 4 trains in 2018/19, cohort 7 in 2021/22, cohort 11 in 2025/26")
    void primaryCohortYears() {
      SpecialistProgression progression = SpecialistProgression.forYear(Y2019);
      assertThat(progression.trainingYear(Cohort.of(Stream.PRIMARY, 4)))
          .hasValue(AcademicYear.of(2018));
      assertThat(progression.trainingYear(Cohort.of(Stream.PRIMARY, 7)))
          .hasValue(AcademicYear.of(2021));
      assertThat(progression.trainingYear(Cohort.of(Stream.PRIMARY, 11)))
          .hasValue(AcademicYear.of(2025));
    }

    @Test
    @DisplayName(
        "in 2019/20 primary cohort 1 are Local Leaders, cohorts 3 and 4 lead, cohort 5 trains,"
            + " cohort 6 has not started")
    void primaryStagesIn2019() {
      SpecialistProgression progression = SpecialistProgression.forYear(Y2019);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 1), Y2019)).hasValue(Stage.LOCAL_LEADER);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 2), Y2019)).hasValue(Stage.LOCAL_LEADER);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 3), Y2019)).hasValue(Stage.LEADING);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 4), Y2019)).hasValue(Stage.LEADING);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 5), Y2019)).hasValue(Stage.TRAINING);
      assertThat(progression.stage(Cohort.of(Stream.PRIMARY, 6), Y2019)).hasValue(Stage.NOT_STARTED);
    }

    @Test
    @DisplayName("secondary cohort 10 trains in 2025/26 under the 2024/25 edition")
    void secondaryCohortTen() {
      assertThat(
              SpecialistProgression.forYear(AcademicYear.of(2025))
                  .trainingYear(Cohort.of(Stream.SECONDARY, 10)))
          .hasValue(AcademicYear.of(2025));
    }

    @Test
    @DisplayName(
        "the 2019/20 edition has no FE programme: an FE specialist's stage is unknown and they"
            + " may not lead")
    void feIsUnknownIn2019() {
      SpecialistProgression progression = SpecialistProgression.forYear(Y2019);
      MasterySpecialist fe =
          MasterySpecialist.of(Trn.of("1000001"), Urn.of(100_001), Cohort.of(Stream.FE, 1));
      assertThat(progression.stage(fe, Y2019)).isEmpty();
      assertThat(progression.mayLeadWorkGroups(fe, Y2019)).isFalse();
      assertThat(SpecialistProgression.forYear(AcademicYear.of(2024)).stage(fe, AcademicYear.of(2024)))
          .hasValue(Stage.LEADING);
      assertThat(
              SpecialistProgression.forYear(AcademicYear.of(2024))
                  .mayLeadWorkGroups(fe, AcademicYear.of(2024)))
          .as("FE specialists lead no school Work Groups")
          .isFalse();
    }

    @Test
    @DisplayName(
        "in 2019/20 secondary cohort 3 is in the second year of its programme, still training;"
            + " cohort 2, in its third, leads: 'In the third year of the programme, Mastery"
            + " Specialists will lead a Work Group' (booleanmathshub.co.uk)")
    void secondaryStagesIn2019() {
      SpecialistProgression progression = SpecialistProgression.forYear(Y2019);
      assertThat(progression.stage(Cohort.of(Stream.SECONDARY, 4), Y2019)).hasValue(Stage.TRAINING);
      assertThat(progression.stage(Cohort.of(Stream.SECONDARY, 3), Y2019)).hasValue(Stage.TRAINING);
      assertThat(progression.yearOfProgramme(Cohort.of(Stream.SECONDARY, 3), Y2019)).hasValue(2L);
      assertThat(progression.mayLeadWorkGroups(Cohort.of(Stream.SECONDARY, 3), Y2019)).isFalse();
      assertThat(progression.stage(Cohort.of(Stream.SECONDARY, 2), Y2019)).hasValue(Stage.LEADING);
      assertThat(progression.stage(Cohort.of(Stream.SECONDARY, 1), Y2019))
          .hasValue(Stage.LOCAL_LEADER);
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("stages describe themselves; progressions are equal by edition")
    void valueSemantics() {
      assertThat(Stage.LOCAL_LEADER.description()).isEqualTo("Local Leader of Maths Education");
      assertThat(Stage.TRAINING.mayLeadWorkGroups()).isFalse();
      new EqualsTester()
          .addEqualityGroup(
              SpecialistProgression.forYear(Y2019),
              SpecialistProgression.of(ProgrammePolicy.forYear(AcademicYear.of(2019))))
          .addEqualityGroup(SpecialistProgression.forYear(AcademicYear.of(2016)))
          .addEqualityGroup(SpecialistProgression.forYear(AcademicYear.of(2024)))
          .testEquals();
      assertThat(SpecialistProgression.forYear(Y2019).policy().edition()).isEqualTo("2019/20");
      assertThat(SpecialistProgression.forYear(Y2019).toString()).contains("2019/20");
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("describes itself by its edition, and hashes other editions apart")
  void describesItselfByItsEditionAndHashesOtherEditionsApart() {
    SpecialistProgression of2019 = SpecialistProgression.forYear(AcademicYear.of(2019));
    SpecialistProgression other =
        SpecialistProgression.of(
            ProgrammePolicy.builder().from(of2019.policy()).edition("local").build());
    assertThat(of2019).hasToString("SpecialistProgression{edition 2019/20}");
    assertThat(other).hasToString("SpecialistProgression{edition local}");
    assertThat(of2019.hashCode()).isNotEqualTo(other.hashCode());
  }
}
