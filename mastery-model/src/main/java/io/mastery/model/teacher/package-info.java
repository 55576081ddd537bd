/** Teachers, identified by their Teacher Reference Number. */
@NullMarked
package io.mastery.model.teacher;

import org.jspecify.annotations.NullMarked;
