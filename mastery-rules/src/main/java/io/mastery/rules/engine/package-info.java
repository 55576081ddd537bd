/**
 * The rule engine: the {@link io.mastery.rules.engine.Rulebook} that composes rules and judges a
 * hub's year, the index it judges over, the catalogue of its rules, and the one-change checks of a
 * {@link io.mastery.rules.engine.JudgedYear}. Rules never throw for a broken rule; they report
 * violations.
 */
@NullMarked
package io.mastery.rules.engine;

import org.jspecify.annotations.NullMarked;
