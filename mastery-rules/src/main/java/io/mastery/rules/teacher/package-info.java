/**
 * The standard rules about teachers and Mastery Specialists across the year: a teacher enrolled
 * once, a specialist listed once.
 */
@NullMarked
package io.mastery.rules.teacher;

import org.jspecify.annotations.NullMarked;
