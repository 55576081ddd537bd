/** The English school calendar: academic years, terms and half-terms. */
@NullMarked
package io.mastery.model.calendar;

import org.jspecify.annotations.NullMarked;
