/**
 * A school's journey towards mastery: which phases it has completed, which it may enter in a year
 * and, for each phase it may not, the rule that forbids it.
 *
 * <p>The journey runs Mastery Readiness (optional, only before Development), Development (once),
 * Embedding (after Development), then Sustaining (after Development or Embedding, or for a Mastery
 * Specialist's own school), year by year. It never goes backwards, a school takes one phase a year,
 * and a year without participation does not reset it (NCETM, Primary Teaching for Mastery Programme progress report, July 2019).
 *
 * <p>A school has one journey per stream: an all-through school's primary and secondary journeys
 * are separate, so its primary Development does not block its secondary Development. A history
 * record naming a stream counts in that stream's journey only; one naming none counts in every
 * stream's. Where the edition's phase row says so, a specialist's own school or department of the
 * group's stream may enter without the phase's prerequisite (primary Sustaining; secondary
 * Embedding and Sustaining, for "all Cohort 1-4 Mastery Specialist Departments", wymathshub.co.uk).
 */
@NullMarked
package io.mastery.rules.journey;

import org.jspecify.annotations.NullMarked;
