/**
 * Roll-ups of a hub's year: its Mastery Specialists by cohort and stage, and its schools and Work
 * Groups by phase.
 */
@NullMarked
package io.mastery.rules.rollup;

import org.jspecify.annotations.NullMarked;
