package io.mastery.rules.engine;

import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the programme: a stable code, a severity, a description and a source, and the check
 * that reports its violations. A rule reads the evaluation context and never throws for a broken
 * rule.
 */
abstract class Rule {

  private final RuleDescriptor descriptor;

  Rule(String code, Severity severity, String description, String source) {
    this.descriptor = RuleDescriptor.of(code, severity, description, source);
  }

  final RuleDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Reports every violation of this rule in the enrolment.
   *
   * @param context the enrolment, indexed
   * @param findings where to report
   */
  abstract void evaluate(EvaluationContext context, Findings findings);

  final void report(
      Findings findings,
      @Nullable WorkGroupId workGroup,
      @Nullable Urn school,
      @Nullable Trn teacher,
      String message) {
    findings.add(descriptor, workGroup, school, teacher, message);
  }
}
