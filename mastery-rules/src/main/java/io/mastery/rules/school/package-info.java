/**
 * The standard rules about a school itself, looked up by URN in the school register: is it known,
 * state funded, in England, open, of a phase of education that fits the group's stream, and in the
 * hub's area. Each is judged once per Work Group that lists the school.
 */
@NullMarked
package io.mastery.rules.school;

import org.jspecify.annotations.NullMarked;
