package io.mastery.rules.journey;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A school's journeys, one per stream, and the specialists' departments' way in. */
@DisplayName("A school's journey in each stream")
class StreamJourneyProperties {

  static final AcademicYear Y2019 = AcademicYear.of(2019);
  static final AcademicYear Y2020 = AcademicYear.of(2020);
  static final Urn ALL_THROUGH = Urn.of(100_010);
  static final Urn SECOND = Urn.of(100_011);
  static final Trn PRIMARY_LEAD = Trn.of("1000001");
  static final Trn SECONDARY_LEAD = Trn.of("1000002");
  static final Urn PRIMARY_LEAD_SCHOOL = Urn.of(100_008);
  static final Urn SECONDARY_LEAD_SCHOOL = Urn.of(100_009);

  static School school(Urn urn, PhaseOfEducation phase) {
    return School.builder()
        .urn(urn)
        .name("Example School " + urn)
        .type(EstablishmentType.COMMUNITY_SCHOOL)
        .phaseOfEducation(phase)
        .status(EstablishmentStatus.OPEN)
        .localAuthority(LocalAuthorityCode.of("201"))
        .localAuthorityName("Camden")
        .statutoryAgeRange(AgeRange.of(4, 16))
        .build();
  }

  static SchoolRegister register() {
    List<School> schools = new ArrayList<>();
    schools.add(school(PRIMARY_LEAD_SCHOOL, PhaseOfEducation.PRIMARY));
    schools.add(school(SECONDARY_LEAD_SCHOOL, PhaseOfEducation.SECONDARY));
    for (int i = 0; i < 20; i++) {
      schools.add(school(Urn.of(100_010 + i), PhaseOfEducation.ALL_THROUGH));
    }
    return SchoolRegister.of(schools);
  }

  /**
   * A group of all-through schools from {@code first}, two teachers each (primary Embedding takes
   * one or two, secondary phases two).
   */
  static WorkGroup group(
      String id, Stream stream, Phase phase, AcademicYear year, Trn lead, int first, int schools) {
    List<Participation> ps = new ArrayList<>();
    for (int i = 0; i < schools; i++) {
      int n = first + i;
      ps.add(
          Participation.of(
              Urn.of(100_010 + n),
              Trn.of(Integer.toString(2_000_001 + 2 * n + (stream == Stream.SECONDARY ? 100 : 0))),
              Trn.of(Integer.toString(2_000_002 + 2 * n + (stream == Stream.SECONDARY ? 100 : 0)))));
    }
    return WorkGroup.builder()
        .id(WorkGroupId.of(id))
        .phase(phase)
        .stream(stream)
        .academicYear(year)
        .lead(lead)
        .addAllParticipations(ps)
        .build();
  }

  static Enrolment.Builder enrolment(AcademicYear year) {
    return Enrolment.builder()
        .academicYear(year)
        .addSpecialists(
            MasterySpecialist.of(PRIMARY_LEAD, PRIMARY_LEAD_SCHOOL, Cohort.of(Stream.PRIMARY, 3)))
        .addSpecialists(
            MasterySpecialist.of(
                SECONDARY_LEAD, SECONDARY_LEAD_SCHOOL, Cohort.of(Stream.SECONDARY, 1)));
  }

  static Decision decide(Enrolment enrolment) {
    return Rulebook.standard()
        .evaluate(enrolment, register(), ProgrammePolicy.forYear(enrolment.academicYear()));
  }

  static List<String> journeyCodes(Decision decision) {
    return decision.violations().stream()
        .map(Violation::rule)
        .filter(code -> code.startsWith("journey."))
        .sorted()
        .collect(Collectors.toList());
  }

  @Nested
  @DisplayName(
      "Journeys are per stream: an all-through school's primary journey and its secondary journey"
          + " are separate")
  class PerStream {

    @Test
    @DisplayName(
        "`journey.development-repeated`: an all-through school whose primary Development was in"
            + " 2017/18 may take secondary Development in 2019/20; a record without a stream still"
            + " counts for every stream, as before")
    void primaryDevelopmentDoesNotBlockSecondary() {
      WorkGroup secondary =
          group("WG-S", Stream.SECONDARY, Phase.DEVELOPMENT, Y2019, SECONDARY_LEAD, 0, 2);
      Enrolment named =
          enrolment(Y2019)
              .addHistory(
                  JourneyRecord.of(ALL_THROUGH, Phase.DEVELOPMENT, AcademicYear.of(2017), Stream.PRIMARY))
              .addWorkGroups(secondary)
              .build();
      assertThat(decide(named).violations()).isEmpty();
      Enrolment unnamed =
          enrolment(Y2019)
              .addHistory(JourneyRecord.of(ALL_THROUGH, Phase.DEVELOPMENT, AcademicYear.of(2017)))
              .addWorkGroups(secondary)
              .build();
      assertThat(decide(unnamed).violations())
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 already took part in Development in 2017/18; a school takes part in"
                  + " Development once");
    }

