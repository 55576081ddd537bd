/** Work Groups: the schools, teachers and lead of one phase in one academic year. */
@NullMarked
package io.mastery.model.workgroup;

import org.jspecify.annotations.NullMarked;
