/**
 * Policy editions: the programme's rules for a span of academic years, held as data. Group sizes,
 * teachers per school, meetings, leads, programme lengths, cohort years and funding amounts all
 * live here, so that an enrolment is judged by the rules of its own year.
 */
@NullMarked
package io.mastery.model.policy;

import org.jspecify.annotations.NullMarked;
