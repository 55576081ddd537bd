/**
 * The standard rules about what a Work Group delivers in its year, judged from the hub's delivery
 * log when the enrolment gives one: a meeting every half-term, a support visit to each school every
 * term, the attendance that completes the phase, and a log that stays inside the year and the
 * group. Only half-terms and terms that have ended by the log's as-of day are judged.
 */
@NullMarked
package io.mastery.rules.delivery;

import org.jspecify.annotations.NullMarked;
