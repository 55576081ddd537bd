package io.mastery.rules.teacher;

import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.check.FirstFew;
import io.mastery.rules.check.TeacherPlace;
import io.mastery.rules.check.TeacherRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code teacher.double-enrolment}: a TRN listed more than once across the year's groups, twice in
 * one school's list included; reported for each group and school that lists it, each message
 * naming the first few places in order (its own among them) and how many more. Leads are not listings.
 */
public final class DoubleEnrolment extends TeacherRule {

  /** Creates the rule. */
  public DoubleEnrolment() {
    super(
        RuleCodes.TEACHER_DOUBLE_ENROLMENT,
        Severity.ERROR,
        "The same TRN appears more than once in the year's Work Groups",
        "CONTRACT.md §1");
  }

  @Override
  public void check(Trn teacher, List<TeacherPlace> places, EnrolledYear year, Findings findings) {
    if (places.size() < 2) {
      return;
    }
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (TeacherPlace place : places) {
      counts.computeIfAbsent(key(place), k -> new int[1])[0]++;
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(null);
    for (TeacherPlace place : places) {
      findings
          .violation()
          .workGroup(place.group().id())
          .school(place.school())
          .teacher(teacher)
          .with("count", places.size())
          .with("year", year.academicYear().toString())
          .with("places", entries(FirstFew.naming(key(place), keys), counts))
          .with("more", keys.size() - Math.min(FirstFew.NAMED, keys.size()))
          .report();
    }
  }

  /** A place as the message sorts it: the group's id, a space, the school's URN. */
  private static String key(TeacherPlace place) {
    return place.group().id().value() + " (school " + place.school() + ")";
  }

  private static List<List<Object>> entries(List<String> named, Map<String, int[]> counts) {
    List<List<Object>> entries = new ArrayList<>(named.size());
    for (String key : named) {
      int[] count = counts.get(key);
      entries.add(List.of(key, count == null ? 1 : count[0]));
    }
    return entries;
  }
}
