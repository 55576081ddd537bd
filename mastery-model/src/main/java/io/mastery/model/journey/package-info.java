/** A school's journey towards mastery: the phases it completed, year by year. */
@NullMarked
package io.mastery.model.journey;

import org.jspecify.annotations.NullMarked;
