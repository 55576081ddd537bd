/**
 * Forming Work Groups: from the schools that apply for a phase in a year and the Mastery
 * Specialists free to lead, a plan of local groups that pass the rulebook of the year, with short
 * travel to each group's meeting place, a reason for every school left out and the plan's quality.
 */
@NullMarked
package io.mastery.rules.planning;

import org.jspecify.annotations.NullMarked;
