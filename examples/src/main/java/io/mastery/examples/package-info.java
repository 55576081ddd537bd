/**
 * Runnable programs: the {@code mastery} command line, which validates a hub's enrolment file
 * against the DfE's register and prints the decision, and a readable overview of the programme.
 */
@NullMarked
package io.mastery.examples;

import org.jspecify.annotations.NullMarked;
