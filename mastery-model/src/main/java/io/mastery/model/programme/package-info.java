/** The programme's streams (primary, secondary, FE) and the phases of a school's journey. */
@NullMarked
package io.mastery.model.programme;

import org.jspecify.annotations.NullMarked;
