/**
 * The public contract's JSON: a hub's enrolment file (read and written) and the rule engine's
 * decision (written), mapped explicitly so that every fault in a file names its JSON path and
 * value.
 */
@NullMarked
package io.mastery.io.json;

import org.jspecify.annotations.NullMarked;
