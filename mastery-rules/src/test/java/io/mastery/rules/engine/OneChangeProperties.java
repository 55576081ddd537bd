package io.mastery.rules.engine;

import static io.mastery.model.testkit.Generators.booleans;
import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.HubYear;
import io.mastery.rules.HubYears;
import io.mastery.rules.SampleHub;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Rule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("One change at a time to a judged year")
class OneChangeProperties {

  /** A hub's rule that judges the whole year at once: no more than 12 Work Groups in a year. */
  static final class AtMostTwelveGroups extends Rule {
    AtMostTwelveGroups() {
      super("hub.at-most-twelve-groups", Severity.ERROR, "More than 12 Work Groups", "The hub");
    }

    @Override
    public void check(EnrolledYear year, Findings findings) {
      if (year.groups().size() > 12) {
        findings.violation().with("groups", year.groups().size()).report();
      }
    }
  }

  /** A hub's rulebook: one rule gone, one re-graded, one added that judges the whole year. */
  static final Rulebook HUBS_OWN =
      Rulebook.standard()
          .toBuilder()
          .remove(RuleCodes.SCHOOL_OUTSIDE_HUB)
          .severity(RuleCodes.WORKGROUP_SIZE, Severity.WARNING)
          .add(new AtMostTwelveGroups())
          .build();

  /** Turns a number into a change that fits the year as it stands. */
  static Change change(int seed, Enrolment enrolment, HubYear year) {
    List<Urn> schools = new ArrayList<>();
    for (School school : year.register().schools()) {
      if (schools.size() < 8) {
        schools.add(school.urn());
      }
    }
    schools.add(Urn.of(999_990 + Math.floorMod(seed, 3)));
    Set<Trn> trns = new LinkedHashSet<>();
    for (MasterySpecialist s : enrolment.specialists()) {
      trns.add(s.trn());
    }
    for (WorkGroup g : enrolment.workGroups()) {
      for (Participation p : g.participations()) {
        trns.addAll(p.teachers());
      }
    }
    trns.add(Trn.of(String.format("%07d", 9_000_000 + Math.floorMod(seed, 7))));
    List<Trn> teachers = new ArrayList<>(trns);
    Urn school = schools.get(Math.floorMod(seed / 7, schools.size()));
    Trn teacher = teachers.get(Math.floorMod(seed / 11, teachers.size()));
    List<WorkGroup> groups = enrolment.workGroups();
    int kind = Math.floorMod(seed, 6);
    if (groups.isEmpty() || kind == 5) {
      List<Participation> ps = new ArrayList<>();
      for (int i = 0; i < Math.floorMod(seed / 13, 4); i++) {
        ps.add(Participation.of(schools.get(Math.floorMod(i + seed, schools.size())), teacher));
      }
      return Change.addGroup(
          WorkGroup.builder()
              .id(WorkGroupId.of("NEW-" + Math.floorMod(seed, 3)))
              .phase(Phase.values()[Math.floorMod(seed / 3, 4)])
              .stream(Stream.PRIMARY)
              .academicYear(enrolment.academicYear())
              .lead(teacher)
              .addAllParticipations(ps)
              .build());
    }
    WorkGroup picked = groups.get(Math.floorMod(seed / 17, groups.size()));
    // a change names its group by id: of several with the id, the first
    WorkGroup group = groups.stream().filter(g -> g.id().equals(picked.id())).findFirst().orElseThrow();
    List<Urn> listed = group.schools();
    Urn member = listed.isEmpty() ? school : listed.get(Math.floorMod(seed / 19, listed.size()));
    switch (kind) {
      case 0:
        return Change.addSchool(group.id(), school, List.of(teacher));
      case 1:
        return Change.removeSchool(group.id(), member);
      case 2:
        return listed.isEmpty()
            ? Change.setLead(group.id(), teacher)
            : Change.addTeacher(group.id(), member, teacher);
      case 3:
        return Change.removeTeacher(group.id(), member, teacher);
      default:
        return Change.setLead(group.id(), teacher);
    }
  }

  static <T extends Comparable<T>> Map<T, Integer> counts(List<T> values) {
    Map<T, Integer> counts = new HashMap<>();
    for (T v : values) {
      counts.merge(v, 1, Integer::sum);
    }
    return counts;
  }

