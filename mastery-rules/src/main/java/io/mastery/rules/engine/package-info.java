/**
 * The rule engine: rules with stable codes, the rulebook that composes them, and the decision it
 * returns. Rules never throw for a broken rule; they report violations.
 */
@NullMarked
package io.mastery.rules.engine;

import org.jspecify.annotations.NullMarked;
