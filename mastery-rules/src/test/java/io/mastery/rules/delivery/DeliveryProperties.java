package io.mastery.rules.delivery;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.DeliveryCalendar;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.testkit.DeliveryGen;
import io.mastery.model.testkit.MasteryGen;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.SampleHub;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("A delivery log, judged")
class DeliveryProperties {

  /** A year and phase of the standard editions, offered that year, with meetings. */
  record Offered(AcademicYear year, PhaseRules rules) {}

  static final List<Offered> OFFERED = offered();

  static List<Offered> offered() {
    List<Offered> found = new ArrayList<>();
    for (int start = 2015; start <= 2030; start++) {
      AcademicYear year = AcademicYear.of(start);
      for (PhaseRules rules : ProgrammePolicy.forYear(year).phaseRules()) {
        if (rules.isOfferedIn(year) && rules.meetingsPerYear() > 0) {
          found.add(new Offered(year, rules));
        }
      }
    }
    return List.copyOf(found);
  }

  /** The sample group, moved to a year, stream and phase the standard editions offer. */
  static WorkGroup sampleGroup(Offered offered) {
    return WorkGroup.builder()
        .from(SampleHub.group())
        .academicYear(offered.year())
        .stream(offered.rules().stream())
        .phase(offered.rules().phase())
        .build();
  }

  static Decision judge(WorkGroup group, Delivery delivery) {
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(group.academicYear())
            .addWorkGroups(group)
            .delivery(delivery)
            .build();
    return Rulebook.standard().evaluate(enrolment, SchoolRegister.empty());
  }

  static Set<String> deliveryCodes(Decision decision) {
    return decision.violations().stream()
        .map(Violation::rule)
        .filter(c -> c.startsWith("delivery."))
        .collect(Collectors.toSet());
  }

  /** Any enrolment with each Work Group id once, and the complete log of every group. */
  static Gen<Enrolment> completeEnrolments() {
    return MasteryGen.enrolments()
        .zip(
            longs().all(),
            (enrolment, seed) -> {
              Map<WorkGroupId, WorkGroup> unique = new LinkedHashMap<>();
              for (WorkGroup g : enrolment.workGroups()) {
                unique.putIfAbsent(g.id(), g);
              }
              ProgrammePolicy policy = ProgrammePolicy.forYear(enrolment.academicYear());
              Random random = new Random(seed);
              List<GroupDelivery> logs = new ArrayList<>();
              for (WorkGroup g : unique.values()) {
                policy
                    .phaseRules(g.stream(), g.phase())
                    .ifPresent(rules -> logs.add(DeliveryGen.complete(g, rules, random)));
              }
              return enrolment
                  .withWorkGroups(unique.values())
                  .withDelivery(Delivery.builder().addAllWorkGroups(logs).build());
            });
  }

  @Test
  @DisplayName("reports nothing about delivery for any hub year whose every group's log is complete")
  void everyCompleteDeliveryPasses() {
    qt().forAll(completeEnrolments())
        .checkAssert(
            enrolment -> {
              Decision decision =
                  Rulebook.standard().evaluate(enrolment, SchoolRegister.empty());
              assertThat(deliveryCodes(decision)).isEmpty();
            });
  }

  @Test
  @DisplayName(
      "reports a complete log with any one meeting removed as `delivery.meeting-missing`, and"
          + " with no other code unless the phase asks every meeting for completion"
          + " (`delivery.attendance-short`)")
  void removingAMeeting() {
    qt().forAll(Generate.pick(OFFERED), longs().all(), integers().between(0, 1000))
        .checkAssert(
            (offered, seed, pick) -> {
              WorkGroup group = sampleGroup(offered);
              GroupDelivery log = DeliveryGen.complete(group, offered.rules(), new Random(seed));
              List<Meeting> meetings = new ArrayList<>(log.meetings());
              meetings.remove(pick % meetings.size());
              Set<String> codes =
                  deliveryCodes(
                      judge(
                          group,
                          Delivery.builder().addWorkGroups(log.withMeetings(meetings)).build()));
              Set<String> expected = new HashSet<>(Set.of(RuleCodes.DELIVERY_MEETING_MISSING));
              if (offered.rules().deliveryTermsOrDefault().meetingsForCompletion()
                  > meetings.size()) {
                expected.add(RuleCodes.DELIVERY_ATTENDANCE_SHORT);
              }
              assertThat(codes).isEqualTo(expected);
            });
  }

  @Test
  @DisplayName(
      "reports a complete log with any one support visit removed as `delivery.visit-missing`"
          + " and nothing else")
  void removingAVisit() {
    List<Offered> withVisits =
        OFFERED.stream().filter(o -> o.rules().supportVisitsPerSchool() > 0).toList();
    qt().forAll(Generate.pick(withVisits), longs().all(), integers().between(0, 1000))
        .checkAssert(
            (offered, seed, pick) -> {
              WorkGroup group = sampleGroup(offered);
              GroupDelivery log = DeliveryGen.complete(group, offered.rules(), new Random(seed));
              List<SupportVisit> visits = new ArrayList<>(log.visits());
              visits.remove(pick % visits.size());
              Set<String> codes =
                  deliveryCodes(
                      judge(group, Delivery.builder().addWorkGroups(log.withVisits(visits)).build()));
              assertThat(codes).containsExactly(RuleCodes.DELIVERY_VISIT_MISSING);
            });
  }

  @Test
  @DisplayName(
      "judged as of any day never reports a half-term or term that has not ended, nor a school"
          + " short of completion that can still attend enough meetings")
  void asOfNeverJudgesTheFuture() {
    qt().forAll(Generate.pick(OFFERED), longs().all(), integers().between(0, 364))
        .checkAssert(
            (offered, seed, day) -> {
              WorkGroup group = sampleGroup(offered);
              Random random = new Random(seed);
              GroupDelivery log = DeliveryGen.complete(group, offered.rules(), random);
              List<Meeting> meetings = new ArrayList<>(log.meetings());
              meetings.removeIf(m -> random.nextInt(3) == 0);
              List<SupportVisit> visits = new ArrayList<>(log.visits());
              visits.removeIf(v -> random.nextInt(3) == 0);
              AcademicYear year = offered.year();
              LocalDate asOf = year.startDate().plusDays(day);
              Delivery delivery =
                  Delivery.builder()
                      .addWorkGroups(log.withMeetings(meetings).withVisits(visits))
                      .asOf(asOf)
                      .build();
              for (Violation v : judge(group, delivery).violations()) {
                if (v.rule().equals(RuleCodes.DELIVERY_MEETING_MISSING)) {
                  for (Object h : (List<?>) v.arguments().get("halfTerms")) {
                    assertThat(DeliveryCalendar.hasEnded(year, (HalfTerm) h, asOf)).isTrue();
                  }
                }
                if (v.rule().equals(RuleCodes.DELIVERY_VISIT_MISSING)) {
                  assertThat(DeliveryCalendar.hasEnded(year, (Term) v.arguments().get("term"), asOf))
                      .isTrue();
                }
                if (v.rule().equals(RuleCodes.DELIVERY_ATTENDANCE_SHORT)) {
                  int attended = (Integer) v.arguments().get("attended");
                  int remaining = (Integer) v.arguments().get("remaining");
                  int needed = (Integer) v.arguments().get("needed");
                  assertThat(attended + remaining).isLessThan(needed);
                }
              }
            });
  }
}
