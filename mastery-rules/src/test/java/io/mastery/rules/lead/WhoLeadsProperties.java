package io.mastery.rules.lead;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
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
import io.mastery.rules.progression.SpecialistProgression;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who may lead a Work Group, as the edition's stream and phase rows say. */
@DisplayName("Who may lead a Work Group")
class WhoLeadsProperties {

  static final WorkGroupId WG = WorkGroupId.of("WG-01");
  static final Trn LEAD = Trn.of("1000001");
  static final Urn LEAD_SCHOOL = Urn.of(100008);

  static School school(Urn urn, PhaseOfEducation phase) {
    return School.builder()
        .urn(urn)
        .name("Example School " + urn)
        .type(EstablishmentType.COMMUNITY_SCHOOL)
        .phaseOfEducation(phase)
        .status(EstablishmentStatus.OPEN)
        .localAuthority(LocalAuthorityCode.of("201"))
        .localAuthorityName("Camden")
        .statutoryAgeRange(phase == PhaseOfEducation.PRIMARY ? AgeRange.of(4, 11) : AgeRange.of(11, 16))
        .build();
  }

  /** A group of the stream and phase of {@code schools} schools, two teachers each. */
  static WorkGroup group(Stream stream, Phase phase, AcademicYear year, Trn lead, int schools) {
    List<Participation> ps = new ArrayList<>();
    for (int i = 0; i < schools; i++) {
      ps.add(
          Participation.of(
              Urn.of(100_010 + i),
              Trn.of(Integer.toString(2_000_001 + 2 * i)),
              Trn.of(Integer.toString(2_000_002 + 2 * i))));
    }
    return WorkGroup.builder()
        .id(WG)
        .phase(phase)
        .stream(stream)
        .academicYear(year)
        .lead(lead)
        .addAllParticipations(ps)
        .build();
  }

  static SchoolRegister register(PhaseOfEducation phase) {
    List<School> schools = new ArrayList<>();
    schools.add(school(LEAD_SCHOOL, phase));
    for (int i = 0; i < 12; i++) {
      schools.add(school(Urn.of(100_010 + i), phase));
    }
    return SchoolRegister.of(schools);
  }

  static Decision decide(Enrolment enrolment, PhaseOfEducation phase) {
    return Rulebook.standard()
        .evaluate(enrolment, register(phase), ProgrammePolicy.forYear(enrolment.academicYear()));
  }

  static List<Violation> of(Decision decision, String code) {
    return decision.violations().stream()
        .filter(v -> v.rule().equals(code))
        .collect(Collectors.toList());
  }

  static Optional<Object> caseOf(Violation violation) {
    return Optional.ofNullable(violation.arguments().get("case"));
  }

  /** A secondary Development group of two departments, led by a secondary specialist. */
  static Decision secondaryDevelopment(AcademicYear year, int cohort) {
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(year)
            .addSpecialists(MasterySpecialist.of(LEAD, LEAD_SCHOOL, Cohort.of(Stream.SECONDARY, cohort)))
            .addWorkGroups(group(Stream.SECONDARY, Phase.DEVELOPMENT, year, LEAD, 2))
            .build();
    return decide(enrolment, PhaseOfEducation.SECONDARY);
  }

  @Nested
  @DisplayName(
      "Secondary specialists lead from the third year of their programme: 'In the third year of"
          + " the programme, Mastery Specialists will lead a Work Group' (booleanmathshub.co.uk,"
          + " secondary mastery)")
  class SecondaryThirdYear {

