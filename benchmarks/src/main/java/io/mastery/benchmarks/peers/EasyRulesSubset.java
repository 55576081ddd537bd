package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.peers.YearFacts.GroupFact;
import io.mastery.benchmarks.peers.YearFacts.ListingFact;
import io.mastery.benchmarks.peers.YearFacts.ParticipationFact;
import io.mastery.benchmarks.peers.YearFacts.PlaceFact;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.check.RuleCodes;
import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The six checks in Easy Rules 4.1.0: a set of rules per kind of fact, built once, fired on each
 * fact in turn with the list of findings as a second fact. Easy Rules has no joins: the register
 * lookup and each TRN's count of places come from {@link YearFacts}.
 */
public final class EasyRulesSubset {

  private static final String FACT = "fact";
  private static final String OUT = "findings";

  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules groupRules = new Rules();
  private final Rules participationRules = new Rules();
  private final Rules listingRules = new Rules();
  private final Rules placeRules = new Rules();

  /** Builds the rules. */
  public EasyRulesSubset() {
    groupRules.register(
        rule(
            RuleCodes.WORKGROUP_SIZE,
            f -> {
              GroupFact g = f.get(FACT);
              return g.getSchools() < g.getMin() || g.getSchools() > g.getMax();
            },
            f -> {
              GroupFact g = f.get(FACT);
              findings(f).add(new Finding(RuleCodes.WORKGROUP_SIZE, g.getId(), "", ""));
            }));
    participationRules.register(
        rule(
            RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL,
            f -> {
              ParticipationFact p = f.get(FACT);
              return p.getTeachers() < p.getMin() || p.getTeachers() > p.getMax();
            },
            f -> {
              ParticipationFact p = f.get(FACT);
              findings(f)
                  .add(new Finding(RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL, p.getGroup(), p.getSchool(), ""));
            }));
    listingRules.register(
        rule(
            RuleCodes.SCHOOL_UNKNOWN,
            f -> !f.<ListingFact>get(FACT).isRegistered(),
            f -> listing(f, RuleCodes.SCHOOL_UNKNOWN)));
    listingRules.register(
        rule(
            RuleCodes.SCHOOL_CLOSED,
            f -> {
              EstablishmentStatus s = f.<ListingFact>get(FACT).getStatus();
              return s == EstablishmentStatus.CLOSED || s == EstablishmentStatus.PROPOSED_TO_OPEN;
            },
            f -> listing(f, RuleCodes.SCHOOL_CLOSED)));
    listingRules.register(
        rule(
            RuleCodes.SCHOOL_OUTSIDE_HUB,
            f -> {
              ListingFact l = f.get(FACT);
              MathsHub hub = l.getHub();
              LocalAuthorityCode authority = l.getLocalAuthority();
              return hub != null && authority != null && !hub.serves(authority);
            },
            f -> listing(f, RuleCodes.SCHOOL_OUTSIDE_HUB)));
    placeRules.register(
        rule(
            RuleCodes.TEACHER_DOUBLE_ENROLMENT,
            f -> f.<PlaceFact>get(FACT).getPlacesOfTeacher() > 1,
            f -> {
              PlaceFact p = f.get(FACT);
              findings(f)
                  .add(new Finding(RuleCodes.TEACHER_DOUBLE_ENROLMENT, p.getGroup(), p.getSchool(), p.getTeacher()));
            }));
  }

  private static Rule rule(
      String name, org.jeasy.rules.api.Condition when, org.jeasy.rules.api.Action then) {
    return new RuleBuilder().name(name).when(when).then(then).build();
  }

  private static List<Finding> findings(Facts facts) {
    return facts.get(OUT);
  }

  private static void listing(Facts facts, String code) {
    ListingFact l = facts.get(FACT);
    findings(facts).add(new Finding(code, l.getGroup(), l.getSchool(), ""));
  }

  /**
   * Checks a year.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @return the findings, in no order, not null
   */
  public List<Finding> check(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    YearFacts facts = YearFacts.of(enrolment, register, policy, true);
    List<Finding> out = new ArrayList<>();
    fire(groupRules, facts.groups(), out);
    fire(participationRules, facts.participations(), out);
    fire(listingRules, facts.listings(), out);
    fire(placeRules, facts.places(), out);
    return out;
  }

  private void fire(Rules rules, List<?> objects, List<Finding> out) {
    for (Object o : objects) {
      Facts facts = new Facts();
      facts.put(FACT, o);
      facts.put(OUT, out);
      engine.fire(rules, facts);
    }
  }
}
