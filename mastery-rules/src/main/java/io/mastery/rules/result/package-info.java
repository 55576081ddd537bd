/**
 * What judging a year gives: the {@link io.mastery.rules.result.Decision}, its {@link
 * io.mastery.rules.result.Violation}s with their arguments, its {@link
 * io.mastery.rules.result.FundingLine}s, and the {@link io.mastery.rules.result.Messages} that put a
 * violation into words.
 */
@NullMarked
package io.mastery.rules.result;

import org.jspecify.annotations.NullMarked;
