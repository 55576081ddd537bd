/**
 * The standard rules about a Work Group as a whole: the edition offers its phase, its size, the
 * teachers each school sends, no school listed twice, and its own id.
 */
@NullMarked
package io.mastery.rules.workgroup;

import org.jspecify.annotations.NullMarked;
