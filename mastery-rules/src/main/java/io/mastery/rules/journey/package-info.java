/**
 * A school's journey towards mastery: which phases it has completed, which it may enter in a year
 * and, for each phase it may not, the rule that forbids it.
 *
 * <p>The journey runs Mastery Readiness (optional, only before Development), Development (once),
 * Embedding (after Development), then Sustaining (after Development or Embedding, or for a Mastery
 * Specialist's own school), year by year. It never goes backwards, a school takes one phase a year,
 * and a year without participation does not reset it (NCETM, Primary Teaching for Mastery Programme progress report, July 2019).
 */
@NullMarked
package io.mastery.rules.journey;

import org.jspecify.annotations.NullMarked;
