/**
 * What a rule is: a {@link io.mastery.rules.check.Rule} with a stable code, a severity, a
 * description and a source, checked over a read-only view of the indexed year ({@link
 * io.mastery.rules.check.EnrolledYear}) and reporting {@link io.mastery.rules.check.Findings} with
 * named subjects and named arguments. A rule that judges one unit at a time (a Work Group, a school
 * in a group, a school across the year, a teacher, a lead's assignment, a Work Group id, a
 * specialist) extends the shape for it, so that the engine can check one change without judging the
 * whole year again. The standard codes are {@link io.mastery.rules.check.RuleCodes}.
 */
@NullMarked
package io.mastery.rules.check;

import org.jspecify.annotations.NullMarked;
