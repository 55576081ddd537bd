/**
 * A sample Maths Hub bundled with the library: a register of real and invented schools in GIAS
 * columns, and a year's enrolment that shows every verdict of the rule catalogue.
 */
@NullMarked
package io.mastery.io.sample;

import org.jspecify.annotations.NullMarked;
