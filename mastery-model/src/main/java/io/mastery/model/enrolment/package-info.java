/** A hub's enrolments for an academic year: the input the rule engines judge. */
@NullMarked
package io.mastery.model.enrolment;

import org.jspecify.annotations.NullMarked;
