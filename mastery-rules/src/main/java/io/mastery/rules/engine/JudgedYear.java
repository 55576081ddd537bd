package io.mastery.rules.engine;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.delivery.Attendance;
import io.mastery.rules.check.Assignment;
import io.mastery.rules.check.AssignmentRule;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupIdRule;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.Rule;
import io.mastery.rules.check.RuleDescriptor;
import io.mastery.rules.check.SchoolYearRule;
import io.mastery.rules.check.SpecialistRule;
import io.mastery.rules.check.TeacherRule;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A year judged by a rulebook, with what each rule found kept by unit (a Work Group, a school in a
 * group, a school, a teacher, a lead's assignment, an id), so that one proposed change is checked
 * by judging again only the units it touches: {@link #check} answers what the change would add and
 * remove, {@link #apply} gives the year after it. Applying changes one by one gives the decision of
 * judging the final year from scratch.
 *
 * <p>Obtain one from {@link Rulebook#judge}. A rule that judges the whole year at once (extends
 * {@link Rule} itself rather than one of its shapes) is judged again in full after each change.
 *
 * <p>{@link #check} and {@link #decision} are thread-safe; {@link #apply} copies the year, in
 * time linear in its size, and leaves this one as it was.
 */
public final class JudgedYear {

  private static final Object YEAR = "year";

  private final Rulebook rulebook;
  private final YearIndex index;
  private final List<Map<Object, List<Violation>>> units;
  private final TreeMap<Violation, int[]> violations;
  private final Map<Urn, int[]> schoolErrors;
  private final Map<WorkGroupId, int[]> groupErrors;
  private final TreeMap<FundingLine, int[]> funding;
  private final FundingAllocation allocation;
  private int errors;

  private JudgedYear(Rulebook rulebook, YearIndex index) {
    this.rulebook = rulebook;
    this.index = index;
    this.units = new ArrayList<>();
    this.violations = new TreeMap<>();
    this.schoolErrors = new HashMap<>();
    this.groupErrors = new HashMap<>();
    this.funding = new TreeMap<>();
    this.allocation = new FundingAllocation(index);
  }

  static JudgedYear judge(Rulebook rulebook, YearIndex index) {
    JudgedYear year = new JudgedYear(rulebook, index);
    List<Rule> rules = rulebook.ruleList();
    for (int r = 0; r < rules.size(); r++) {
      year.units.add(new HashMap<>());
      for (Object unit : year.unitsOf(rules.get(r))) {
        year.store(r, unit, year.run(r, unit));
      }
    }
    for (int q = 0; q < index.groups().size(); q++) {
      for (FundingLine line : year.lines(index.groups().get(q), false, Map.of(), Map.of())) {
        year.funding.computeIfAbsent(line, k -> new int[1])[0]++;
      }
    }
    List<FundingLine> own = new ArrayList<>();
    year.allocation.specialistSchoolLines(urn -> countOf(year.schoolErrors, urn) == 0, own);
    for (FundingLine line : own) {
      year.funding.computeIfAbsent(line, k -> new int[1])[0]++;
    }
    return year;
  }

  private JudgedYear(JudgedYear other) {
    this(other.rulebook, other.index.copy());
    for (Map<Object, List<Violation>> unit : other.units) {
      units.add(new HashMap<>(unit));
    }
    other.violations.forEach((v, n) -> violations.put(v, new int[] {n[0]}));
    other.schoolErrors.forEach((k, n) -> schoolErrors.put(k, new int[] {n[0]}));
    other.groupErrors.forEach((k, n) -> groupErrors.put(k, new int[] {n[0]}));
    other.funding.forEach((k, n) -> funding.put(k, new int[] {n[0]}));
    this.errors = other.errors;
  }

  /**
   * Returns the decision on the year as it stands: that of {@link Rulebook#evaluate}.
   *
   * @return the decision, not null
   */
  public synchronized Decision decision() {
    List<FundingLine> lines = new ArrayList<>(funding.size());
    funding.forEach(
        (line, n) -> {
          for (int i = 0; i < n[0]; i++) {
            lines.add(line);
          }
        });
    return Decision.builder()
        .academicYear(index.academicYear())
        .edition(index.policy().edition())
        .violations(new ArrayList<>(violations.keySet()))
        .funding(lines)
        .completions(Attendance.completions(index))
        .build();
  }

  /**
   * Returns the enrolment as it stands.
   *
   * @return the enrolment, not null
   */
  public synchronized Enrolment enrolment() {
    return index.enrolment();
  }

  /**
   * Says what one change would do, leaving this year as it is.
   *
   * @param change the change, not null
   * @return the violations and funding it adds and removes, not null
   * @throws IllegalArgumentException if the change names a Work Group the year does not have, a
   *     school the group does not list for a teacher to be added to, or adds a group of another
   *     academic year
   */
  public synchronized ChangeOutcome check(Change change) {
    Step step = step(change);
    step.undo();
    return Objects.requireNonNull(step.outcome);
  }

  /**
   * Returns the year after one change; this year stays as it was.
   *
   * @param change the change, not null
   * @return the judged year after the change, not null
   * @throws IllegalArgumentException as {@link #check} does
   */
  public synchronized JudgedYear apply(Change change) {
    JudgedYear after = new JudgedYear(this);
    after.step(change);
    return after;
  }

  // --- the units of each rule

  private Iterable<?> unitsOf(Rule rule) {
    if (rule instanceof GroupRule) {
      List<Integer> positions = new ArrayList<>();
      for (int q = 0; q < index.groups().size(); q++) {
        positions.add(q);
      }
      return positions;
    }
    if (rule instanceof ListingRule) {
      List<ListingKey> keys = new ArrayList<>();
      for (int q = 0; q < index.groups().size(); q++) {
        for (Listing listing : index.groups().get(q).listings()) {
          keys.add(new ListingKey(q, listing.urn()));
        }
      }
      return keys;
    }
    if (rule instanceof SchoolYearRule) {
      return new ArrayList<>(index.schools());
    }
    if (rule instanceof TeacherRule) {
      return new ArrayList<>(index.teachers());
    }
    if (rule instanceof AssignmentRule) {
      return new ArrayList<>(index.assignments());
    }
    if (rule instanceof GroupIdRule) {
      return new ArrayList<>(index.groupIds());
    }
    if (rule instanceof SpecialistRule) {
      return new ArrayList<>(index.specialistTrns());
    }
    return List.of(YEAR);
  }

  private List<Violation> run(int r, Object unit) {
    Rule rule = rulebook.ruleList().get(r);
    RuleDescriptor descriptor = rulebook.rules().get(r);
    List<Violation> found = new ArrayList<>(0);
    Findings findings = new Findings(descriptor, rulebook.messages(), found);
    if (rule instanceof GroupRule) {
      int q = (Integer) unit;
      if (q < index.groups().size()) {
        ((GroupRule) rule).check(index.groups().get(q), index, findings);
      }
    } else if (rule instanceof ListingRule) {
      ListingKey key = (ListingKey) unit;
      if (key.position < index.groups().size()) {
        EnrolledGroup group = index.groups().get(key.position);
        for (Listing listing : group.listings()) {
          if (listing.urn().equals(key.school)) {
            ((ListingRule) rule).check(group, listing, index, findings);
          }
        }
      }
    } else if (rule instanceof SchoolYearRule) {
      List<EnrolledGroup> groups = index.groupsOf((Urn) unit);
      if (!groups.isEmpty()) {
        ((SchoolYearRule) rule).check((Urn) unit, groups, index, findings);
      }
    } else if (rule instanceof TeacherRule) {
      var places = index.placesOf((Trn) unit);
      if (!places.isEmpty()) {
        ((TeacherRule) rule).check((Trn) unit, places, index, findings);
      }
    } else if (rule instanceof AssignmentRule) {
      List<EnrolledGroup> groups = index.groupsOf((Assignment) unit);
      if (!groups.isEmpty()) {
        ((AssignmentRule) rule).check((Assignment) unit, groups, index, findings);
      }
    } else if (rule instanceof GroupIdRule) {
      List<EnrolledGroup> groups = index.groupsWithId((WorkGroupId) unit);
      if (!groups.isEmpty()) {
        ((GroupIdRule) rule).check((WorkGroupId) unit, groups, index, findings);
      }
    } else if (rule instanceof SpecialistRule) {
      var entries = index.specialistEntries((Trn) unit);
      if (!entries.isEmpty()) {
        ((SpecialistRule) rule).check((Trn) unit, entries, index, findings);
      }
    } else {
      rule.check(index, findings);
    }
    return found;
  }

  /** Stores a unit's findings and counts them in; returns what it held before. */
  private List<Violation> store(int r, Object unit, List<Violation> found) {
    List<Violation> before =
        found.isEmpty() ? units.get(r).remove(unit) : units.get(r).put(unit, found);
    if (before == null) {
      before = List.of();
    }
    count(before, -1, null);
    count(found, +1, null);
    return before;
  }

  private void count(List<Violation> list, int sign, @Nullable Delta delta) {
    for (Violation v : list) {
      bump(violations, v, sign);
      if (delta != null) {
        delta.violations.merge(v, sign, Integer::sum);
      }
      if (!v.isError()) {
        continue;
      }
      errors += sign;
      if (v.school().isPresent()) {
        bump(schoolErrors, v.school().get(), sign);
        if (delta != null) {
          delta.schools.merge(v.school().get(), sign, Integer::sum);
        }
      } else if (v.workGroup().isPresent()) {
        bump(groupErrors, v.workGroup().get(), sign);
        if (delta != null) {
          delta.groups.merge(v.workGroup().get(), sign, Integer::sum);
        }
      }
    }
  }

  private static <K> void bump(Map<K, int[]> counts, K key, int sign) {
    int[] n = counts.computeIfAbsent(key, k -> new int[1]);
    n[0] += sign;
    if (n[0] == 0) {
      counts.remove(key);
    }
  }

  private static <K> int countOf(Map<K, int[]> counts, K key) {
    int[] n = counts.get(key);
    return n == null ? 0 : n[0];
  }

  // --- one change

  /** The changes to the counts one step made, to tell before from after. */
  private static final class Delta {
    final TreeMap<Violation, Integer> violations = new TreeMap<>();
    final Map<Urn, Integer> schools = new HashMap<>();
    final Map<WorkGroupId, Integer> groups = new HashMap<>();
  }

  /** One change made: its outcome, and how to take it back. */
  private final class Step {
    final int position;
    final @Nullable EnrolledGroup old;
    final List<Object[]> stored = new ArrayList<>();
    final List<FundingLine> fundingAdded = new ArrayList<>();
    final List<FundingLine> fundingRemoved = new ArrayList<>();
    @Nullable ChangeOutcome outcome;

    Step(int position, @Nullable EnrolledGroup old) {
      this.position = position;
      this.old = old;
    }

    void undo() {
      for (int i = stored.size() - 1; i >= 0; i--) {
        Object[] s = stored.get(i);
        @SuppressWarnings("unchecked")
        List<Violation> before = (List<Violation>) s[2];
        store((Integer) s[0], s[1], before);
      }
      if (old == null) {
        index.removeLast();
      } else {
        index.restore(position, old);
      }
      for (FundingLine line : fundingAdded) {
        bump(funding, line, -1);
      }
      for (FundingLine line : fundingRemoved) {
        bump(funding, line, +1);
      }
    }
  }

  private Step step(Change change) {
    Objects.requireNonNull(change, "change");
    Step step;
    EnrolledGroup after;
    if (change.kind() == Change.Kind.ADD_GROUP) {
      WorkGroup added = Objects.requireNonNull(change.added());
      if (!added.academicYear().equals(index.academicYear())) {
        throw new IllegalArgumentException(
            "Work Group " + added.id() + " runs in " + added.academicYear() + ", not in "
                + index.academicYear());
      }
      step = new Step(index.groups().size(), null);
      after = index.add(added);
    } else {
      int position = index.position(change.workGroup());
      if (position < 0) {
        throw new IllegalArgumentException("the year has no Work Group " + change.workGroup());
      }
      EnrolledGroup before = index.groups().get(position);
      WorkGroup changed = change.applyTo(before.group());
      step = new Step(position, index.replace(position, changed));
      after = index.groups().get(position);
    }
    // the units the change touches
    Set<Object> touched = new LinkedHashSet<>();
    Set<Urn> schools = new LinkedHashSet<>();
    Set<Trn> teachers = new LinkedHashSet<>();
    Set<Object> assignments = new LinkedHashSet<>();
    Set<Object> ids = new LinkedHashSet<>();
    for (EnrolledGroup group : step.old == null ? List.of(after) : List.of(step.old, after)) {
      for (Listing listing : group.listings()) {
        schools.add(listing.urn());
        touched.add(new ListingKey(step.position, listing.urn()));
      }
      for (Participation p : group.participations()) {
        teachers.addAll(p.teachers());
      }
      assignments.add(group.assignment());
      ids.add(group.id());
    }
    Delta delta = new Delta();
    List<Rule> rules = rulebook.ruleList();
    for (int r = 0; r < rules.size(); r++) {
      Rule rule = rules.get(r);
      Iterable<?> keys;
      if (rule instanceof GroupRule) {
        keys = List.of(step.position);
      } else if (rule instanceof ListingRule) {
        keys = touched;
      } else if (rule instanceof SchoolYearRule) {
        keys = schools;
      } else if (rule instanceof TeacherRule) {
        keys = teachers;
      } else if (rule instanceof AssignmentRule) {
        keys = assignments;
      } else if (rule instanceof GroupIdRule) {
        keys = ids;
      } else if (rule instanceof SpecialistRule) {
        keys = List.of();
      } else {
        keys = List.of(YEAR);
      }
      for (Object key : keys) {
        List<Violation> found = run(r, key);
        List<Violation> before = units.get(r).getOrDefault(key, List.of());
        if (before.isEmpty() && found.isEmpty()) {
          continue;
        }
        store(r, key, found);
        // count again into the delta: undo the store's plain counting, then count with the delta
        count(before, +1, null);
        count(found, -1, null);
        count(before, -1, delta);
        count(found, +1, delta);
        step.stored.add(new Object[] {r, key, before});
      }
    }
    // violations added and removed
    List<Violation> added = new ArrayList<>();
    List<Violation> removed = new ArrayList<>();
    delta.violations.forEach(
        (v, d) -> {
          int now = countOf(violations, v);
          int was = now - d;
          if (was == 0 && now > 0) {
            added.add(v);
          } else if (was > 0 && now == 0) {
            removed.add(v);
          }
        });
    fund(step, delta);
    step.outcome =
        new ChangeOutcome(
            change, added, removed, step.fundingAdded, step.fundingRemoved, errors == 0);
    return step;
  }

  /** Works out the funding of the groups whose funding the change can alter. */
  private void fund(Step step, Delta delta) {
    Set<Integer> positions = new LinkedHashSet<>();
    positions.add(step.position);
    for (Map.Entry<Urn, Integer> e : delta.schools.entrySet()) {
      if (e.getValue() != 0) {
        for (EnrolledGroup group : index.groupsOf(e.getKey())) {
          positions.add(positionOf(group));
        }
      }
    }
    for (Map.Entry<WorkGroupId, Integer> e : delta.groups.entrySet()) {
      if (e.getValue() != 0) {
        for (EnrolledGroup group : index.groupsWithId(e.getKey())) {
          positions.add(positionOf(group));
        }
      }
    }
    TreeMap<FundingLine, Integer> diff = new TreeMap<>();
    for (int q : positions) {
      EnrolledGroup now = index.groups().get(q);
      EnrolledGroup was = q == step.position ? step.old : now;
      if (was != null) {
        for (FundingLine line : lines(was, true, delta.schools, delta.groups)) {
          diff.merge(line, -1, Integer::sum);
        }
      }
      for (FundingLine line : lines(now, false, Map.of(), Map.of())) {
        diff.merge(line, +1, Integer::sum);
      }
    }
    for (Map.Entry<Urn, Integer> e : delta.schools.entrySet()) {
      if (e.getValue() != 0) {
        Urn school = e.getKey();
        List<FundingLine> before = new ArrayList<>();
        allocation.specialistSchoolLine(
            school, urn -> countOf(schoolErrors, urn) - e.getValue() == 0, before);
        for (FundingLine line : before) {
          diff.merge(line, -1, Integer::sum);
        }
        List<FundingLine> now = new ArrayList<>();
        allocation.specialistSchoolLine(school, urn -> countOf(schoolErrors, urn) == 0, now);
        for (FundingLine line : now) {
          diff.merge(line, +1, Integer::sum);
        }
      }
    }
    diff.forEach(
        (line, d) -> {
          for (int i = 0; i < Math.abs(d); i++) {
            if (d > 0) {
              step.fundingAdded.add(line);
              bump(funding, line, +1);
            } else {
              step.fundingRemoved.add(line);
              bump(funding, line, -1);
            }
          }
        });
  }

  private int positionOf(EnrolledGroup group) {
    return index.positionOf(group);
  }

  /** The lines of a group, by the error counts now or, with {@code before}, before the delta. */
  private List<FundingLine> lines(
      EnrolledGroup group,
      boolean before,
      Map<Urn, Integer> schoolDelta,
      Map<WorkGroupId, Integer> groupDelta) {
    int groupCount =
        countOf(groupErrors, group.id()) - (before ? groupDelta.getOrDefault(group.id(), 0) : 0);
    if (groupCount > 0) {
      return List.of();
    }
    List<FundingLine> lines = new ArrayList<>();
    allocation.lines(
        group,
        urn ->
            countOf(schoolErrors, urn) - (before ? schoolDelta.getOrDefault(urn, 0) : 0) == 0,
        lines);
    return lines;
  }

  /** A school in the group at a position. */
  private record ListingKey(int position, Urn school) {}

  @Override
  public synchronized String toString() {
    return "JudgedYear{" + index.academicYear() + ", " + index.groups().size() + " groups}";
  }
}
