/** Mastery Specialists and the cohorts they train in. */
@NullMarked
package io.mastery.model.specialist;

import org.jspecify.annotations.NullMarked;
