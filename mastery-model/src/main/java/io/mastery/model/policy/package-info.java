/**
 * Policy editions: the programme's rules for a span of academic years, held as data. Group sizes,
 * teachers per school, meetings, leads, programme lengths, cohort years and funding amounts all
 * live here, so that an enrolment is judged by the rules of its own year. The standard editions are
 * CSV tables in this module's jar, each row with its public source ({@code docs/editions.md});
 * {@link io.mastery.model.policy.PolicyEditions#load} and {@link
 * io.mastery.model.policy.PolicyEditions#standardWith} read a hub's own.
 */
@NullMarked
package io.mastery.model.policy;

import org.jspecify.annotations.NullMarked;
