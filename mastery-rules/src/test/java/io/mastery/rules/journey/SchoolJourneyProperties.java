package io.mastery.rules.journey;

import static io.mastery.model.testkit.Generators.booleans;
import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryGen;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.SampleHub;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A school's journey towards mastery (docs/programme.md), as properties and examples. */
@DisplayName("A school's journey towards mastery")
class SchoolJourneyProperties {

  static final Urn SCHOOL = Urn.of(100_500);
  static final AcademicYear Y2019 = AcademicYear.of(2019);

  static SchoolJourney journey(Object... phaseAndYear) {
    List<JourneyRecord> records = new ArrayList<>();
    for (int i = 0; i < phaseAndYear.length; i += 2) {
      records.add(
          JourneyRecord.of(
              SCHOOL, (Phase) phaseAndYear[i], AcademicYear.of((Integer) phaseAndYear[i + 1])));
    }
    return SchoolJourney.of(SCHOOL, records);
  }

  static Set<String> codes(List<PhaseRefusal> refusals) {
    return refusals.stream().map(PhaseRefusal::code).collect(Collectors.toSet());
  }

  @Nested
  @DisplayName("Under any sequence of enrolments, judged by the rule engine")
  class Enrolments {

    @Test
    @DisplayName(
        "a journey never goes backwards, Development happens at most once, and a school takes"
            + " one phase a year")
    void aJourneyNeverGoesBackwardsAndDevelopmentHappensAtMostOnce() {
      List<Integer> acceptedPerRun = new ArrayList<>();
      Set<String> refused = new HashSet<>();
      qt(150)
          .forAll(enrolments())
          .checkAssert(
              actions -> {
                JourneyRun run = new JourneyRun();
                run.checkInvariants("at the start");
                for (int step = 0; step < actions.size(); step++) {
                  Enrol action = actions.get(step);
                  run.enrol(action.phase(), action.advance());
                  run.checkInvariants("after step " + (step + 1) + " of " + actions);
                }
                acceptedPerRun.add(run.accepted.size());
                refused.addAll(run.refusedCodes);
              });
      assertThat(refused)
          .as("journey rules that refused an enrolment in some run")
          .containsExactlyInAnyOrderElementsOf(
              EnumSet.allOf(JourneyRule.class).stream()
                  .map(JourneyRule::code)
                  .collect(Collectors.toList()));
      assertThat(acceptedPerRun)
          .as("phases accepted per run")
          .contains(0)
          .anyMatch(accepted -> accepted >= 4);
    }

    private static Gen<List<Enrol>> enrolments() {
      return listsOf(MasteryGen.phases().zip(oneOfValues(0, 1, 1, 1, 2), Enrol::new), 0, 14);
    }
  }

  /** Enrols the school in a phase, the same year or one or two years later. */
  record Enrol(Phase phase, int advance) {
    @Override
    public String toString() {
      return "enrol in " + phase + (advance == 0 ? " the same year" : " +" + advance);
    }
  }

  /**
   * One school's enrolments year by year: each is judged by the standard rulebook, and a phase is
   * recorded only when the engine reports no journey error for the school.
   */
  static final class JourneyRun {
    final List<JourneyRecord> accepted = new ArrayList<>();
    final Set<String> refusedCodes = new HashSet<>();
    AcademicYear year = AcademicYear.of(2016);
    Optional<Phase> thisYear = Optional.empty();