    @Test
    @DisplayName(
        "`workgroup.lead-not-eligible`: in 2019/20 secondary cohort 3 is in the second year of its"
            + " programme and may not lead; cohort 2, in its third year, may; 'Each specialist, who"
            + " has completed the second year of a national programme, will work with two teachers"
            + " from each participating maths department' (greatnorthmathshub.co.uk, 2020/21)")
    void cohortThreeMayNotLeadIn2019() {
      AcademicYear year = AcademicYear.of(2019);
      List<Violation> second = of(secondaryDevelopment(year, 3), "workgroup.lead-not-eligible");
      assertThat(second).hasSize(1);
      assertThat(second.get(0).message())
          .isEqualTo(
              "Lead 1000001 of Work Group WG-01 is in year 2 of the secondary specialist programme"
                  + " in 2019/20 (cohort 3); secondary specialists lead Work Groups from year 3");
      assertThat(second.get(0).arguments())
          .containsEntry("case", "before-leading-year")
          .containsEntry("yearOfProgramme", 2L)
          .containsEntry("firstLeadingYear", 3);
      assertThat(of(secondaryDevelopment(year, 2), "workgroup.lead-not-eligible")).isEmpty();
      assertThat(of(secondaryDevelopment(year, 4), "workgroup.lead-not-eligible"))
          .extracting(v -> caseOf(v).orElseThrow())
          .containsExactly("training");
    }

    @Test
    @DisplayName(
        "a secondary specialist leading a secondary group is refused exactly in the years of the"
            + " programme before the edition's first leading year")
    void refusedExactlyBeforeTheFirstLeadingYear() {
      qt().forAll(integers().between(2018, 2030), integers().between(1, 16))
          .checkAssert(
              (start, cohort) -> {
                AcademicYear year = AcademicYear.of(start);
                StreamRules rules =
                    ProgrammePolicy.forYear(year).streamRules(Stream.SECONDARY).orElseThrow();
                long yearOfProgramme =
                    start - rules.cohortOneTrainingYear().startYear() - (cohort - 1) + 1L;
                boolean refused = yearOfProgramme < rules.firstLeadingYear();
                assertThat(rules.firstLeadingYear()).isEqualTo(3);
                assertThat(of(secondaryDevelopment(year, cohort), "workgroup.lead-not-eligible"))
                    .as("cohort %s in year %s of the programme", cohort, yearOfProgramme)
                    .hasSize(refused ? 1 : 0);
              });
    }
  }

  @Nested
  @DisplayName(
      "FE specialists lead no school Work Groups (emsmathshub.org.uk, FE Mastery Specialists"
          + " 2023/24)")
  class FurtherEducation {

    @Test
    @DisplayName(
        "`workgroup.lead-not-eligible`: an FE specialist past training in 2024/25 is refused as"
            + " the lead of a school Work Group, whatever the cohort")
    void anFeSpecialistLeadsNoSchoolWorkGroup() {
      qt().forAll(integers().between(2024, 2030), integers().between(1, 5))
          .checkAssert(
              (start, cohort) -> {
                AcademicYear year = AcademicYear.of(start);
                Enrolment enrolment =
                    Enrolment.builder()
                        .academicYear(year)
                        .addSpecialists(
                            MasterySpecialist.of(LEAD, LEAD_SCHOOL, Cohort.of(Stream.FE, cohort)))
                        .addWorkGroups(group(Stream.SECONDARY, Phase.DEVELOPMENT, year, LEAD, 2))
                        .build();
                List<Violation> found =
                    of(decide(enrolment, PhaseOfEducation.SECONDARY), "workgroup.lead-not-eligible");
                assertThat(found)
                    .extracting(v -> caseOf(v).orElseThrow())
                    .containsExactlyInAnyOrder("other-stream", "no-work-groups");
              });
    }

    @Test
    @DisplayName("the message says that FE specialists lead no school Work Groups")
    void theMessageSaysSo() {
      AcademicYear year = AcademicYear.of(2024);
      Enrolment enrolment =
          Enrolment.builder()
              .academicYear(year)
              .addSpecialists(MasterySpecialist.of(LEAD, LEAD_SCHOOL, Cohort.of(Stream.FE, 1)))
              .addWorkGroups(group(Stream.SECONDARY, Phase.DEVELOPMENT, year, LEAD, 2))
              .build();
      assertThat(of(decide(enrolment, PhaseOfEducation.SECONDARY), "workgroup.lead-not-eligible"))
          .extracting(Violation::message)
          .contains(
              "Lead 1000001 of Work Group WG-01 is a FE Mastery Specialist (cohort 1); in edition"
                  + " 2024/25, FE specialists lead no school Work Groups");
    }
  }

