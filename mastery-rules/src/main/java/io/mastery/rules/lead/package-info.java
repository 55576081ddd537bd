/**
 * The standard rules about a Work Group's lead: a known Mastery Specialist, of the group's stream,
 * past the training year, leading no more groups of a phase than the edition allows.
 */
@NullMarked
package io.mastery.rules.lead;

import org.jspecify.annotations.NullMarked;