    void enrol(Phase phase, int advance) {
      if (advance > 0) {
        year = year.plusYears(advance);
        thisYear = Optional.empty();
      }
      AcademicYear current = year;
      List<JourneyRecord> history =
          accepted.stream()
              .filter(r -> r.academicYear().isBefore(current))
              .collect(Collectors.toList());
      List<WorkGroup> groups = new ArrayList<>();
      thisYear.ifPresent(p -> groups.add(group("WG-A", p)));
      groups.add(group("WG-B", phase));
      Enrolment enrolment =
          Enrolment.builder()
              .academicYear(year)
              .addSpecialists(SampleHub.SPECIALIST)
              .addAllHistory(history)
              .addAllWorkGroups(groups)
              .build();
      Decision decision =
          Rulebook.standard()
              .evaluate(
                  enrolment,
                  io.mastery.model.school.SchoolRegister.of(List.of(SampleHub.primary(SCHOOL))),
                  ProgrammePolicy.forYear(year));
      Set<String> engine =
          decision.errors().stream()
              .filter(v -> v.school().equals(Optional.of(SCHOOL)))
              .filter(v -> v.workGroup().equals(Optional.of(WorkGroupId.of("WG-B"))))
              .map(Violation::rule)
              .filter(code -> code.startsWith("journey."))
              .collect(Collectors.toSet());
      Set<String> expected = codes(SchoolJourney.of(SCHOOL, history).refusals(phase, year));
      if (thisYear.isPresent()) {
        expected.add(JourneyRule.ONE_PHASE_PER_YEAR.code());
      }
      assertThat(engine).as("the engine agrees with the journey").isEqualTo(expected);
      if (engine.isEmpty()) {
        accepted.add(JourneyRecord.of(SCHOOL, phase, year));
        thisYear = Optional.of(phase);
      } else {
        refusedCodes.addAll(engine);
      }
    }

    WorkGroup group(String id, Phase phase) {
      return WorkGroup.builder()
          .id(WorkGroupId.of(id))
          .phase(phase)
          .stream(Stream.PRIMARY)
          .academicYear(year)
          .lead(id.equals("WG-A") ? Trn.of("1000002") : SampleHub.LEAD)
          .addParticipations(Participation.of(SCHOOL, SampleHub.teacher(id.equals("WG-A") ? 1 : 2)))
          .build();
    }

    void checkInvariants(String when) {
      neverGoesBackwards(when);
      developmentAtMostOnce(when);
      onePhaseAYear(when);
      prerequisitesFirst(when);
    }

    void neverGoesBackwards(String when) {
      for (int i = 1; i < accepted.size(); i++) {
        assertThat(accepted.get(i).phase())
            .as("never backwards, %s: %s", when, this)
            .isGreaterThanOrEqualTo(accepted.get(i - 1).phase());
      }
    }

    void developmentAtMostOnce(String when) {
      assertThat(accepted.stream().filter(r -> r.phase() == Phase.DEVELOPMENT).count())
          .as("Development at most once, %s: %s", when, this)
          .isLessThanOrEqualTo(1);
    }

    void onePhaseAYear(String when) {
      assertThat(accepted.stream().map(JourneyRecord::academicYear).distinct().count())
          .as("one phase a year, %s: %s", when, this)
          .isEqualTo(accepted.size());
    }

    void prerequisitesFirst(String when) {
      for (int i = 0; i < accepted.size(); i++) {
        Set<Phase> before =
            accepted.subList(0, i).stream().map(JourneyRecord::phase).collect(Collectors.toSet());
        if (accepted.get(i).phase() == Phase.EMBEDDING) {
          assertThat(before)
              .as("prerequisites first (Embedding after Development), %s: %s", when, this)
              .contains(Phase.DEVELOPMENT);
        }
        if (accepted.get(i).phase() == Phase.SUSTAINING) {
          assertThat(before)
              .as(
                  "prerequisites first (Sustaining after Development or Embedding), %s: %s",
                  when, this)
              .containsAnyOf(Phase.DEVELOPMENT, Phase.EMBEDDING);
        }
      }
    }

    @Override
    public String toString() {
      return "JourneyRun{" + year + ", accepted " + accepted + "}";
    }
  }

  @Nested
  @DisplayName("Which phases a school may enter")
  class Options {

    private static Gen<SchoolJourney> journeys() {
      Gen<JourneyRecord> records =
          MasteryGen.phases()
              .zip(
                  integers().between(2015, 2024).map(AcademicYear::of),
                  (phase, year) -> JourneyRecord.of(SCHOOL, phase, year));
      return listsOf(records, 0, 6)
          .zip(
              booleans(),
              (rs, specialist) -> SchoolJourney.of(SCHOOL, rs).withSpecialistSchool(specialist));
    }

    private static Gen<AcademicYear> years() {
      return integers().between(2015, 2025).map(AcademicYear::of);
    }

