package io.mastery.rules.teacher;

import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.check.TeacherPlace;
import io.mastery.rules.check.TeacherRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code teacher.double-enrolment}: a TRN listed more than once across the year's groups, twice in
 * one school's list included; reported for each group and school that lists it, each message
 * naming the first few places in order and how many more. Leads are not listings.
 */
public final class DoubleEnrolment extends TeacherRule {

  /** How many places a message names before it says how many more. */
  static final int NAMED = 5;

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
      counts.computeIfAbsent(place.group().id() + " " + place.school(), k -> new int[1])[0]++;
    }
    List<Map.Entry<String, int[]>> keys = new ArrayList<>(counts.entrySet());
    keys.sort(Map.Entry.comparingByKey());
    List<List<Object>> named = new ArrayList<>();
    for (Map.Entry<String, int[]> e : keys.subList(0, Math.min(NAMED, keys.size()))) {
      int space = e.getKey().lastIndexOf(' ');
      named.add(
          List.of(e.getKey().substring(0, space), e.getKey().substring(space + 1), e.getValue()[0]));
    }
    for (TeacherPlace place : places) {
      findings
          .violation()
          .workGroup(place.group().id())
          .school(place.school())
          .teacher(teacher)
          .with("count", places.size())
          .with("year", year.academicYear().toString())
          .with("places", named)
          .with("more", keys.size() - named.size())
          .report();
    }
  }
}
