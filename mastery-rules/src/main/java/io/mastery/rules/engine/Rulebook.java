package io.mastery.rules.engine;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.delivery.Attendance;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Rule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.check.RuleDescriptor;
import io.mastery.rules.delivery.AttendanceShort;
import io.mastery.rules.delivery.MeetingMissing;
import io.mastery.rules.delivery.NotInGroup;
import io.mastery.rules.delivery.OutsideYear;
import io.mastery.rules.delivery.UnknownGroup;
import io.mastery.rules.delivery.VisitMissing;
import io.mastery.rules.journey.DevelopmentRepeated;
import io.mastery.rules.journey.OnePhasePerYear;
import io.mastery.rules.journey.OutOfOrder;
import io.mastery.rules.journey.PrerequisiteMissing;
import io.mastery.rules.lead.LeadNotEligible;
import io.mastery.rules.lead.LeadOvercommitted;
import io.mastery.rules.lead.LeadUnknown;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Messages;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import io.mastery.rules.school.ClosedSchool;
import io.mastery.rules.school.NotStateFunded;
import io.mastery.rules.school.OutsideEngland;
import io.mastery.rules.school.OutsideHub;
import io.mastery.rules.school.UnknownSchool;
import io.mastery.rules.school.WrongPhase;
import io.mastery.rules.teacher.DoubleEnrolment;
import io.mastery.rules.teacher.DuplicateSpecialist;
import io.mastery.rules.workgroup.DuplicateId;
import io.mastery.rules.workgroup.DuplicateSchool;
import io.mastery.rules.workgroup.GroupSize;
import io.mastery.rules.workgroup.PhaseNotOffered;
import io.mastery.rules.workgroup.TeachersPerSchool;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The programme's rules composed: judges a hub's enrolments for a year.
 *
 * <p>Evaluating indexes the enrolment once (see {@link io.mastery.rules.check.EnrolledYear}) and
 * runs each rule over it, so that the time taken grows linearly with the number of enrolments. The
 * result lists every violation found, in a stable order whatever order the enrolment came in, and
 * the funding of each school; a broken rule never throws.
 *
 * <p>Funding follows {@link io.mastery.rules.funding.FundingSchedule}: each school of a Work Group
 * receives its phase's release grant (or a line saying the hub sets the amount) and, where the
 * edition's textbook match funding applies, the textbook cap; the own school of a specialist of a
 * cohort the edition funds for textbooks receives its cap on a line without a Work Group. Funding is withheld from a school when an {@link Severity#ERROR}, of a standard
 * rule or a hub's own,
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
 * specialist.duplicate}). The delivery log's own errors ({@code delivery.outside-year}, {@code
 * delivery.not-in-group}) concern the group as a whole and withhold its funding until the log is
 * right; the delivery warnings withhold nothing, and the release grant follows the edition's grant
 * condition (see {@link io.mastery.model.policy.GrantCondition}).
 *
 * <p>A register given with the DfE's links between URNs ({@link SchoolRegister#withLinks}) makes
 * each school's history include its predecessors', so that a converter academy whose predecessor
 * took part in Development is {@code journey.development-repeated}, naming the predecessor:
 *
 * <pre>{@code
 * SchoolRegister register = gias.register().withLinks(links.links());
 * Decision decision = Rulebook.standard().evaluate(enrolment, register);
 * }</pre>
 *
 * <p>A hub composes its own rulebook from the standard one with {@link #toBuilder()}: it adds its
 * own rules, removes a rule, changes a rule's severity, fixes the editions and gives its own
 * messages. To check one change to a judged year without judging it again, see {@link #judge}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rulebook {

  private static final Rulebook STANDARD =
      of(
          List.of(
              new UnknownSchool(),
              new NotStateFunded(),
              new OutsideEngland(),
              new ClosedSchool(),
              new WrongPhase(),
              new OutsideHub(),
              new GroupSize(),
              new TeachersPerSchool(),
              new DuplicateSchool(),
              new LeadUnknown(),
              new LeadNotEligible(),
              new LeadOvercommitted(),
              new DevelopmentRepeated(),
              new PrerequisiteMissing(),
              new OutOfOrder(),
              new OnePhasePerYear(),
              new DoubleEnrolment(),
              new PhaseNotOffered(),
              new DuplicateId(),
              new DuplicateSpecialist(),
              new MeetingMissing(),
              new VisitMissing(),
              new AttendanceShort(),
              new OutsideYear(),
              new NotInGroup(),
              new UnknownGroup()),
          PolicyEditions.standard(),
          Messages.english());

  private final List<Rule> rules;
  private final List<RuleDescriptor> descriptors;
  private final PolicyEditions editions;
  private final Messages messages;

  private Rulebook(
      List<Rule> rules,
      List<RuleDescriptor> descriptors,
      PolicyEditions editions,
      Messages messages) {
    this.rules = List.copyOf(rules);
    this.descriptors = List.copyOf(descriptors);
    this.editions = editions;
    this.messages = messages;
  }

  private static Rulebook of(List<Rule> rules, PolicyEditions editions, Messages messages) {
    return new Rulebook(rules, descriptorsOf(rules), editions, messages);
  }

  private static List<RuleDescriptor> descriptorsOf(List<Rule> rules) {
    List<RuleDescriptor> found = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      found.add(rule.descriptor());
    }
    return found;
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
   * Returns a builder that starts from this rulebook: its rules, severities, editions and messages.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the rules, for the catalogue: the contract's rules in the contract's order, then the
   * rules the library adds, then a hub's own; each with the severity this rulebook gives it.
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
   * Returns the policy editions this rulebook judges a year by when given none.
   *
   * @return the editions, not null
   */
  public PolicyEditions editions() {
    return editions;
  }

  /**
   * Returns the words this rulebook puts its violations in.
   *
   * @return the messages, not null
   */
  public Messages messages() {
    return messages;
  }

  /**
   * Judges an enrolment by the edition of this rulebook's editions in force for its year.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register to look schools up in, not null
   * @return the decision, not null
   * @throws IllegalArgumentException if no edition is in force for the enrolment's year (for the
   *     standard editions, before 2015/16)
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register) {
    return evaluate(enrolment, register, editions.forYear(enrolment.academicYear()));
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
    YearIndex index = new YearIndex(enrolment, register, policy);
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      rules.get(i).check(index, new Findings(descriptors.get(i), messages, found));
    }
    List<Violation> violations = Verdicts.sortedDistinct(found);
    return Decision.builder()
        .academicYear(enrolment.academicYear())
        .edition(policy.edition())
        .violations(violations)
        .funding(FundingAllocation.allocate(index, violations))
        .completions(Attendance.completions(index))
        .build();
  }

  /**
   * Judges an enrolment and keeps what it found by unit (group, school, teacher, ...), so that
   * {@link JudgedYear#check} can say what one change would do without judging the year again.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register, not null
   * @param policy the edition to judge by, not null
   * @return the judged year, whose decision is that of {@link #evaluate}, not null
   */
  public JudgedYear judge(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(policy, "policy");
    return JudgedYear.judge(this, new YearIndex(enrolment, register, policy));
  }

  /**
   * Judges an enrolment by the edition in force for its year, keeping what it found by unit.
   *
   * @param enrolment the enrolment, not null
   * @param register the school register, not null
   * @return the judged year, not null
   */
  public JudgedYear judge(Enrolment enrolment, SchoolRegister register) {
    return judge(enrolment, register, editions.forYear(enrolment.academicYear()));
  }

  List<Rule> ruleList() {
    return rules;
  }

  @Override
  public String toString() {
    return "Rulebook{" + descriptors.size() + " rules}";
  }

  /**
   * Composes a rulebook: obtain one from {@link Rulebook#toBuilder()}.
   *
   * <pre>{@code
   * Rulebook ours = Rulebook.standard().toBuilder()
   *     .add(new OurVisitsRule())
   *     .remove(RuleCodes.SCHOOL_OUTSIDE_HUB)
   *     .severity(RuleCodes.WORKGROUP_SIZE, Severity.WARNING)
   *     .build();
   * }</pre>
   *
   * <p>Not thread-safe.
   */
  public static final class Builder {
    private final List<Rule> rules;
    private final List<RuleDescriptor> descriptors;
    private PolicyEditions editions;
    private Messages messages;

    private Builder(Rulebook from) {
      this.rules = new ArrayList<>(from.rules);
      this.descriptors = new ArrayList<>(from.descriptors);
      this.editions = from.editions;
      this.messages = from.messages;
    }

    /**
     * Adds a hub's own rule, after the others. Its errors withhold funding as a standard rule's
     * do.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws IllegalArgumentException if its code is a standard code (see {@link RuleCodes}), or
     *     the code of a rule already in the rulebook
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      if (RuleCodes.ALL.contains(rule.code()) && !isStandard(rule)) {
        throw new IllegalArgumentException(
            "rule code " + rule.code() + " is a standard code; a hub's rule needs its own code");
      }
      if (index(rule.code()) >= 0) {
        throw new IllegalArgumentException("the rulebook already has a rule " + rule.code());
      }
      rules.add(rule);
      descriptors.add(rule.descriptor());
      return this;
    }

    private static boolean isStandard(Rule rule) {
      for (Rule standard : STANDARD.rules) {
        if (standard.getClass() == rule.getClass()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Removes a rule.
     *
     * @param code the rule's code, not null
     * @return this builder
     * @throws IllegalArgumentException if the rulebook has no rule with the code
     */
    public Builder remove(String code) {
      int at = required(code);
      rules.remove(at);
      descriptors.remove(at);
      return this;
    }

    /**
     * Changes the severity a rule's violations carry.
     *
     * @param code the rule's code, not null
     * @param severity the new severity, not null
     * @return this builder
     * @throws IllegalArgumentException if the rulebook has no rule with the code
     */
    public Builder severity(String code, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      int at = required(code);
      RuleDescriptor d = descriptors.get(at);
      descriptors.set(at, RuleDescriptor.of(d.code(), severity, d.description(), d.source()));
      return this;
    }

    /**
     * Fixes the policy editions a year is judged by when none is given.
     *
     * @param editions the editions, not null
     * @return this builder
     */
    public Builder editions(PolicyEditions editions) {
      this.editions = Objects.requireNonNull(editions, "editions");
      return this;
    }

    /**
     * Gives the words the violations are put in.
     *
     * @param messages the messages, not null
     * @return this builder
     */
    public Builder messages(Messages messages) {
      this.messages = Objects.requireNonNull(messages, "messages");
      return this;
    }

    /**
     * Builds the rulebook.
     *
     * @return the rulebook, not null
     */
    public Rulebook build() {
      Set<String> codes = new HashSet<>();
      for (Rule rule : rules) {
        if (!codes.add(rule.code())) {
          throw new IllegalArgumentException("two rules have the code " + rule.code());
        }
      }
      return new Rulebook(
          Collections.unmodifiableList(rules), descriptors, editions, messages);
    }

    private int index(String code) {
      for (int i = 0; i < descriptors.size(); i++) {
        if (descriptors.get(i).code().equals(code)) {
          return i;
        }
      }
      return -1;
    }

    private int required(String code) {
      Objects.requireNonNull(code, "code");
      int at = index(code);
      if (at < 0) {
        throw new IllegalArgumentException("the rulebook has no rule " + code);
      }
      return at;
    }
  }
}
