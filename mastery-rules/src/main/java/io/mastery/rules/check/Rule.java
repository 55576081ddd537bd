package io.mastery.rules.check;

import io.mastery.rules.result.Severity;
import java.util.Objects;

/**
 * One rule of the programme: a stable code, a severity, a description and a source, and the check
 * that reports its violations. A rule reads the year through {@link EnrolledYear}, reports through
 * {@link Findings} and never throws for a broken rule.
 *
 * <p>Extend the shape that says what one check looks at, so that a one-change check re-runs only
 * what the change touches: {@link GroupRule} (one Work Group), {@link ListingRule} (one school in
 * one group), {@link SchoolYearRule} (one school across the year's groups), {@link TeacherRule}
 * (one teacher's places), {@link AssignmentRule} (the groups a lead leads in one stream and phase),
 * {@link GroupIdRule} (the groups sharing an id) or {@link SpecialistRule} (one TRN among the
 * specialists). A rule that extends {@code Rule} itself judges the whole year at once and is judged
 * again in full after every change.
 *
 * <p>A rule is immutable and may be shared between evaluations and threads.
 */
public abstract class Rule {

  private final RuleDescriptor descriptor;

  /**
   * Creates a rule.
   *
   * @param code the stable code, lower-case words joined by a dot, not null
   * @param severity the severity of its violations, not null
   * @param description what breaks the rule, in one line, not blank
   * @param source where the rule comes from, one line, not blank
   * @throws IllegalArgumentException if the code is malformed or a text is blank
   */
  protected Rule(String code, Severity severity, String description, String source) {
    this.descriptor = RuleDescriptor.of(code, severity, description, source);
  }

  /**
   * Returns the rule's code, severity, description and source.
   *
   * @return the descriptor, not null
   */
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code workgroup.size}, not null
   */
  public final String code() {
    return descriptor.code();
  }

  /**
   * Reports every violation of this rule in the year.
   *
   * @param year the year, indexed, not null
   * @param findings where to report, not null
   */
  public abstract void check(EnrolledYear year, Findings findings);

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + descriptor + "}";
  }

  static <T> T checked(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