    @Test
    @DisplayName("every phase is either allowed or refused with at least one reason")
    void everyPhaseIsAllowedOrRefusedWithAReason() {
      qt().forAll(journeys(), years())
          .checkAssert(
              (journey, year) -> {
                JourneyOptions options = journey.options(year);
                for (Phase phase : Phase.values()) {
                  assertThat(options.mayEnter(phase))
                      .isEqualTo(!options.refusals().containsKey(phase));
                  assertThat(options.mayEnter(phase)).isEqualTo(journey.mayEnter(phase, year));
                  assertThat(options.refusals(phase)).isEqualTo(journey.refusals(phase, year));
                  assertThat(options.allowed().contains(phase)).isEqualTo(options.mayEnter(phase));
                }
                assertThat(options.refusals().values()).allMatch(list -> !list.isEmpty());
              });
    }

    @Test
    @DisplayName("records of later years never change what a school may enter")
    void laterRecordsAreIgnored() {
      qt().forAll(journeys(), years(), MasteryGen.phases(), MasteryGen.phases())
          .checkAssert(
              (journey, year, phase, later) -> {
                assertThat(
                        journey
                            .plus(JourneyRecord.of(SCHOOL, later, year.next()))
                            .refusals(phase, year))
                    .isEqualTo(journey.refusals(phase, year));
              });
    }

    @Test
    @DisplayName("a year without participation does not reset the journey")
    void aYearWithoutParticipationDoesNotResetTheJourney() {
      qt().forAll(journeys(), years(), MasteryGen.phases())
          .checkAssert(
              (journey, year, phase) -> {
                Optional<JourneyRecord> last =
                    journey.records().stream()
                        .filter(r -> r.academicYear().isBefore(year))
                        .reduce((a, b) -> b);
                boolean noneThatYear =
                    journey.records().stream().noneMatch(r -> r.academicYear().equals(year));
                if (noneThatYear
                    && last.isPresent()
                    && last.get().academicYear().next().isBefore(year)) {
                  assertThat(codes(journey.refusals(phase, year)))
                      .isEqualTo(codes(journey.refusals(phase, last.get().academicYear().next())));
                }
              });
    }

    @Test
    @DisplayName("a school that already has its phase for the year may take no other")
    void aRecordInTheYearMeansNoOtherPhase() {
      qt().forAll(journeys(), years(), MasteryGen.phases(), MasteryGen.phases())
          .checkAssert(
              (journey, year, taken, phase) -> {
                assertThat(
                        codes(
                            journey
                                .plus(JourneyRecord.of(SCHOOL, taken, year))
                                .refusals(phase, year)))
                    .contains(JourneyRule.ONE_PHASE_PER_YEAR.code());
              });
    }

    @Test
    @DisplayName("a new school may start with Mastery Readiness or Development, not later phases")
    void aNewSchoolStartsWithReadinessOrDevelopment() {
      JourneyOptions options = SchoolJourney.start(SCHOOL).options(Y2019);
      assertThat(options.allowed())
          .containsExactly(Phase.MASTERY_READINESS, Phase.INTRODUCTORY, Phase.DEVELOPMENT);
      assertThat(options.refusals(Phase.EMBEDDING))
          .containsExactly(
              PhaseRefusal.of(
                  JourneyRule.PREREQUISITE_MISSING,
                  "School 100500 has not completed Development before 2019/20, and Embedding"
                      + " follows Development"));
    }

    @Test
    @DisplayName("a Mastery Specialist's own school may also enter Sustaining straight away")
    void aSpecialistsSchoolMayEnterSustaining() {
      assertThat(SchoolJourney.start(SCHOOL).withSpecialistSchool(true).options(Y2019).allowed())
          .containsExactly(
              Phase.MASTERY_READINESS, Phase.INTRODUCTORY, Phase.DEVELOPMENT, Phase.SUSTAINING);
    }

    @Test
    @DisplayName(
        "after Development: Embedding or Sustaining; never Readiness or Development again,"
            + " even years later")
    void afterDevelopment() {
      SchoolJourney journey = journey(Phase.MASTERY_READINESS, 2015, Phase.DEVELOPMENT, 2016);
      JourneyOptions options = journey.options(Y2019);
      assertThat(options.allowed()).containsExactly(Phase.EMBEDDING, Phase.SUSTAINING);
      assertThat(options.refusals(Phase.DEVELOPMENT))
          .extracting(PhaseRefusal::code)
          .containsExactly("journey.development-repeated");
      assertThat(options.refusals(Phase.MASTERY_READINESS))
          .containsExactly(
              PhaseRefusal.of(
                  JourneyRule.OUT_OF_ORDER,
                  "School 100500 completed Development in 2016/17; Mastery Readiness comes before"
                      + " Development and a journey never goes back"));
    }

