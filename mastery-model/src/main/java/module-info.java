/**
 * The Teaching for Mastery programme's vocabulary: validated immutable value types and the policy
 * editions that hold each academic year's rules as data.
 */
module io.mastery.model {
  requires transitive com.google.common;
  requires transitive org.joda.money;
  requires org.apache.commons.csv;
  requires static transitive org.jspecify;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.mastery.model;
  exports io.mastery.model.calendar;
  exports io.mastery.model.delivery;
  exports io.mastery.model.enrolment;
  exports io.mastery.model.hub;
  exports io.mastery.model.journey;
  exports io.mastery.model.policy;
  exports io.mastery.model.programme;
  exports io.mastery.model.school;
  exports io.mastery.model.specialist;
  exports io.mastery.model.teacher;
  exports io.mastery.model.workgroup;
}
