package io.mastery.rules.delivery;

import static io.mastery.rules.SampleHub.WG_01;
import static io.mastery.rules.SampleHub.YEAR;
import static io.mastery.rules.SampleHub.school;
import static io.mastery.rules.SampleHub.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.delivery.Completion;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.DeliveryTerms;
import io.mastery.model.policy.GrantCondition;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.DeliveryGen;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.HubYear;
import io.mastery.rules.SampleHub;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.reach.ReachRecord;
import io.mastery.rules.reach.ReachRollup;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.SchoolCompletion;
import io.mastery.rules.result.Violation;
import io.mastery.rules.rollup.HubYearRollup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Examples of a delivery log on the sample hub's year: WG-01, primary Development 2019/20, six
 * schools of two teachers each, "meeting every half-term" with "a termly bespoke support visit".
 */
@DisplayName("Delivery examples: London Central and West, 2019/20, Work Group WG-01")
class DeliveryExamples {

  static final PhaseRules RULES =
      ProgrammePolicy.forYear(YEAR).phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT).orElseThrow();

  /** The complete log of WG-01: six meetings all twelve teachers attended, three visits each. */
  static GroupDelivery complete() {
    return DeliveryGen.complete(SampleHub.group(), RULES, new Random(2019));
  }

  static HubYear with(Delivery delivery) {
    HubYear year = SampleHub.hubYear();
    return year.withEnrolment(year.enrolment().withDelivery(delivery));
  }

  static HubYear with(GroupDelivery group) {
    return with(Delivery.builder().addWorkGroups(group).build());
  }

  static List<Meeting> without(List<Meeting> meetings, HalfTerm halfTerm) {
    List<Meeting> kept = new ArrayList<>();
    for (Meeting m : meetings) {
      if (m.halfTerm() != halfTerm) {
        kept.add(m);
      }
    }
    return kept;
  }

  static List<String> codes(Decision decision) {
    return decision.violations().stream().map(Violation::rule).toList();
  }

  @Test
  @DisplayName(
      "a complete log passes, every school completed, and each receives its £1,000 release"
          + " grant on completion")
  void completeLogPasses() {
    Decision decision = with(complete()).decide();
    assertThat(decision.violations()).isEmpty();
    assertThat(decision.completions()).hasSize(6);
    assertThat(decision.completions())
        .extracting(SchoolCompletion::completion)
        .containsOnly(Completion.COMPLETED);
    assertThat(decision.completions().get(0).attended()).isEqualTo(6);
    assertThat(decision.completions().get(0).needed()).isEqualTo(5);
    FundingLine grant =
        decision.funding().stream()
            .filter(l -> l.kind() == FundingKind.RELEASE_GRANT)
            .findFirst()
            .orElseThrow();
    assertThat(grant.amount()).contains(Money.parse("GBP 1000.00"));
    assertThat(grant.condition()).contains(GrantCondition.COMPLETION);
  }

  @Test
  @DisplayName("an enrolment without a delivery log is judged as before: no completion, no condition")
  void withoutALog() {
    Decision decision = SampleHub.hubYear().decide();
    assertThat(decision.completions()).isEmpty();
    assertThat(decision.funding()).allMatch(l -> l.condition().isEmpty());
  }

  @Test
  @DisplayName(
      "`delivery.meeting-missing`: no meeting in spring 1 is a warning naming the half-term")
  void meetingMissing() {
    GroupDelivery log = complete();
    Decision decision =
        with(log.withMeetings(without(log.meetings(), HalfTerm.SPRING_1))).decide();
    assertThat(codes(decision)).containsExactly(RuleCodes.DELIVERY_MEETING_MISSING);
    assertThat(decision.violations().get(0).message())
        .isEqualTo("Work Group WG-01 held no meeting for spring 1, where 1 is due");
  }

  @Test
  @DisplayName(
      "`delivery.visit-missing`: a school without its spring visit is a warning naming the school"
          + " and the term")
  void visitMissing() {
    GroupDelivery log = complete();
    List<SupportVisit> visits = new ArrayList<>(log.visits());
    visits.removeIf(
        v ->
            v.school().equals(school(2))
                && v.date().isAfter(LocalDate.of(2019, 12, 31))
                && v.date().isBefore(LocalDate.of(2020, 5, 1)));
    Violation v = with(log.withVisits(visits)).decide().violations().get(0);
    assertThat(v.rule()).isEqualTo(RuleCodes.DELIVERY_VISIT_MISSING);
    assertThat(v.school()).contains(school(2));
    assertThat(v.message())
        .isEqualTo(
            "School 100012 in Work Group WG-01 had no support visit in the spring term, where 1"
                + " is due");
  }

  @Test
  @DisplayName(
      "`delivery.attendance-short`: a school whose teachers attended four of six meetings did not"
          + " complete, and its grant on completion is not paid")
  void attendanceShort() {
    GroupDelivery log = complete();
    Trn a = teacher(1);
    Trn b = teacher(2);
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : log.meetings()) {
      boolean away = m.halfTerm() == HalfTerm.AUTUMN_1 || m.halfTerm() == HalfTerm.SUMMER_2;
      List<Trn> present = new ArrayList<>(m.attended());
      if (away) {
        present.remove(a);
        present.remove(b);
      }
      meetings.add(Meeting.of(m.date(), m.halfTerm(), present));
    }
    Decision decision = with(log.withMeetings(meetings)).decide();
    assertThat(codes(decision)).containsExactly(RuleCodes.DELIVERY_ATTENDANCE_SHORT);
    assertThat(decision.violations().get(0).message())
        .isEqualTo(
            "School 100010 in Work Group WG-01 attended 4 meetings; completing the phase takes 5");
    assertThat(decision.completions().get(0).completion()).isEqualTo(Completion.NOT_COMPLETED);
    assertThat(decision.funding())
        .noneMatch(l -> l.school().equals(school(0)) && l.kind() == FundingKind.RELEASE_GRANT);
    assertThat(decision.funding())
        .anyMatch(l -> l.school().equals(school(0)) && l.kind() == FundingKind.TEXTBOOK_MATCH_CAP);
  }

  @Test
  @DisplayName(
      "`delivery.outside-year`: a meeting dated in September 2020 is an error of the 2019/20"
          + " group")
  void outsideYear() {
    GroupDelivery log = complete();
    List<Meeting> meetings = new ArrayList<>(log.meetings());
    meetings.add(Meeting.of(LocalDate.of(2020, 9, 10), HalfTerm.SUMMER_2, List.of()));
    Decision decision = with(log.withMeetings(meetings)).decide();
    assertThat(codes(decision)).containsExactly(RuleCodes.DELIVERY_OUTSIDE_YEAR);
    assertThat(decision.violations().get(0).message())
        .isEqualTo("Work Group WG-01 has a meeting dated 2020-09-10, outside its year 2019/20");
    assertThat(decision.isValid()).isFalse();
  }

  @Test
  @DisplayName(
      "`delivery.not-in-group`: a teacher at a meeting and a school visited that the group does"
          + " not list are errors")
  void notInGroup() {
    GroupDelivery log = complete();
    List<Meeting> meetings = new ArrayList<>(log.meetings());
    Meeting first = meetings.get(0);
    List<Trn> present = new ArrayList<>(first.attended());
    present.add(Trn.of("9999999"));
    meetings.set(0, Meeting.of(first.date(), first.halfTerm(), present));
    List<SupportVisit> visits = new ArrayList<>(log.visits());
    visits.add(SupportVisit.of(Urn.of(199999), LocalDate.of(2019, 11, 5)));
    Decision decision = with(log.withMeetings(meetings).withVisits(visits)).decide();
    assertThat(codes(decision))
        .containsExactly(RuleCodes.DELIVERY_NOT_IN_GROUP, RuleCodes.DELIVERY_NOT_IN_GROUP);
    assertThat(decision.violations())
        .extracting(Violation::message)
        .contains(
            "Work Group WG-01 visited school 199999 on 2019-11-05 but the group does not list it");
  }

  @Test
  @DisplayName(
      "`delivery.unknown-group`: a log of a Work Group the enrolment does not have is an error")
  void unknownGroup() {
    Delivery delivery =
        Delivery.builder()
            .addWorkGroups(complete())
            .addWorkGroups(GroupDelivery.of(WorkGroupId.of("WG-09"), List.of(), List.of()))
            .build();
    Decision decision = with(delivery).decide();
    assertThat(codes(decision)).containsExactly(RuleCodes.DELIVERY_UNKNOWN_GROUP);
    assertThat(decision.violations().get(0).message())
        .isEqualTo(
            "The delivery log has a record of Work Group WG-09 (no meeting, no visit), which the"
                + " enrolment does not have");
  }

  @Nested
  @DisplayName("Judged part-way through the year")
  class PartWay {

    @Test
    @DisplayName(
        "as of 6 January 2020, a log of the autumn alone is on track, and the spring and summer"
            + " are not judged")
    void autumnOnly() {
      GroupDelivery log = complete();
      List<Meeting> autumn =
          log.meetings().stream().filter(m -> m.halfTerm().ordinal() < 2).toList();
      List<SupportVisit> visits =
          log.visits().stream().filter(v -> v.date().isBefore(LocalDate.of(2020, 1, 1))).toList();
      Delivery delivery =
          Delivery.builder()
              .addWorkGroups(log.withMeetings(autumn).withVisits(visits))
              .asOf(LocalDate.of(2020, 1, 6))
              .build();
      Decision decision = with(delivery).decide();
      assertThat(decision.violations()).isEmpty();
      assertThat(decision.completions())
          .extracting(SchoolCompletion::completion)
          .containsOnly(Completion.ON_TRACK);
      // each school's release grant and textbook cap; the cohort 3 lead's own school has a line of
      // its own, without a Work Group
      assertThat(decision.funding()).filteredOn(line -> line.workGroup().isPresent()).hasSize(12);
    }

    @Test
    @DisplayName(
        "as of 6 January 2020, a school that missed both autumn meetings can still attend four"
            + " more, so it is on track, not short")
    void stillOnTrack() {
      GroupDelivery log = complete();
      List<Meeting> meetings = new ArrayList<>();
      for (Meeting m : log.meetings()) {
        List<Trn> present = new ArrayList<>(m.attended());
        if (m.halfTerm().ordinal() < 2) {
          present.remove(teacher(1));
          present.remove(teacher(2));
        }
        meetings.add(Meeting.of(m.date(), m.halfTerm(), present));
      }
      Delivery delivery =
          Delivery.builder()
              .addWorkGroups(log.withMeetings(meetings))
              .asOf(LocalDate.of(2020, 1, 6))
              .build();
      Decision decision = with(delivery).decide();
      assertThat(codes(decision)).doesNotContain(RuleCodes.DELIVERY_ATTENDANCE_SHORT);
      assertThat(decision.completions().get(0).completion()).isEqualTo(Completion.ON_TRACK);
    }
  }

  @Nested
  @DisplayName("Funding against delivery")
  class Funding {

    @Test
    @DisplayName(
        "a hub that charges £200 a missed meeting pays a school that missed two of six £600,"
            + " naming the attendance condition")
    void chargePerMissedMeeting() {
      PhaseRules charged =
          PhaseRules.builder()
              .from(RULES)
              .deliveryTerms(
                  DeliveryTerms.builder()
                      .meetingsForCompletion(4)
                      .grantCondition(GrantCondition.ATTENDANCE)
                      .chargePerMissedMeeting(Money.parse("GBP 200.00"))
                      .build())
              .build();
      ProgrammePolicy policy = ProgrammePolicy.forYear(YEAR);
      List<PhaseRules> phases = new ArrayList<>();
      for (PhaseRules p : policy.phaseRules()) {
        phases.add(p.stream() == Stream.PRIMARY && p.phase() == Phase.DEVELOPMENT ? charged : p);
      }
      ProgrammePolicy hubs = ProgrammePolicy.builder().from(policy).phaseRules(phases).build();
      GroupDelivery log = complete();
      List<Meeting> meetings = new ArrayList<>();
      for (Meeting m : log.meetings()) {
        List<Trn> present = new ArrayList<>(m.attended());
        if (m.halfTerm().ordinal() < 2) {
          present.remove(teacher(1));
          present.remove(teacher(2));
        }
        meetings.add(Meeting.of(m.date(), m.halfTerm(), present));
      }
      HubYear year = with(log.withMeetings(meetings));
      Decision decision = new HubYear(year.enrolment(), year.register(), hubs).decide();
      FundingLine grant =
          decision.funding().stream()
              .filter(l -> l.school().equals(school(0)) && l.kind() == FundingKind.RELEASE_GRANT)
              .findFirst()
              .orElseThrow();
      assertThat(grant.amount()).contains(Money.parse("GBP 600.00"));
      assertThat(grant.condition()).contains(GrantCondition.ATTENDANCE);
    }
  }

  @Nested
  @DisplayName("Completion in the journey and the roll-ups")
  class Journeys {

    @Test
    @DisplayName(
        "a Development year recorded as not completed neither rules out Development again nor"
            + " counts as Embedding's prerequisite")
    void notCompletedHistory() {
      HubYear year = SampleHub.hubYear();
      JourneyRecord signedUp =
          JourneyRecord.of(school(0), Phase.DEVELOPMENT, YEAR.previous()).withCompleted(false);
      Decision again = year.withEnrolment(year.enrolment().withHistory(List.of(signedUp))).decide();
      assertThat(codes(again)).doesNotContain(RuleCodes.JOURNEY_DEVELOPMENT_REPEATED);
      Decision completed =
          year.withEnrolment(
                  year.enrolment()
                      .withHistory(List.of(signedUp.withCompleted(true))))
              .decide();
      assertThat(codes(completed)).contains(RuleCodes.JOURNEY_DEVELOPMENT_REPEATED);
    }

    @Test
    @DisplayName(
        "the roll-ups count the schools the log says completed, and history records not completed"
            + " as incomplete")
    void rollups() {
      HubYear year = with(complete());
      HubYearRollup rollup = HubYearRollup.of(year.enrolment(), year.policy());
      assertThat(rollup.completedSchoolsByPhase()).containsEntry(Phase.DEVELOPMENT, 6);
      assertThat(HubYearRollup.of(SampleHub.hubYear().enrolment()).completedSchoolsByPhase())
          .isEmpty();
      List<ReachRecord> records =
          ReachRollup.records(
              year.enrolment()
                  .withHistory(
                      List.of(
                          JourneyRecord.of(school(9), Phase.DEVELOPMENT, YEAR.previous())
                              .withCompleted(false))),
              year.policy(),
              Stream.PRIMARY);
      assertThat(records.stream().filter(r -> r.school().equals(school(0))))
          .allMatch(ReachRecord::completed);
      assertThat(records.stream().filter(r -> r.school().equals(school(9))))
          .noneMatch(ReachRecord::completed);
    }
  }
}
