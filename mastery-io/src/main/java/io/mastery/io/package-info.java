/**
 * Real data in, decisions out: reads the DfE's school register and a hub's enrolment file into the
 * model, and writes the rule engine's decision as the public contract's JSON.
 */
@NullMarked
package io.mastery.io;

import org.jspecify.annotations.NullMarked;
