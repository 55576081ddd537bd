/**
 * Reach: how many schools the Mastery Specialists reach, projected from cohorts of specialists
 * with a rate calibrated on observed years, and rolled up from records by stream and year with
 * each school counted once.
 */
@NullMarked
package io.mastery.rules.reach;

import org.jspecify.annotations.NullMarked;
