package io.mastery.rules.engine;

import static io.mastery.rules.SampleHub.LEAD;
import static io.mastery.rules.SampleHub.SPECIALIST;
import static io.mastery.rules.SampleHub.WG_01;
import static io.mastery.rules.SampleHub.school;
import static io.mastery.rules.SampleHub.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.rules.result.Violation;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.DecisionException;
import io.mastery.rules.result.Decision;
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
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.HubYear;
import io.mastery.rules.SampleHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One example per rule code, on a small hub year (see {@link SampleHub}): the change that breaks
 * the rule, and the exact violation it reports, with a message naming the values.
 */
@DisplayName("Rule examples: London Central and West, 2019/20, Work Group WG-01")
class RuleExamples {

  static final WorkGroupId WG_02 = WorkGroupId.of("WG-02");
  static final Trn SECOND_LEAD = Trn.of("1000002");

  static Violation violation(
      String code,
      Severity severity,
      @Nullable WorkGroupId group,
      @Nullable Urn school,
      @Nullable Trn teacher,
      String message) {
    Violation.Builder builder = Violation.builder().rule(code).severity(severity).message(message);
    if (group != null) {
      builder.workGroup(group);
    }
    if (school != null) {
      builder.school(school);
    }
    if (teacher != null) {
      builder.teacher(teacher);
    }
    return builder.build();
  }

  static Violation error(
      String code, @Nullable WorkGroupId group, @Nullable Urn school, @Nullable Trn teacher, String message) {
    return violation(code, Severity.ERROR, group, school, teacher, message);
  }

  static HubYear withSchool0(HubYear year, java.util.function.UnaryOperator<School> change) {
    return year.withSchool(change.apply(year.school(school(0))));
  }