    @Test
    @DisplayName("Sustaining continues year by year; Readiness may be repeated before Development")
    void sustainingContinues() {
      assertThat(
              journey(Phase.DEVELOPMENT, 2015, Phase.EMBEDDING, 2016, Phase.SUSTAINING, 2017)
                  .options(AcademicYear.of(2018))
                  .allowed())
          .containsExactly(Phase.SUSTAINING);
      assertThat(journey(Phase.MASTERY_READINESS, 2017).options(AcademicYear.of(2018)).allowed())
          .containsExactly(Phase.MASTERY_READINESS, Phase.INTRODUCTORY, Phase.DEVELOPMENT);
    }

    @Test
    @DisplayName("a record of the year itself: no other phase that year")
    void aRecordOfTheYear() {
      assertThat(journey(Phase.DEVELOPMENT, 2019).refusals(Phase.EMBEDDING, Y2019))
          .extracting(PhaseRefusal::code)
          .containsExactly("journey.prerequisite-missing", "journey.one-phase-per-year");
    }

    @Test
    @DisplayName(
        "from an enrolment: the school's own records, and whether it is a specialist's school")
    void fromAnEnrolment() {
      Enrolment enrolment =
          Enrolment.builder()
              .academicYear(Y2019)
              .addSpecialists(
                  MasterySpecialist.of(Trn.of("1000009"), SCHOOL, Cohort.of(Stream.PRIMARY, 2)))
              .addHistory(
                  JourneyRecord.of(SCHOOL, Phase.DEVELOPMENT, AcademicYear.of(2017)),
                  JourneyRecord.of(Urn.of(100_501), Phase.DEVELOPMENT, AcademicYear.of(2017)))
              .build();
      SchoolJourney journey = SchoolJourney.of(SCHOOL, enrolment);
      assertThat(journey.isSpecialistSchool()).isTrue();
      assertThat(journey.records())
          .containsExactly(JourneyRecord.of(SCHOOL, Phase.DEVELOPMENT, AcademicYear.of(2017)));
      assertThat(journey.furthestBefore(Y2019)).map(JourneyRecord::phase).hasValue(Phase.DEVELOPMENT);
      assertThat(journey.furthestBefore(AcademicYear.of(2017))).isEmpty();
    }

    @Test
    @DisplayName("a record of another school is refused, naming its position")
    void aRecordOfAnotherSchoolIsRefused() {
      assertThatThrownBy(
              () ->
                  SchoolJourney.of(
                      SCHOOL,
                      List.of(
                          JourneyRecord.of(SCHOOL, Phase.DEVELOPMENT, Y2019),
                          JourneyRecord.of(Urn.of(100_501), Phase.DEVELOPMENT, Y2019))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("journey record 1 is of school 100501, not of school 100500");
      assertThatThrownBy(
              () ->
                  SchoolJourney.start(SCHOOL)
                      .plus(JourneyRecord.of(Urn.of(100_501), Phase.DEVELOPMENT, Y2019)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("100501");
    }
  }

  @Nested
  @DisplayName("Value types")
  @Tag(Area.TAG_MECHANICS)
  class Values {

    @Test
    @DisplayName("journeys, options and refusals are equal by value")
    void equality() {
      SchoolJourney developed = journey(Phase.DEVELOPMENT, 2017);
      new EqualsTester()
          .addEqualityGroup(
              SchoolJourney.start(SCHOOL), SchoolJourney.of(SCHOOL, List.of()), journey())
          .addEqualityGroup(
              developed,
              SchoolJourney.start(SCHOOL)
                  .plus(JourneyRecord.of(SCHOOL, Phase.DEVELOPMENT, AcademicYear.of(2017))),
              journey(Phase.DEVELOPMENT, 2017, Phase.DEVELOPMENT, 2017))
          .addEqualityGroup(developed.withSpecialistSchool(true))
          .addEqualityGroup(SchoolJourney.start(Urn.of(100_501)))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(developed.options(Y2019), journey(Phase.DEVELOPMENT, 2017).options(Y2019))
          .addEqualityGroup(developed.options(AcademicYear.of(2020)))
          .addEqualityGroup(SchoolJourney.start(SCHOOL).options(Y2019))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(
              PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, "a"),
              PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, "a"))
          .addEqualityGroup(PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, "b"))
          .addEqualityGroup(PhaseRefusal.of(JourneyRule.DEVELOPMENT_REPEATED, "a"))
          .testEquals();
      assertThatThrownBy(() -> PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, " "))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(EnumSet.allOf(JourneyRule.class))
          .extracting(JourneyRule::code)
          .containsExactly(
              "journey.development-repeated",
              "journey.prerequisite-missing",
              "journey.out-of-order",
              "journey.one-phase-per-year");
      assertThat(developed.toString()).contains("100500").contains("DEVELOPMENT");
    }
  }