    @Test
    @DisplayName(
        "a school's journey in one stream reads that stream's records and those naming none; the"
            + " journey without a stream reads every record, as before")
    void theJourneyOfOneStream() {
      SchoolJourney journey =
          SchoolJourney.of(
              ALL_THROUGH,
              List.of(
                  JourneyRecord.of(
                      ALL_THROUGH, Phase.DEVELOPMENT, AcademicYear.of(2017), Stream.PRIMARY)));
      assertThat(journey.refusals(Stream.SECONDARY, Phase.DEVELOPMENT, Y2019)).isEmpty();
      assertThat(journey.options(Stream.SECONDARY, Y2019).mayEnter(Phase.DEVELOPMENT)).isTrue();
      assertThat(journey.refusals(Stream.PRIMARY, Phase.DEVELOPMENT, Y2019))
          .extracting(PhaseRefusal::code)
          .containsExactly("journey.development-repeated");
      assertThat(journey.refusals(Phase.DEVELOPMENT, Y2019))
          .extracting(PhaseRefusal::code)
          .containsExactly("journey.development-repeated");
      assertThat(journey.inStream(Stream.SECONDARY).records()).isEmpty();
      Enrolment year =
          enrolment(Y2019)
              .addWorkGroups(group("WG-P", Stream.PRIMARY, Phase.DEVELOPMENT, Y2019, PRIMARY_LEAD, 0, 6))
              .build();
      assertThat(SchoolJourney.nextYear(ALL_THROUGH, Stream.SECONDARY, year).mayEnter(Phase.DEVELOPMENT))
          .isTrue();
      assertThat(SchoolJourney.nextYear(ALL_THROUGH, Stream.PRIMARY, year).mayEnter(Phase.DEVELOPMENT))
          .isFalse();
    }

    @Test
    @DisplayName(
        "`journey.one-phase-per-year`: an all-through school in a primary and a secondary"
            + " Development group of 2019/20 takes one phase in each journey; two primary groups"
            + " are still refused")
    void onePhasePerYearPerStream() {
      Enrolment both =
          enrolment(Y2019)
              .addWorkGroups(group("WG-P", Stream.PRIMARY, Phase.DEVELOPMENT, Y2019, PRIMARY_LEAD, 0, 6))
              .addWorkGroups(
                  group("WG-S", Stream.SECONDARY, Phase.DEVELOPMENT, Y2019, SECONDARY_LEAD, 0, 2))
              .build();
      assertThat(journeyCodes(decide(both))).isEmpty();
      Enrolment twice =
          enrolment(Y2019)
              .addWorkGroups(group("WG-P", Stream.PRIMARY, Phase.DEVELOPMENT, Y2019, PRIMARY_LEAD, 0, 6))
              .addWorkGroups(
                  group("WG-Q", Stream.PRIMARY, Phase.MASTERY_READINESS, Y2019, SECONDARY_LEAD, 0, 1))
              .build();
      assertThat(journeyCodes(decide(twice)))
          .containsExactly("journey.one-phase-per-year", "journey.one-phase-per-year");
    }