  static <T extends Comparable<T>> List<T> minus(List<T> a, List<T> b) {
    Map<T, Integer> left = counts(b);
    List<T> out = new ArrayList<>();
    for (T v : a) {
      if (left.getOrDefault(v, 0) > 0) {
        left.merge(v, -1, Integer::sum);
      } else {
        out.add(v);
      }
    }
    out.sort(null);
    return out;
  }

  @Nested
  @DisplayName("applied one by one")
  class OneByOne {

    @Test
    @DisplayName(
        "give exactly the decision of judging the final year from scratch, and each change says"
            + " exactly which violations and funding it adds and removes")
    void giveTheDecisionOfJudgingTheFinalYear() {
      qt(300)
          .forAll(HubYears.any(), listsOf(integers().between(0, 1_000_000), 0, 12), booleans())
          .checkAssert(
              (year, seeds, hubsOwn) -> {
                Rulebook rulebook = hubsOwn ? HUBS_OWN : Rulebook.standard();
                JudgedYear judged =
                    rulebook.judge(year.enrolment(), year.register(), year.policy());
                assertThat(judged.decision())
                    .as("judged at once")
                    .isEqualTo(rulebook.evaluate(year.enrolment(), year.register(), year.policy()));
                for (int seed : seeds) {
                  Change change = change(seed, judged.enrolment(), year);
                  Decision before = judged.decision();
                  ChangeOutcome outcome = judged.check(change);
                  assertThat(judged.decision()).as("a check leaves the year as it was").isEqualTo(before);
                  JudgedYear next = judged.apply(change);
                  Decision after = next.decision();
                  assertThat(after)
                      .as("after %s", change)
                      .isEqualTo(rulebook.evaluate(next.enrolment(), year.register(), year.policy()));
                  assertThat(outcome.added())
                      .as("added by %s", change)
                      .isEqualTo(minus(after.violations(), before.violations()));
                  assertThat(outcome.removed())
                      .as("removed by %s", change)
                      .isEqualTo(minus(before.violations(), after.violations()));
                  assertThat(outcome.fundingAdded())
                      .as("funding added by %s", change)
                      .isEqualTo(minus(after.funding(), before.funding()));
                  assertThat(outcome.fundingRemoved())
                      .as("funding removed by %s", change)
                      .isEqualTo(minus(before.funding(), after.funding()));
                  assertThat(outcome.validAfter()).isEqualTo(after.isValid());
                  judged = next;
                }
              });
    }
  }

  @Nested
  @DisplayName("asked of an enrolment form")
  class OfAForm {

    @Test
    @DisplayName("a school joining a full Development group is told the group would be too large")
    void aSchoolJoiningAFullGroup() {
      HubYear year = SampleHub.hubYear();
      JudgedYear judged = Rulebook.standard().judge(year.enrolment(), year.register(), year.policy());
      judged = judged.apply(Change.addSchool(SampleHub.WG_01, SampleHub.school(6), List.of(SampleHub.teacher(13), SampleHub.teacher(14))));
      assertThat(judged.decision().isValid()).isTrue();
      ChangeOutcome outcome =
          judged.check(
              Change.addSchool(
                  SampleHub.WG_01, SampleHub.school(7), List.of(SampleHub.teacher(15), SampleHub.teacher(16))));
      assertThat(outcome.added()).extracting(Violation::rule).containsExactly(RuleCodes.WORKGROUP_SIZE);
      assertThat(outcome.added().get(0).message())
          .isEqualTo("Work Group WG-01 has 8 schools; Development groups have 6 to 7");
      assertThat(outcome.removed()).isEmpty();
      assertThat(outcome.fundingAdded()).isEmpty();
      assertThat(outcome.fundingRemoved()).extracting(FundingLine::workGroup).containsOnly(Optional.of(SampleHub.WG_01));
      assertThat(outcome.validAfter()).isFalse();
      assertThat(judged.decision().isValid()).as("the year is as it was").isTrue();
    }

    @Test
    @DisplayName("a change naming a Work Group the year does not have is refused")
    void aChangeToAMissingGroupIsRefused() {
      HubYear year = SampleHub.hubYear();
      JudgedYear judged = Rulebook.standard().judge(year.enrolment(), year.register(), year.policy());
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> judged.check(Change.setLead(WorkGroupId.of("WG-99"), SampleHub.LEAD)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the year has no Work Group WG-99");
    }
  }
}
