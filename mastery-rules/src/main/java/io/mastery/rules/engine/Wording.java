package io.mastery.rules.engine;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.specialist.Cohort;
import java.util.Collection;
import java.util.stream.Collectors;

/** How the rules' messages name the programme's values. */
final class Wording {

  private Wording() {}

  /** Names a stream as in "a primary Work Group". */
  static String stream(Stream stream) {
    switch (stream) {
      case PRIMARY:
        return "primary";
      case SECONDARY:
        return "secondary";
      case FE:
        return "FE";
      default:
        throw new AssertionError(stream);
    }
  }

  /** Names a phase by its usual name. */
  static String phase(Phase phase) {
    switch (phase) {
      case MASTERY_READINESS:
        return "Mastery Readiness";
      case INTRODUCTORY:
        return "Introductory";
      case DEVELOPMENT:
        return "Development";
      case EMBEDDING:
        return "Embedding";
      case SUSTAINING:
        return "Sustaining";
      default:
        throw new AssertionError(phase);
    }
  }

  /** Names a school as "100010 (Example Primary School)". */
  static String school(School school) {
    return school.urn() + " (" + school.name() + ")";
  }

  /** Names a cohort as "primary cohort 4". */
  static String cohort(Cohort cohort) {
    return stream(cohort.stream()) + " cohort " + cohort.number();
  }

  /** Counts a noun: "1 school", "8 schools". */
  static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** Says how many times: "once", "2 times". */
  static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  /** Joins values with commas, in their natural order. */
  static String list(Collection<?> values) {
    return values.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Names the year a cohort trains in under the edition's stream rules, computed on start years so
   * that a year outside the supported range is still named, never thrown for.
   */
  static String trainingYear(ProgrammePolicy policy, Cohort cohort) {
    return policy
        .streamRules(cohort.stream())
        .map(
            rules -> {
              long start = (long) rules.cohortOneTrainingYear().startYear() + cohort.number() - 1;
              return start <= AcademicYear.MAX_START_YEAR
                  ? AcademicYear.of((int) start).toString()
                  : "the year starting " + start;
            })
        .orElse("an unknown year");
  }
}
