/**
 * Real data in, decisions out: the DfE's GIAS register file, the enrolment and decision JSON of the
 * public contract, and the bundled sample hub.
 */
module io.mastery.io {
  requires transitive io.mastery.model;
  requires transitive io.mastery.rules;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.apache.commons.csv;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.mastery.io;
  exports io.mastery.io.gias;
  exports io.mastery.io.json;
  exports io.mastery.io.sample;
}
