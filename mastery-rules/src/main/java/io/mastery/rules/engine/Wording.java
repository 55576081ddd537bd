package io.mastery.rules.engine;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.specialist.Cohort;
import java.util.Collection;
import java.util.List;
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

  /**
   * How many values a message names before it only counts the rest, so that a message stays short
   * however many groups, schools or places a violation concerns.
   */
  static final int NAMED_IN_A_MESSAGE = 5;

  /**
   * Joins values with commas, in their natural order, naming at most {@link #NAMED_IN_A_MESSAGE}
   * and counting the rest: "WG-01, WG-02, WG-03, WG-04, WG-05 and 9995 more".
   */
  static String list(Collection<?> values) {
    List<String> sorted = values.stream().map(Object::toString).sorted().collect(Collectors.toList());
    return firstFew(sorted);
  }

  /** Joins texts already in order, naming at most {@link #NAMED_IN_A_MESSAGE}, counting the rest. */
  static String firstFew(List<String> ordered) {
    return firstFew(ordered, ", ");
  }

  /**
   * Joins texts already in order as {@link #firstFew(List)} does, but always names {@code own} (the
   * subject of the violation the message belongs to): when the list is cut before it, the last
   * named place goes to {@code own}. {@code ordered} holds {@code own}; the cost does not depend on
   * its length.
   */
  static String firstFewNaming(String own, List<String> ordered) {
    if (ordered.size() <= NAMED_IN_A_MESSAGE
        || ordered.subList(0, NAMED_IN_A_MESSAGE).contains(own)) {
      return firstFew(ordered);
    }
    List<String> named = new java.util.ArrayList<>(ordered.subList(0, NAMED_IN_A_MESSAGE - 1));
    named.add(own);
    return String.join(", ", named) + " and " + (ordered.size() - NAMED_IN_A_MESSAGE) + " more";
  }

  /** Joins texts already in order with the separator given, naming at most a few of them. */
  static String firstFew(List<String> ordered, String separator) {
    if (ordered.size() <= NAMED_IN_A_MESSAGE) {
      return String.join(separator, ordered);
    }
    return String.join(separator, ordered.subList(0, NAMED_IN_A_MESSAGE))
        + " and "
        + (ordered.size() - NAMED_IN_A_MESSAGE)
        + " more";
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