  /** A second group, WG-02, of schools 100016 to 100021 led by 1000002 (primary cohort 3). */
  static HubYear withSecondGroup(HubYear year, Phase phase, Trn lead, int firstSchool) {
    List<Participation> ps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ps.add(Participation.of(school(firstSchool + i), teacher(101 + 2 * i), teacher(102 + 2 * i)));
    }
    WorkGroup second =
        WorkGroup.builder()
            .from(year.firstGroup())
            .id(WG_02)
            .phase(phase)
            .lead(lead)
            .participations(ps)
            .build();
    List<MasterySpecialist> specialists = new ArrayList<>(year.enrolment().specialists());
    specialists.add(MasterySpecialist.of(SECOND_LEAD, Urn.of(100009), Cohort.of(Stream.PRIMARY, 3)));
    List<WorkGroup> groups = new ArrayList<>(year.enrolment().workGroups());
    groups.add(second);
    return year.withEnrolment(
        year.enrolment().withSpecialists(specialists).withWorkGroups(groups));
  }

  /** The schools a Work Group's funding lines name (the specialist's own school has a line of its own). */
  static Set<Urn> funded(Decision decision) {
    return groupFunding(decision).stream().map(FundingLine::school).collect(Collectors.toSet());
  }

  /** The funding lines of Work Groups, without the lines of specialists' own schools. */
  static List<FundingLine> groupFunding(Decision decision) {
    return decision.funding().stream()
        .filter(l -> l.workGroup().isPresent())
        .collect(Collectors.toList());
  }

  @Nested
  @DisplayName("The sample hub year")
  class TheSampleHubYear {

    @Test
    @DisplayName(
        "is valid, and each of its six schools receives £1,000 release and a £2,000 textbook cap;"
            + " its cohort 3 lead's own school the £2,000 cap without a Work Group")
    void isValidAndFundsEverySchool() {
      Decision decision = SampleHub.hubYear().decide();
      assertThat(withoutArguments(decision.violations())).isEmpty();
      assertThat(decision.edition()).isEqualTo("2019/20");
      assertThat(decision.funding()).hasSize(13);
      assertThat(decision.funding().get(0))
          .as("the cohort 3 lead's own school, without a Work Group")
          .isEqualTo(
              FundingLine.forSpecialistSchool(
                  SampleHub.SPECIALIST.school(),
                  SampleHub.LEAD,
                  FundingKind.TEXTBOOK_MATCH_CAP,
                  Money.parse("GBP 2000.00")));
      assertThat(decision.funding().get(1))
          .isEqualTo(
              FundingLine.of(
                  WG_01, school(0), FundingKind.RELEASE_GRANT, Money.parse("GBP 1000.00")));
      assertThat(decision.funding().get(2))
          .isEqualTo(
              FundingLine.of(
                  WG_01, school(0), FundingKind.TEXTBOOK_MATCH_CAP, Money.parse("GBP 2000.00")));
      assertThat(decision.orThrow()).isSameAs(decision);
    }

    @Test
    @DisplayName("after the textbook window (2020/21) receives the release grant only")
    void afterTheTextbookWindowReceivesTheReleaseGrantOnly() {
      HubYear year = SampleHub.hubYear();
      WorkGroup later = year.firstGroup().withAcademicYear(SampleHub.YEAR.next());
      HubYear next =
          new HubYear(
              io.mastery.model.enrolment.Enrolment.builder()
                  .from(year.enrolment())
                  .academicYear(SampleHub.YEAR.next())
                  .workGroups(List.of(later))
                  .build(),
              year.register(),
              ProgrammePolicy.forYear(SampleHub.YEAR.next()));
      Decision decision = next.decide();
      assertThat(decision.isValid()).isTrue();
      assertThat(decision.funding())
          .extracting(FundingLine::kind)
          .containsOnly(FundingKind.RELEASE_GRANT)
          .hasSize(6);
    }
  }

  @Nested
  @DisplayName("Schools (`school.*`)")
  class Schools {

    @Test
    @DisplayName("`school.unknown`: a school whose URN is missing from the register is refused")
    void unknown() {
      Decision decision = SampleHub.hubYear().withoutSchool(school(0)).decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "school.unknown",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 in Work Group WG-01 is not in the school register"));
      assertThat(funded(decision)).hasSize(5).doesNotContain(school(0));
    }

    @Test
    @DisplayName(
        "`school.not-state-funded`: an independent school, or an online provider, is refused")
    void notStateFunded() {
      HubYear year = SampleHub.hubYear();
      Decision decision =
          withSchool0(year, s -> s.withType(EstablishmentType.OTHER_INDEPENDENT_SCHOOL)).decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "school.not-state-funded",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 (Example Primary 100010) has type \"Other independent school\","
                      + " which is not state-funded; the programme is open to state-funded schools"
                      + " in England"));
      assertThat(funded(decision)).doesNotContain(school(0));
      assertThat(withoutArguments(
              withSchool0(year, s -> s.withType(EstablishmentType.ONLINE_PROVIDER))
                  .decide()
                  .violations()))
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 (Example Primary 100010) has type \"Online provider\", which is not"
                  + " a school; the programme is open to state-funded schools in England");
    }

    @Test
    @DisplayName("`school.outside-england`: a Welsh establishment is refused")
    void outsideEngland() {
      Decision decision =
          withSchool0(SampleHub.hubYear(), s -> s.withType(EstablishmentType.WELSH_ESTABLISHMENT))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "school.outside-england",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 (Example Primary 100010) has type \"Welsh establishment\", which"
                      + " is outside England; the programme is open to state-funded schools in"
                      + " England"));
    }

    @Test
    @DisplayName(
        "`school.closed`: a school with register status Closed, or Proposed to open, is refused;"
            + " one proposed to close is not")
    void closed() {
      HubYear year = SampleHub.hubYear();
      assertThat(withoutArguments(withSchool0(year, s -> s.withStatus(EstablishmentStatus.CLOSED)).decide().violations()))
          .containsExactly(
              error(
                  "school.closed",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 (Example Primary 100010) has register status \"Closed\"; only open"
                      + " schools take part"));
      assertThat(withoutArguments(
              withSchool0(year, s -> s.withStatus(EstablishmentStatus.PROPOSED_TO_OPEN))
                  .decide()
                  .violations()))
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 (Example Primary 100010) has register status \"Proposed to open\";"
                  + " only open schools take part");
      assertThat(withoutArguments(
              withSchool0(year, s -> s.withStatus(EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE))
                  .decide()
                  .violations()))
          .isEmpty();
    }

    @Test
    @DisplayName("`school.wrong-phase`: a secondary school in a primary group is refused")
    void wrongPhase() {
      Decision decision =
          withSchool0(SampleHub.hubYear(), s -> s.withPhaseOfEducation(PhaseOfEducation.SECONDARY))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "school.wrong-phase",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 (Example Primary 100010) has phase of education Secondary, which"
                      + " fits the secondary stream, not primary Work Group WG-01"));
    }

    @Test
    @DisplayName(
        "`school.wrong-phase`: a nursery school, and a college, in a primary group are"
            + " refused")
    void wrongPhaseNurseryAndCollege() {
      HubYear year = SampleHub.hubYear();
      assertThat(withoutArguments(
              withSchool0(year, s -> s.withPhaseOfEducation(PhaseOfEducation.NURSERY))
                  .decide()
                  .violations()))
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 (Example Primary 100010) has phase of education Nursery, which fits"
                  + " no stream; it cannot join primary Work Group WG-01");
      assertThat(withoutArguments(
              withSchool0(year, s -> s.withType(EstablishmentType.FURTHER_EDUCATION))
                  .decide()
                  .violations()))
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 (Example Primary 100010) is a college (Further education), which"
                  + " only the FE stream takes; primary Work Group WG-01 is not FE");
    }

    @Test
    @DisplayName(
        "`school.wrong-phase`: a school of phase Not applicable fits primary when its statutory"
            + " age range shares a year with 5-11; 11-16 shares none")
    void wrongPhaseNotApplicable() {
      HubYear year = SampleHub.hubYear();
      HubYear special11to16 =
          year.withSchool(
              School.builder()
                  .from(year.school(school(0)))
                  .type(EstablishmentType.COMMUNITY_SPECIAL_SCHOOL)
                  .phaseOfEducation(PhaseOfEducation.NOT_APPLICABLE)
                  .statutoryAgeRange(AgeRange.of(11, 16))
                  .build());
      assertThat(withoutArguments(special11to16.decide().violations()))
          .extracting(Violation::message)
          .containsExactly(
              "School 100010 (Example Primary 100010) has phase of education Not applicable and"
                  + " statutory age range 11-16, which shares no year of the primary ages 5-11; it"
                  + " cannot join primary Work Group WG-01");
      HubYear special2to11 =
          special11to16.withSchool(
              School.builder()
                  .from(special11to16.school(school(0)))
                  .statutoryAgeRange(AgeRange.of(2, 11))
                  .build());
      assertThat(withoutArguments(special2to11.decide().violations())).isEmpty();
    }

    @Test
    @DisplayName(
        "`school.wrong-phase` in an FE group: colleges and 16 plus establishments fit;"
            + " all-through and special schools do not; an FE lead's stage is unknown in 2019/20")
    void wrongPhaseInTheFeStream() {
      HubYear year = SampleHub.hubYear();
      School college =
          School.builder()
              .from(year.school(school(0)))
              .type(EstablishmentType.FURTHER_EDUCATION)
              .phaseOfEducation(PhaseOfEducation.NOT_APPLICABLE)
              .build();
      School sixteenPlus =
          School.builder()
              .from(year.school(school(1)))
              .type(EstablishmentType.FREE_SCHOOLS_16_TO_19)
              .phaseOfEducation(PhaseOfEducation.SIXTEEN_PLUS)
              .build();
      School allThrough =
          year.school(school(2)).withPhaseOfEducation(PhaseOfEducation.ALL_THROUGH);
      School special =
          School.builder()
              .from(year.school(school(3)))
              .type(EstablishmentType.COMMUNITY_SPECIAL_SCHOOL)
              .phaseOfEducation(PhaseOfEducation.NOT_APPLICABLE)
              .statutoryAgeRange(AgeRange.of(11, 19))
              .build();
      MasterySpecialist feLead = SPECIALIST.withCohort(Cohort.of(Stream.FE, 1));
      HubYear fe =
          year.withSchool(college)
              .withSchool(sixteenPlus)
              .withSchool(allThrough)
              .withSchool(special)
              .withFirstGroup(g -> WorkGroup.builder().from(g).stream(Stream.FE).build());
      fe = fe.withEnrolment(fe.enrolment().withSpecialists(List.of(feLead)));
      Decision decision = fe.decide();
      assertThat(
              decision.violations().stream()
                  .filter(v -> v.rule().equals("school.wrong-phase"))
                  .map(v -> v.school().orElseThrow())
                  .collect(Collectors.toList()))
          .containsExactly(school(2), school(3), school(4), school(5));
      assertThat(withoutArguments(decision.violations()))
          .extracting(Violation::message)
          .contains(
              "School 100012 (Example Primary 100012) has phase of education All-through, which"
                  + " fits the primary and secondary streams, not FE Work Group WG-01",
              "School 100013 (Example Primary 100013) has phase of education Not applicable; the"
                  + " FE stream takes colleges and 16 plus establishments, so it cannot join FE"
                  + " Work Group WG-01",
              "Edition 2019/20 has no FE specialist programme, so lead 1000001 of Work Group WG-01"
                  + " cannot be shown to have trained",
              "Work Group WG-01 is FE Development, which edition 2019/20 does not offer");
    }

    @Test
    @DisplayName(
        "`school.outside-hub`: a school in a local authority the hub does not serve is a warning"
            + " only, and keeps its funding")
    void outsideHub() {
      Decision decision =
          withSchool0(
                  SampleHub.hubYear(),
                  s ->
                      School.builder()
                          .from(s)
                          .localAuthority(LocalAuthorityCode.of("909"))
                          .localAuthorityName("Elsewhere")
                          .build())
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              violation(
                  "school.outside-hub",
                  Severity.WARNING,
                  WG_01,
                  school(0),
                  null,
                  "School 100010 (Example Primary 100010) is in local authority 909 (Elsewhere),"
                      + " which hub LCW does not serve"));
      assertThat(decision.isValid()).isTrue();
      assertThat(groupFunding(decision)).hasSize(12);
    }
  }

  @Nested
  @DisplayName("Work Groups (`workgroup.*`)")
  class WorkGroups {

    @Test
    @DisplayName(
        "`workgroup.size`: a Development group of eight schools in 2019/20 is refused, and funds"
            + " no school")
    void size() {
      HubYear year =
          SampleHub.hubYear()
              .withFirstGroup(
                  g -> {
                    List<Participation> ps = new ArrayList<>(g.participations());
                    ps.add(Participation.of(school(6), teacher(13), teacher(14)));
                    ps.add(Participation.of(school(7), teacher(15), teacher(16)));
                    return g.withParticipations(ps);
                  });
      Decision decision = year.decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "workgroup.size",
                  WG_01,
                  null,
                  null,
                  "Work Group WG-01 has 8 schools; Development groups have 6 to 7"));
      assertThat(groupFunding(decision)).isEmpty();
    }

    @Test
    @DisplayName(
        "`workgroup.teachers-per-school`: a school sending three teachers to Development is"
            + " refused")
    void teachersPerSchool() {
      Decision decision =
          SampleHub.hubYear()
              .withFirstParticipation(p -> Participation.of(p.school(), teacher(1), teacher(2), teacher(99)))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "workgroup.teachers-per-school",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 sends 3 teachers to Work Group WG-01; Development groups take"
                      + " exactly 2 from each school"));
      assertThat(funded(decision)).hasSize(5).doesNotContain(school(0));
    }

    @Test
    @DisplayName("`workgroup.duplicate-school`: the same URN twice in one group is refused")
    void duplicateSchool() {
      Decision decision =
          SampleHub.hubYear()
              .withFirstGroup(
                  g -> {
                    List<Participation> ps = new ArrayList<>(g.participations());
                    ps.add(Participation.of(school(0), teacher(20), teacher(21)));
                    return g.withParticipations(ps);
                  })
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "workgroup.duplicate-school",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 is listed 2 times in Work Group WG-01"));
    }

    @Test
    @DisplayName("`workgroup.duplicate-id`: two groups with the id WG-01 are refused")
    void duplicateId() {
      HubYear year = withSecondGroup(SampleHub.hubYear(), Phase.DEVELOPMENT, SECOND_LEAD, 6);
      List<WorkGroup> groups = new ArrayList<>(year.enrolment().workGroups());
      groups.set(1, WorkGroup.builder().from(groups.get(1)).id(WG_01).build());
      Decision decision = year.withEnrolment(year.enrolment().withWorkGroups(groups)).decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "workgroup.duplicate-id",
                  WG_01,
                  null,
                  null,
                  "Work Group id WG-01 is used by 2 Work Groups; each Work Group needs its own"
                      + " id"));
      assertThat(groupFunding(decision)).isEmpty();
    }

    @Test
    @DisplayName(
        "`workgroup.lead-unknown`: a lead who is not one of the hub's specialists is refused")
    void leadUnknown() {
      Decision decision =
          SampleHub.hubYear().withFirstGroup(g -> g.withLead(Trn.of("1000099"))).decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "workgroup.lead-unknown",
                  WG_01,
                  null,
                  Trn.of("1000099"),
                  "Lead 1000099 of Work Group WG-01 is not one of the hub's Mastery Specialists"));
      assertThat(groupFunding(decision)).isEmpty();
    }

    HubYear withLeadCohort(Cohort cohort) {
      HubYear year = SampleHub.hubYear();
      return year.withEnrolment(
          year.enrolment().withSpecialists(List.of(SPECIALIST.withCohort(cohort))));
    }

    @Test
    @DisplayName(
        "`workgroup.lead-not-eligible`: a lead in the training year, not yet started, or of"
            + " another stream is refused; a Local Leader may lead")
    void leadNotEligible() {
      assertThat(withoutArguments(withLeadCohort(Cohort.of(Stream.PRIMARY, 5)).decide().violations()))
          .containsExactly(
              error(
                  "workgroup.lead-not-eligible",
                  WG_01,
                  null,
                  LEAD,
                  "Lead 1000001 of Work Group WG-01 is in the training year in 2019/20 (primary"
                      + " cohort 5); specialists lead Work Groups after it"));
      assertThat(withoutArguments(withLeadCohort(Cohort.of(Stream.PRIMARY, 7)).decide().violations()))
          .extracting(Violation::message)
          .containsExactly(
              "Lead 1000001 of Work Group WG-01 has not started training in 2019/20: primary"
                  + " cohort 7 trains in 2021/22");
      assertThat(withoutArguments(withLeadCohort(Cohort.of(Stream.SECONDARY, 1)).decide().violations()))
          .extracting(Violation::message)
          .containsExactly(
              "Lead 1000001 of Work Group WG-01 is a secondary Mastery Specialist; the group is"
                  + " primary");
      assertThat(withoutArguments(withLeadCohort(Cohort.of(Stream.PRIMARY, 1)).decide().violations()))
          .as("a Local Leader of Maths Education may lead")
          .isEmpty();
    }

    @Test
    @DisplayName(
        "`workgroup.lead-overcommitted`: one specialist leading two Development groups is"
            + " refused in both")
    void leadOvercommitted() {
      Decision decision =
          withSecondGroup(SampleHub.hubYear(), Phase.DEVELOPMENT, LEAD, 6).decide();
      String message =
          "Mastery Specialist 1000001 leads 2 primary Development Work Groups in 2019/20 (WG-01,"
              + " WG-02); edition 2019/20 allows 1";
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error("workgroup.lead-overcommitted", WG_01, null, LEAD, message),
              error("workgroup.lead-overcommitted", WG_02, null, LEAD, message));
      assertThat(groupFunding(decision)).isEmpty();
    }

    @Test
    @DisplayName(
        "`workgroup.phase-not-offered`: an FE Work Group, which 2019/20 does not offer, is"
            + " refused without judging its size or teachers")
    void phaseNotOffered() {
      Decision decision =
          SampleHub.hubYear()
              .withFirstGroup(g -> WorkGroup.builder().from(g).stream(Stream.FE).build())
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .contains(
              error(
                  "workgroup.phase-not-offered",
                  WG_01,
                  null,
                  null,
                  "Work Group WG-01 is FE Development, which edition 2019/20 does not offer"));
      assertThat(withoutArguments(decision.violations()))
          .extracting(Violation::rule)
          .doesNotContain("workgroup.size", "workgroup.teachers-per-school");
      assertThat(groupFunding(decision)).isEmpty();
    }
  }

  @Nested
  @DisplayName("A school's journey (`journey.*`)")
  class Journeys {

    HubYear withHistory(HubYear year, JourneyRecord... records) {
      return year.withEnrolment(year.enrolment().withHistory(List.of(records)));
    }

    HubYear withPhase(Phase phase, int teachersEach) {
      return SampleHub.hubYear()
          .withFirstGroup(
              g -> {
                List<Participation> ps = new ArrayList<>();
                for (Participation p : g.participations()) {
                  ps.add(Participation.of(p.school(), p.teachers().subList(0, teachersEach)));
                }
                return g.withPhase(phase).withParticipations(ps);
              });
    }

    JourneyRecord[] developedBefore(int from, int to) {
      List<JourneyRecord> records = new ArrayList<>();
      for (int i = from; i < to; i++) {
        records.add(JourneyRecord.of(school(i), Phase.DEVELOPMENT, SampleHub.YEAR.plusYears(-2)));
      }
      return records.toArray(new JourneyRecord[0]);
    }

    @Test
    @DisplayName("`journey.development-repeated`: Development again after 2017/18 is refused")
    void developmentRepeated() {
      Decision decision =
          withHistory(
                  SampleHub.hubYear(),
                  JourneyRecord.of(school(0), Phase.DEVELOPMENT, SampleHub.YEAR.plusYears(-2)))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "journey.development-repeated",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 already took part in Development in 2017/18; a school takes part"
                      + " in Development once"));
      assertThat(funded(decision)).doesNotContain(school(0)).hasSize(5);
    }

    @Test
    @DisplayName("`journey.prerequisite-missing`: Embedding without Development is refused")
    void prerequisiteMissingForEmbedding() {
      Decision decision = withHistory(withPhase(Phase.EMBEDDING, 2), developedBefore(1, 6)).decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "journey.prerequisite-missing",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 has not completed Development before 2019/20, and Embedding"
                      + " follows Development"));
      assertThat(groupFunding(decision))
          .as("Embedding is funded at a level the hub sets in 2019/20, except where refused")
          .extracting(FundingLine::kind, FundingLine::school)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(FundingKind.RELEASE_SET_BY_HUB, school(1)),
              org.assertj.core.groups.Tuple.tuple(FundingKind.RELEASE_SET_BY_HUB, school(2)),
              org.assertj.core.groups.Tuple.tuple(FundingKind.RELEASE_SET_BY_HUB, school(3)),
              org.assertj.core.groups.Tuple.tuple(FundingKind.RELEASE_SET_BY_HUB, school(4)),
              org.assertj.core.groups.Tuple.tuple(FundingKind.RELEASE_SET_BY_HUB, school(5)));
    }

    @Test
    @DisplayName(
        "`journey.prerequisite-missing`: Sustaining without Development or Embedding is"
            + " refused; a specialist's own school is exempt")
    void prerequisiteMissingForSustaining() {
      // Sustaining began in 2020/21 (emwest.co.uk, Mastery Sustaining Work Group 2020/21: "new in
      // 2020/21"), so the 2019/20 edition does not offer it either.
      HubYear year = withHistory(withPhase(Phase.SUSTAINING, 1), developedBefore(1, 6));
      assertThat(withoutArguments(year.decide().violations()))
          .containsExactly(
              error(
                  "workgroup.phase-not-offered",
                  WG_01,
                  null,
                  null,
                  "Work Group WG-01 is primary Sustaining, which edition 2019/20 does not offer"),
              error(
                  "journey.prerequisite-missing",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 has completed neither Development nor Embedding before 2019/20"
                      + " and is not a Mastery Specialist's own school; Sustaining follows"
                      + " Development or Embedding"));
      HubYear ownSchool =
          year.withEnrolment(
              year.enrolment()
                  .withSpecialists(
                      List.of(
                          SPECIALIST,
                          MasterySpecialist.of(
                              Trn.of("1000005"), school(0), Cohort.of(Stream.PRIMARY, 5)))));
      assertThat(ownSchool.decide().violations())
          .extracting(Violation::rule)
          .containsExactly("workgroup.phase-not-offered");
    }

    @Test
    @DisplayName(
        "`journey.prerequisite-missing`: Development in the year itself is no" + " prerequisite")
    void historyOfTheSameYearIsNoPrerequisite() {
      Decision decision =
          withHistory(
                  withPhase(Phase.EMBEDDING, 2),
                  concat(
                      developedBefore(1, 6),
                      JourneyRecord.of(school(0), Phase.DEVELOPMENT, SampleHub.YEAR)))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .extracting(Violation::rule, Violation::school)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "journey.prerequisite-missing", java.util.Optional.of(school(0))));
    }

    @Test
    @DisplayName("`journey.out-of-order`: Mastery Readiness after Development is refused")
    void outOfOrder() {
      Decision decision =
          withHistory(
                  withPhase(Phase.MASTERY_READINESS, 2),
                  JourneyRecord.of(school(0), Phase.DEVELOPMENT, SampleHub.YEAR.previous()))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "journey.out-of-order",
                  WG_01,
                  school(0),
                  null,
                  "School 100010 completed Development in 2018/19; Mastery Readiness comes before"
                      + " Development and a journey never goes back"));
    }

    @Test
    @DisplayName(
        "`journey.one-phase-per-year`: a school in two Work Groups of 2019/20 is refused in"
            + " both")
    void onePhasePerYear() {
      HubYear year = withSecondGroup(SampleHub.hubYear(), Phase.DEVELOPMENT, SECOND_LEAD, 6);
      year =
          year.withEnrolment(
              year.enrolment()
                  .withWorkGroups(
                      List.of(
                          year.firstGroup(),
                          year.enrolment()
                              .workGroups()
                              .get(1)
                              .withParticipations(
                                  replaceFirstSchool(year.enrolment().workGroups().get(1), school(0))))));
      Decision decision = year.decide();
      String message =
          "School 100010 is in 2 Work Groups in 2019/20 (WG-01 Development, WG-02 Development); a"
              + " school takes one phase a year";
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error("journey.one-phase-per-year", WG_01, school(0), null, message),
              error("journey.one-phase-per-year", WG_02, school(0), null, message));
      assertThat(funded(decision)).doesNotContain(school(0)).hasSize(10);
    }

    List<Participation> replaceFirstSchool(WorkGroup group, Urn urn) {
      List<Participation> ps = new ArrayList<>(group.participations());
      ps.set(0, Participation.of(urn, ps.get(0).teachers()));
      return ps;
    }

    JourneyRecord[] concat(JourneyRecord[] records, JourneyRecord more) {
      JourneyRecord[] all = java.util.Arrays.copyOf(records, records.length + 1);
      all[records.length] = more;
      return all;
    }
  }

  @Nested
  @DisplayName("Teachers and specialists (`teacher.*`, `specialist.*`)")
  class Teachers {

    @Test
    @DisplayName("`teacher.double-enrolment`: one teacher sent by two schools is refused at both")
    void doubleEnrolment() {
      HubYear year =
          SampleHub.hubYear()
              .withFirstGroup(
                  g -> {
                    List<Participation> ps = new ArrayList<>(g.participations());
                    ps.set(1, Participation.of(school(1), teacher(3), teacher(1)));
                    return g.withParticipations(ps);
                  });
      String message =
          "Teacher 2000001 is enrolled 2 times in 2019/20: WG-01 (school 100010), WG-01 (school"
              + " 100011)";
      Decision decision = year.decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error("teacher.double-enrolment", WG_01, school(0), teacher(1), message),
              error("teacher.double-enrolment", WG_01, school(1), teacher(1), message));
      assertThat(funded(decision)).hasSize(4);
    }

    @Test
    @DisplayName("`teacher.double-enrolment`: one teacher twice in a school's list is refused")
    void doubleEnrolmentInOneList() {
      Decision decision =
          SampleHub.hubYear()
              .withFirstParticipation(p -> Participation.of(p.school(), teacher(1), teacher(1)))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "teacher.double-enrolment",
                  WG_01,
                  school(0),
                  teacher(1),
                  "Teacher 2000001 is enrolled 2 times in 2019/20: WG-01 (school 100010) 2 times"));
    }

    @Test
    @DisplayName(
        "`specialist.duplicate`: a specialist listed twice is refused, and withholds no"
            + " funding")
    void duplicateSpecialist() {
      HubYear year = SampleHub.hubYear();
      Decision decision =
          year.withEnrolment(
                  year.enrolment()
                      .withSpecialists(
                          List.of(
                              SPECIALIST,
                              MasterySpecialist.of(
                                  LEAD, Urn.of(100009), Cohort.of(Stream.PRIMARY, 4)))))
              .decide();
      assertThat(withoutArguments(decision.violations()))
          .containsExactly(
              error(
                  "specialist.duplicate",
                  null,
                  null,
                  LEAD,
                  "Mastery Specialist 1000001 is listed 2 times: primary cohort 3 at school 100008;"
                      + " primary cohort 4 at school 100009"));
      assertThat(groupFunding(decision)).hasSize(12);
    }
  }

  @Nested
  @DisplayName("Decisions")
  class Decisions {

    @Test
    @DisplayName("orThrow() throws, carrying the decision, only when there is an error")
    void orThrowThrowsOnError() {
      Decision decision = SampleHub.hubYear().withoutSchool(school(0)).decide();
      assertThatThrownBy(decision::orThrow)
          .isInstanceOf(DecisionException.class)
          .hasMessageContaining("School 100010 in Work Group WG-01 is not in the school register")
          .extracting(e -> ((DecisionException) e).decision())
          .isEqualTo(decision);
    }

    @Test
    @DisplayName("a decision built by hand is sorted all the same")
    void decisionsAreSorted() {
      Violation late = error("school.unknown", WG_02, null, null, "b");
      Violation early = error("school.unknown", WG_01, null, null, "a");
      Decision decision =
          Decision.builder()
              .academicYear(SampleHub.YEAR)
              .edition("2019/20")
              .addViolations(late, early)
              .build();
      assertThat(withoutArguments(decision.violations())).containsExactly(early, late);
    }

    @Test
    @DisplayName("the standard edition for the year is used unless one is given")
    void theEditionInForceIsUsed() {
      HubYear year = SampleHub.hubYear();
      assertThat(Rulebook.standard().evaluate(year.enrolment(), year.register()))
          .isEqualTo(year.decide());
    }
  }

  /** The violations as these examples name them: subjects, code, severity and message. */
  private static List<Violation> withoutArguments(List<Violation> violations) {
    List<Violation> plain = new ArrayList<>();
    for (Violation v : violations) {
      plain.add(Violation.builder().from(v).arguments(java.util.Map.of()).build());
    }
    return plain;
  }
}
