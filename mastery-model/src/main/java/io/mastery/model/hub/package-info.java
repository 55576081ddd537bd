/** Maths Hubs and the local authorities they serve. */
@NullMarked
package io.mastery.model.hub;

import org.jspecify.annotations.NullMarked;
