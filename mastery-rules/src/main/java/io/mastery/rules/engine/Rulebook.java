package io.mastery.rules.engine;

import com.google.common.collect.ImmutableList;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.journey.JourneyRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The programme's rules composed: judges a hub's enrolments for a year.
 *
 * <p>Evaluating indexes the enrolment once (schools by URN, specialists by TRN, history by URN,
 * Work Groups by school, id, lead and teacher) and runs each rule over it, so that the time taken
 * grows linearly with the number of enrolments. The result lists every violation found, in a
 * stable order whatever order the enrolment came in, and the funding of each school; a broken rule
 * never throws.
 *
 * <p>Funding follows {@link io.mastery.rules.funding.FundingSchedule}: each school of a Work Group
 * receives its phase's release grant and, where the edition's textbook match funding applies, the
 * textbook cap. Funding is withheld from a school when an {@link Severity#ERROR}
 *
 * <ul>
 *   <li>names the school's URN, in any Work Group (the {@code school.*} errors, {@code
 *       workgroup.teachers-per-school}, {@code workgroup.duplicate-school}, the {@code journey.*}
 *       errors and {@code teacher.double-enrolment}), or
 *   <li>concerns its Work Group as a whole, naming the group and no school ({@code
 *       workgroup.phase-not-offered}, {@code workgroup.size}, {@code workgroup.duplicate-id} and the
 *       {@code workgroup.lead-*} errors).
 * </ul>
 *
 * <p>Warnings withhold nothing, nor does an error naming only a teacher ({@code
 * specialist.duplicate}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rulebook {

  private static final Rulebook STANDARD =
      new Rulebook(
          ImmutableList.of(
              new SchoolRules.Unknown(),
              new SchoolRules.NotStateFunded(),
              new SchoolRules.OutsideEngland(),
              new SchoolRules.Closed(),
              new SchoolRules.WrongPhase(),
              new SchoolRules.OutsideHub(),
              new WorkGroupRules.Size(),
              new WorkGroupRules.TeachersPerSchool(),
              new WorkGroupRules.DuplicateSchool(),
              new WorkGroupRules.LeadUnknown(),
              new WorkGroupRules.LeadNotEligible(),
              new WorkGroupRules.LeadOvercommitted(),
              new JourneyRules.FromHistory(JourneyRule.DEVELOPMENT_REPEATED),
              new JourneyRules.FromHistory(JourneyRule.PREREQUISITE_MISSING),
              new JourneyRules.FromHistory(JourneyRule.OUT_OF_ORDER),
              new JourneyRules.OnePhasePerYear(),
              new TeacherRules.DoubleEnrolment(),
              new WorkGroupRules.PhaseNotOffered(),
              new WorkGroupRules.DuplicateId(),
              new TeacherRules.DuplicateSpecialist()));

  private final ImmutableList<Rule> rules;
  private final ImmutableList<RuleDescriptor> descriptors;

  private Rulebook(ImmutableList<Rule> rules) {
    this.rules = rules;
    this.descriptors =
        rules.stream().map(Rule::descriptor).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the rulebook with every rule of the public contract, and the rules the library adds.
   *
   * @return the standard rulebook, not null
   */
  public static Rulebook standard() {
    return STANDARD;
  }

  /**
   * Returns the rules, for the catalogue: the contract's rules in the contract's order, then the
   * rules the library adds.
   *
   * @return the descriptors, immutable, not null
   */
  public List<RuleDescriptor> rules() {
    return descriptors;
  }

  /**
   * Finds a rule by its code.
   *
   * @param code the code, such as {@code workgroup.size}, not null
   * @return the rule's descriptor, or empty if the rulebook has no such rule
   */
  public Optional<RuleDescriptor> rule(String code) {
    Objects.requireNonNull(code, "code");
    return descriptors.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /**
   * Judges an enrolment by the standard policy edition in force for its year.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register to look schools up in, not null
   * @return the decision, not null
   * @throws IllegalArgumentException if no standard edition is in force for the enrolment's year
   *     (before 2015/16)
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register) {
    return evaluate(enrolment, register, ProgrammePolicy.forYear(enrolment.academicYear()));
  }

  /**
   * Judges an enrolment by the given policy edition.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register to look schools up in, not null
   * @param policy the edition to judge by, not null
   * @return the decision, not null
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(policy, "policy");
    EvaluationContext context = new EvaluationContext(enrolment, register, policy);
    Findings findings = new Findings();
    for (Rule rule : rules) {
      rule.evaluate(context, findings);
    }
    List<Violation> violations = findings.sorted();
    return Decision.builder()
        .academicYear(enrolment.academicYear())
        .edition(policy.edition())
        .violations(violations)
        .funding(FundingAllocation.allocate(context, violations))
        .build();
  }

  @Override
  public String toString() {
    return "Rulebook{" + descriptors.size() + " rules}";
  }
}