  @Nested
  @DisplayName("Described and hashed")
  class Described {

    @Test
    @DisplayName("knows its school and whether it is a specialist's own school")
    void knowsItsSchoolAndWhetherItIsASpecialistsSchool() {
      SchoolJourney journey = journey(Phase.DEVELOPMENT, 2017);
      assertThat(journey.school()).isEqualTo(SCHOOL);
      assertThat(journey.isSpecialistSchool()).isFalse();
      assertThat(journey.withSpecialistSchool(true).isSpecialistSchool()).isTrue();
      assertThat(SchoolJourney.start(SCHOOL).isSpecialistSchool()).isFalse();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("describes itself by school, specialist's school and records")
    void describesItself() {
      SchoolJourney journey = journey(Phase.DEVELOPMENT, 2017);
      assertThat(journey).hasToString("SchoolJourney{100500, [2017/18 DEVELOPMENT]}");
      assertThat(journey.withSpecialistSchool(true))
          .hasToString("SchoolJourney{100500, specialist's school, [2017/18 DEVELOPMENT]}");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("hashes journeys and options of other schools or years apart")
    void hashesOtherJourneysAndOptionsApart() {
      SchoolJourney journey = journey(Phase.DEVELOPMENT, 2017);
      assertThat(journey.hashCode()).isNotEqualTo(SchoolJourney.start(SCHOOL).hashCode());
      assertThat(journey.options(Y2019).hashCode())
          .isNotEqualTo(journey.options(AcademicYear.of(2020)).hashCode());
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("options name their school and year, and describe what may and may not be entered")
    void optionsNameTheirSchoolAndYear() {
      JourneyOptions options = journey(Phase.DEVELOPMENT, 2017).options(Y2019);
      assertThat(options.school()).isEqualTo(SCHOOL);
      assertThat(options.academicYear()).isEqualTo(Y2019);
      assertThat(options.toString())
          .startsWith("JourneyOptions{100500 in 2019/20: may enter ")
          .contains(
              "; may not: MASTERY_READINESS [journey.out-of-order: School 100500 completed",
              "], DEVELOPMENT [journey.development-repeated: School 100500 already")
          .endsWith("}");
      assertThat(SchoolJourney.start(SCHOOL).withSpecialistSchool(true).options(Y2019).toString())
          .contains(
              "may enter [MASTERY_READINESS, INTRODUCTORY, DEVELOPMENT, SUSTAINING]; may not:"
                  + " EMBEDDING [");
    }

    @Test
    @DisplayName("a refusal going back names both phases by the programme's names")
    void aRefusalGoingBackNamesBothPhases() {
      assertThat(journey(Phase.SUSTAINING, 2017).refusals(Phase.EMBEDDING, Y2019))
          .extracting(PhaseRefusal::message)
          .contains(
              "School 100500 completed Sustaining in 2017/18; Embedding comes before Sustaining and"
                  + " a journey never goes back");
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("refusals are ordered by rule, then by message, and describe themselves by code")
    void refusalsAreOrderedByRuleThenMessage() {
      PhaseRefusal outOfOrderB = PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, "b");
      PhaseRefusal outOfOrderA = PhaseRefusal.of(JourneyRule.OUT_OF_ORDER, "a");
      PhaseRefusal repeated = PhaseRefusal.of(JourneyRule.DEVELOPMENT_REPEATED, "z");
      assertThat(ImmutableList.sortedCopyOf(List.of(outOfOrderB, repeated, outOfOrderA)))
          .containsExactly(repeated, outOfOrderA, outOfOrderB);
      assertThat(outOfOrderA).hasToString("journey.out-of-order: a");
    }
  }
}
