/**
 * The standard rules about a Work Group's lead: a known Mastery Specialist, of the group's stream,
 * in a year of the programme from which the edition's specialists of the stream lead (primary: the
 * second; secondary: the third; FE specialists lead no school Work Groups), leading no more groups
 * of a phase than the edition allows. A Mastery Readiness group may instead be led by one of the
 * hub's Mastery Readiness Leads, who need not be a specialist.
 */
@NullMarked
package io.mastery.rules.lead;

import org.jspecify.annotations.NullMarked;
