/**
 * The Teaching for Mastery programme's rule engines: enrolment validation with stable rule codes,
 * Work Group sizing, phase transitions, funding and specialist progression.
 */
module io.mastery.rules {
  requires transitive io.mastery.model;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.mastery.rules.check;
  exports io.mastery.rules.delivery;
  exports io.mastery.rules.engine;
  exports io.mastery.rules.funding;
  exports io.mastery.rules.journey;
  exports io.mastery.rules.lead;
  exports io.mastery.rules.planning;
  exports io.mastery.rules.progression;
  exports io.mastery.rules.reach;
  exports io.mastery.rules.result;
  exports io.mastery.rules.rollup;
  exports io.mastery.rules.school;
  exports io.mastery.rules.teacher;
  exports io.mastery.rules.workgroup;
}
