package io.mastery.rules.journey;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.ArrayList;
import io.mastery.model.school.Urn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The journey rules judged on a school's records, once for the journey and the rulebook: each
 * returns the arguments of the refusal, or null if the rule allows the phase. Records of the year
 * itself or later are not read; their order does not matter. The rulebook passes the records of
 * the Work Group's stream only ({@link #inStream}): a school's primary and secondary journeys are
 * separate. A record of another URN is one of the school's predecessors' (GIAS links): a refusal
 * that rests on it names it as {@code predecessor}, with the case {@code predecessor}.
 */
final class JourneyCheck {

  private JourneyCheck() {}

  static @Nullable Map<String, Object> developmentRepeated(
      Urn school, Phase phase, AcademicYear year, Iterable<JourneyRecord> records) {
    if (phase != Phase.DEVELOPMENT) {
      return null;
    }
    JourneyRecord development = latest(records, Phase.DEVELOPMENT, year);
    return development == null
        ? null
        : naming(
            school,
            development,
            arguments("developmentYear", development.academicYear().toString()));
  }

  /**
   * The prerequisite rule; {@code exempt} is true for a specialist's own school (of the group's
   * stream) where the edition lets such a school enter the phase without its prerequisite.
   */
  static @Nullable Map<String, Object> prerequisiteMissing(
      Phase phase, AcademicYear year, Iterable<JourneyRecord> records, boolean exempt) {
    if (phase == Phase.EMBEDDING && !exempt && latest(records, Phase.DEVELOPMENT, year) == null) {
      return arguments("year", year.toString(), "phase", phase);
    }
    if (phase == Phase.SUSTAINING
        && !exempt
        && latest(records, Phase.DEVELOPMENT, year) == null
        && latest(records, Phase.EMBEDDING, year) == null) {
      return arguments("year", year.toString(), "phase", phase, "case", "sustaining");
    }
    return null;
  }

  static @Nullable Map<String, Object> outOfOrder(
      Urn school, Phase phase, AcademicYear year, Iterable<JourneyRecord> records) {
    JourneyRecord furthest = furthest(records, year);
    if (furthest == null || !phase.isBefore(furthest.phase())) {
      return null;
    }
    return naming(
        school,
        furthest,
        arguments(
            "completed",
            furthest.phase(),
            "completedIn",
            furthest.academicYear().toString(),
            "phase",
            phase));
  }

  /** Names the predecessor whose record a refusal rests on, if it is not the school's own. */
  private static Map<String, Object> naming(
      Urn school, JourneyRecord record, Map<String, Object> arguments) {
    if (!record.school().equals(school)) {
      arguments.put("predecessor", record.school().toString());
      arguments.put("case", "predecessor");
    }
    return arguments;
  }

  /**
   * The records of one stream's journey: those naming the stream and those naming none, which
   * count for every stream.
   */
  static List<JourneyRecord> inStream(Iterable<JourneyRecord> records, Stream stream) {
    List<JourneyRecord> found = new ArrayList<>();
    for (JourneyRecord record : records) {
      if (record.countsFor(stream)) {
        found.add(record);
      }
    }
    return found;
  }

  /** The latest record of a phase before the year. */
  static @Nullable JourneyRecord latest(
      Iterable<JourneyRecord> records, Phase phase, AcademicYear year) {
    JourneyRecord latest = null;
    for (JourneyRecord record : records) {
      if (record.phase() == phase
          && record.academicYear().isBefore(year)
          && (latest == null || record.academicYear().isAfter(latest.academicYear()))) {
        latest = record;
      }
    }
    return latest;
  }

  /** The furthest phase completed before the year, and of several, the latest year. */
  static @Nullable JourneyRecord furthest(Iterable<JourneyRecord> records, AcademicYear year) {
    JourneyRecord furthest = null;
    for (JourneyRecord record : records) {
      if (record.academicYear().isBefore(year)
          && (furthest == null
              || record.phase().isAfter(furthest.phase())
              || (record.phase() == furthest.phase()
                  && record.academicYear().isAfter(furthest.academicYear())))) {
        furthest = record;
      }
    }
    return furthest;
  }

  private static Map<String, Object> arguments(Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }
}
