/**
 * What happens in a hub's year once its Work Groups are enrolled: each group's meetings, who
 * attended them, and the support visits to its schools; and the calendar they are judged by.
 */
@NullMarked
package io.mastery.model.delivery;

import org.jspecify.annotations.NullMarked;
