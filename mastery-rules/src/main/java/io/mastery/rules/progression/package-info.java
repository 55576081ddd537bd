/**
 * Mastery Specialist progression: for a specialist and an academic year, the stage they are at
 * (not started, training, leading Work Groups, Local Leader of Maths Education) and whether they may
 * lead Work Groups, computed from the policy edition's stream rules (NCETM overview, the Mastery Specialist programmes).
 *
 * <p>When the edition has no specialist programme for a stream, the stage is unknown: the methods
 * return an empty {@link java.util.Optional} rather than guess or throw.
 */
@NullMarked
package io.mastery.rules.progression;

import org.jspecify.annotations.NullMarked;