    @Test
    @DisplayName(
        "the records of another stream never change a group's journey verdicts, and records"
            + " without a stream count as the group's own")
    void anotherStreamsRecordsDoNotCount() {
      Gen<Phase> phases = Generate.enumValues(Phase.class);
      qt().forAll(phases, integers().between(2015, 2018), phases, integers().between(0, 2))
          .checkAssert(
              (recorded, start, joined, named) -> {
                Stream stream = joined == Phase.MASTERY_READINESS ? Stream.PRIMARY : Stream.SECONDARY;
                Stream other = stream == Stream.PRIMARY ? Stream.SECONDARY : Stream.PRIMARY;
                AcademicYear year = Y2020;
                Trn lead = stream == Stream.PRIMARY ? PRIMARY_LEAD : SECONDARY_LEAD;
                int schools = stream == Stream.PRIMARY ? 6 : 2;
                WorkGroup group = group("WG-01", stream, joined, year, lead, 1, schools);
                JourneyRecord record =
                    named == 0
                        ? JourneyRecord.of(SECOND, recorded, AcademicYear.of(start), other)
                        : named == 1
                            ? JourneyRecord.of(
                                SECOND, recorded, AcademicYear.of(start), stream)
                            : JourneyRecord.of(SECOND, recorded, AcademicYear.of(start));
                List<String> with =
                    journeyCodes(decide(enrolment(year).addHistory(record).addWorkGroups(group).build()));
                List<String> none =
                    journeyCodes(decide(enrolment(year).addWorkGroups(group).build()));
                List<String> own =
                    journeyCodes(
                        decide(
                            enrolment(year)
                                .addHistory(
                                    JourneyRecord.of(
                                        SECOND, recorded, AcademicYear.of(start)))
                                .addWorkGroups(group)
                                .build()));
                assertThat(with).isEqualTo(named == 0 ? none : own);
              });
    }
  }

  @Nested
  @DisplayName(
      "Secondary Embedding and Sustaining are for departments that took part in Development 'and"
          + " all Cohort 1-4 Mastery Specialist Departments' (wymathshub.co.uk, Secondary Teaching"
          + " for Mastery Embedding and Sustaining)")
  class SpecialistDepartments {

    Enrolment embedding(AcademicYear year, Stream stream, Phase phase, Urn school) {
      Trn lead = stream == Stream.PRIMARY ? PRIMARY_LEAD : SECONDARY_LEAD;
      return enrolment(year)
          .addWorkGroups(
              WorkGroup.builder()
                  .id(WorkGroupId.of("WG-E"))
                  .phase(phase)
                  .stream(stream)
                  .academicYear(year)
                  .lead(lead)
                  .addParticipations(
                      Participation.of(school, Trn.of("2000001"), Trn.of("2000002")))
                  .build())
          .build();
    }

    @Test
    @DisplayName(
        "`journey.prerequisite-missing`: in 2019/20 a secondary specialist's department joins"
            + " secondary Embedding without Development; another department is refused, and so is"
            + " a primary specialist's school in primary Embedding")
    void aSpecialistsDepartmentJoinsEmbedding() {
      assertThat(
              journeyCodes(
                  decide(embedding(Y2019, Stream.SECONDARY, Phase.EMBEDDING, SECONDARY_LEAD_SCHOOL))))
          .isEmpty();
      assertThat(journeyCodes(decide(embedding(Y2019, Stream.SECONDARY, Phase.EMBEDDING, ALL_THROUGH))))
          .containsExactly("journey.prerequisite-missing");
      assertThat(
              journeyCodes(
                  decide(embedding(Y2019, Stream.PRIMARY, Phase.EMBEDDING, PRIMARY_LEAD_SCHOOL))))
          .containsExactly("journey.prerequisite-missing");
    }

    @Test
    @DisplayName(
        "a specialist's own school enters a phase without its prerequisite exactly where the"
            + " edition's phase row says so, and only as a specialist of the group's stream")
    void exactlyWhereTheEditionSaysSo() {
      List<Phase> consolidation = List.of(Phase.EMBEDDING, Phase.SUSTAINING);
      qt().forAll(
              integers().between(2019, 2030),
              Generate.enumValues(Stream.class).map(s -> s == Stream.FE ? Stream.PRIMARY : s),
              Generate.pick(consolidation),
              integers().between(0, 1))
          .checkAssert(
              (start, stream, phase, own) -> {
                AcademicYear year = AcademicYear.of(start);
                ProgrammePolicy policy = ProgrammePolicy.forYear(year);
                if (!policy.offers(stream, phase, year)) {
                  return;
                }
                Urn school =
                    own == 0
                        ? (stream == Stream.PRIMARY ? PRIMARY_LEAD_SCHOOL : SECONDARY_LEAD_SCHOOL)
                        : (stream == Stream.PRIMARY ? SECONDARY_LEAD_SCHOOL : PRIMARY_LEAD_SCHOOL);
                boolean exempt =
                    own == 0
                        && policy
                            .phaseRules(stream, phase, year)
                            .orElseThrow()
                            .specialistSchoolWithoutPrerequisite();
                assertThat(journeyCodes(decide(embedding(year, stream, phase, school))))
                    .isEqualTo(exempt ? List.of() : List.of("journey.prerequisite-missing"));
              });
    }
  }
}