  @Nested
  @DisplayName(
      "Mastery Readiness groups: 'Each Work Group will be led by one of the Maths Hub's Mastery"
          + " Readiness Leads' (emsmathshub.org.uk, Mastery Readiness Work Group 2024/25)")
  class ReadinessLeads {

    static final Trn READINESS_LEAD = Trn.of("3000001");

    Enrolment readiness(AcademicYear year, Phase phase, Trn lead, Cohort cohort) {
      return Enrolment.builder()
          .academicYear(year)
          .addSpecialists(MasterySpecialist.of(LEAD, LEAD_SCHOOL, cohort))
          .addReadinessLeads(READINESS_LEAD)
          .addWorkGroups(group(Stream.PRIMARY, phase, year, lead, 6))
          .build();
    }

    @Test
    @DisplayName(
        "`workgroup.lead-unknown`: in 2019/20 a Readiness group led by the hub's Readiness Lead is"
            + " valid; led by a teacher who is neither a Readiness Lead nor a specialist it is"
            + " refused, and a Readiness Lead may not lead a Development group")
    void aReadinessLeadLeadsReadiness() {
      AcademicYear year = AcademicYear.of(2019);
      Cohort trained = Cohort.of(Stream.PRIMARY, 3);
      Decision led =
          decide(readiness(year, Phase.MASTERY_READINESS, READINESS_LEAD, trained), PhaseOfEducation.PRIMARY);
      assertThat(led.violations()).isEmpty();
      Trn stranger = Trn.of("3000009");
      List<Violation> unknown =
          of(
              decide(readiness(year, Phase.MASTERY_READINESS, stranger, trained), PhaseOfEducation.PRIMARY),
              "workgroup.lead-unknown");
      assertThat(unknown)
          .extracting(Violation::message)
          .containsExactly(
              "Lead 3000009 of Work Group WG-01 is neither one of the hub's Mastery Specialists"
                  + " nor one of its Mastery Readiness Leads");
      assertThat(
              of(
                  decide(readiness(year, Phase.DEVELOPMENT, READINESS_LEAD, trained), PhaseOfEducation.PRIMARY),
                  "workgroup.lead-unknown"))
          .extracting(Violation::message)
          .containsExactly(
              "Lead 3000001 of Work Group WG-01 is not one of the hub's Mastery Specialists");
    }

    @Test
    @DisplayName(
        "a Readiness group's lead is unknown exactly when neither a Readiness Lead nor a"
            + " specialist, and not eligible exactly when a specialist who is no Readiness Lead"
            + " is still in training")
    void unknownExactlyWhenNeither() {
      qt().forAll(integers().between(2019, 2030), integers().between(0, 3), integers().between(1, 16))
          .checkAssert(
              (start, who, cohortNumber) -> {
                AcademicYear year = AcademicYear.of(start);
                Cohort cohort = Cohort.of(Stream.PRIMARY, cohortNumber);
                Trn lead = who == 0 ? READINESS_LEAD : who == 1 ? LEAD : Trn.of("3000009");
                Enrolment enrolment = readiness(year, Phase.MASTERY_READINESS, lead, cohort);
                if (who == 3) {
                  // the Readiness Lead is also a specialist, of any stage
                  enrolment =
                      enrolment.withSpecialists(
                          List.of(MasterySpecialist.of(READINESS_LEAD, LEAD_SCHOOL, cohort)));
                  lead = READINESS_LEAD;
                  enrolment =
                      enrolment.withWorkGroups(
                          List.of(group(Stream.PRIMARY, Phase.MASTERY_READINESS, year, lead, 6)));
                }
                Decision decision = decide(enrolment, PhaseOfEducation.PRIMARY);
                boolean neither = who == 2;
                boolean specialistOnly = who == 1;
                boolean mayLead =
                    SpecialistProgression.of(ProgrammePolicy.forYear(year))
                        .mayLeadWorkGroups(cohort, year);
                assertThat(of(decision, "workgroup.lead-unknown")).hasSize(neither ? 1 : 0);
                assertThat(of(decision, "workgroup.lead-not-eligible"))
                    .hasSize(specialistOnly && !mayLead ? 1 : 0);
              });
    }
  }
}
