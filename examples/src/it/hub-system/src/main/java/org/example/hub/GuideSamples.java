package org.example.hub;

import io.mastery.io.sample.SampleHub;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.engine.Change;
import io.mastery.rules.engine.ChangeOutcome;
import io.mastery.rules.engine.JudgedYear;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Messages;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The README's shorter samples, each in the method that gives it its variables, run on the
 * bundled sample hub: java org.example.hub.GuideSamples (from the project's directory, where
 * our-editions/phases.csv is).
 */
public final class GuideSamples {

  static final Enrolment enrolment = SampleHub.enrolment();
  static final SchoolRegister register = SampleHub.register();

  public static void main(String[] args) throws Exception {
    judgeByOurEditions();
    argumentsOfAViolation();
    ourOwnWording();
    composeOurRulebook();
    oneChangeAtATime();
  }

  static void judgeByOurEditions() throws Exception {
    PolicyEditions editions = PolicyEditions.standardWith(Path.of("our-editions/phases.csv"));
    Decision decision =
        Rulebook.standard().evaluate(enrolment, register, editions.forYear(enrolment.academicYear()));
    Decision standard = Rulebook.standard().evaluate(enrolment, register);
    System.out.println("sizes, standard editions: " + sizes(standard));
    System.out.println("sizes, our editions: " + sizes(decision));
  }

  static void argumentsOfAViolation() {
    Decision decision = Rulebook.standard().evaluate(enrolment, register);
    List<String> shown = new ArrayList<>();
    for (Violation v : decision.violations()) {
      if (v.rule().equals(RuleCodes.WORKGROUP_SIZE)) {
        Map<String, Object> a = v.arguments();
        shown.add("This group has " + a.get("schools") + " schools; it needs " + a.get("bounds") + ".");
      } else {
        shown.add(v.message());                                    // the library's own words
      }
    }
    shown.stream().filter(s -> s.startsWith("This group has")).forEach(System.out::println);
  }

  static void ourOwnWording() {
    Messages welsh =
        Messages.of(
            Map.of(
                "workgroup.size",
                "Mae gan Weithgor {workGroup} {schools} ysgol; {min} i {max} yw''r terfyn"),
            Locale.forLanguageTag("cy"));
    Rulebook ours = Rulebook.standard().toBuilder().messages(welsh).build();
    Decision decision = ours.evaluate(enrolment, register);
    decision.violations().stream()
        .filter(v -> v.rule().equals(RuleCodes.WORKGROUP_SIZE))
        .forEach(v -> System.out.println(v.message()));
  }

  /** A hub's own rule: every Work Group id starts with the hub's id, such as LCW-01. */
  static final class GroupIdNamesTheHub extends GroupRule {
    GroupIdNamesTheHub() {
      super(
          "hub.group-id-prefix",
          Severity.ERROR,
          "A Work Group's id does not start with the hub's id",
          "Our hub's naming of Work Groups");
    }

    @Override
    public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
      String hub = year.hub().map(h -> h.id()).orElse("");
      if (!group.id().value().startsWith(hub + "-")) {
        findings.violation().workGroup(group.id()).with("hub", hub).report();
      }
    }
  }

  static void composeOurRulebook() {
    Rulebook ours =
        Rulebook.standard().toBuilder()
            .add(new GroupIdNamesTheHub())                               // a hub rule
            .remove(RuleCodes.SCHOOL_OUTSIDE_HUB)                       // a removed rule
            .severity(RuleCodes.WORKGROUP_SIZE, Severity.WARNING)       // a re-graded rule
            .build();
    Decision decision = ours.evaluate(enrolment, register);
    System.out.println("our rulebook: " + count(decision, "hub.group-id-prefix") + " hub.group-id-prefix, "
        + count(decision, RuleCodes.SCHOOL_OUTSIDE_HUB) + " school.outside-hub, workgroup.size "
        + decision.violations().stream().filter(v -> v.rule().equals(RuleCodes.WORKGROUP_SIZE))
            .map(v -> v.severity().toString()).distinct().toList());
  }

  static void oneChangeAtATime() {
    JudgedYear year = Rulebook.standard().judge(enrolment, register);
    Change change = Change.removeSchool(WorkGroupId.of("WG-03"), Urn.of(990012));
    ChangeOutcome outcome = year.check(change);
    outcome.added();          // the violations it would add
    outcome.removed();        // and remove: here WG-03's workgroup.size and 990012's own
    outcome.fundingRemoved(); // the funding it would withhold
    year = year.apply(change); // the year after it: the decision of judging that year from scratch
    System.out.println("one change removes: "
        + outcome.removed().stream().map(v -> v.rule() + " " + v.workGroup().orElseThrow()).toList());
    System.out.println("after it, WG-03 sizes: " + sizes(year.decision()));
  }

  static List<String> sizes(Decision decision) {
    return decision.violations().stream()
        .filter(v -> v.rule().equals(RuleCodes.WORKGROUP_SIZE))
        .map(v -> v.workGroup().map(Object::toString).orElse("-"))
        .toList();
  }

  static long count(Decision decision, String code) {
    return decision.violations().stream().filter(v -> v.rule().equals(code)).count();
  }
}
