package io.mastery.benchmarks;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentTypeGroup;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import io.mastery.rules.progression.SpecialistProgression;
import io.mastery.rules.progression.Stage;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Messages;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The floor the rulebook is measured against: a hand-written checker of the twenty standard rules
 * that walks the Work Groups once, looking each school up once, with no rule objects, no index
 * view and no per-rule passes, and finds the same violations (same codes, subjects, arguments and
 * messages) and the same funding as {@code Rulebook.standard()}. {@link RulebookBenchmark} checks
 * that before it times anything. Not part of the library: it exists to be measured.
 */
public final class SinglePassChecker {

  private static final int NAMED = 5;

  private final Messages messages = Messages.english();

  /** Creates the checker. */
  public SinglePassChecker() {}

  private static final class Place {
    final WorkGroupId group;
    final Urn school;

    Place(WorkGroupId group, Urn school) {
      this.group = group;
      this.school = school;
    }
  }

  /**
   * Judges a year as the standard rulebook does.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @return the decision, not null
   */
  public Decision evaluate(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    AcademicYear year = enrolment.academicYear();
    String yearText = year.toString();
    Optional<MathsHub> hub = enrolment.hub();
    SpecialistProgression progression = SpecialistProgression.of(policy);
    List<Violation> out = new ArrayList<>();
    List<WorkGroup> groups = enrolment.workGroups();
    int n = groups.size();

    Map<Trn, List<MasterySpecialist>> specialists = new HashMap<>(n * 2);
    Set<Urn> ownSchools = new HashSet<>(n * 2);
    for (MasterySpecialist s : enrolment.specialists()) {
      specialists.computeIfAbsent(s.trn(), k -> new ArrayList<>(1)).add(s);
      ownSchools.add(s.school());
    }
    Map<Urn, List<JourneyRecord>> history = new HashMap<>(n * 8);
    for (JourneyRecord r : enrolment.history()) {
      if (r.academicYear().isBefore(year)) {
        history.computeIfAbsent(r.school(), k -> new ArrayList<>(2)).add(r);
      }
    }
    Map<Urn, Object> groupsBySchool = new HashMap<>(n * 10);
    Map<Trn, Object> places = new HashMap<>(n * 20);
    Map<List<Object>, List<WorkGroup>> assignments = new HashMap<>(n * 2);
    Map<WorkGroupId, Integer> ids = new HashMap<>(n * 2);
    EnumMap<Stream, EnumMap<Phase, Optional<PhaseRules>>> rulesCache = new EnumMap<>(Stream.class);

    for (WorkGroup g : groups) {
      WorkGroupId id = g.id();
      ids.merge(id, 1, Integer::sum);
      assignments.computeIfAbsent(List.of(g.lead(), g.stream(), g.phase()), k -> new ArrayList<>(1)).add(g);
      Optional<PhaseRules> rules =
          rulesCache.computeIfAbsent(g.stream(), s -> new EnumMap<>(Phase.class))
              .computeIfAbsent(g.phase(), p -> policy.phaseRules(g.stream(), p));
      List<Participation> ps = g.participations();
      Urn[] distinct = new Urn[ps.size()];
      int[] times = new int[ps.size()];
      int d = 0;
      for (Participation p : ps) {
        int i = 0;
        while (i < d && !distinct[i].equals(p.school())) {
          i++;
        }
        if (i == d) {
          distinct[d++] = p.school();
        }
        times[i]++;
        if (rules.isPresent() && !rules.get().teachersPerSchool().contains(p.teachers().size())) {
          Bounds b = rules.get().teachersPerSchool();
          emit(out, RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL, id, p.school(), null,
              bounds(args("teachers", p.teachers().size(), "phase", g.phase()), b));
        }
        for (Trn t : p.teachers()) {
          Place place = new Place(id, p.school());
          Object found = places.putIfAbsent(t, place);
          if (found != null) {
            if (found instanceof Place) {
              List<Place> list = new ArrayList<>(2);
              list.add((Place) found);
              list.add(place);
              places.put(t, list);
            } else {
              @SuppressWarnings("unchecked")
              List<Place> list = (List<Place>) found;
              list.add(place);
            }
          }
        }
      }
      if (rules.isEmpty()) {
        emit(out, RuleCodes.WORKGROUP_PHASE_NOT_OFFERED, id, null, null,
            args("stream", g.stream(), "phase", g.phase(), "edition", policy.edition()));
      } else if (!rules.get().schoolsPerGroup().contains(d)) {
        emit(out, RuleCodes.WORKGROUP_SIZE, id, null, null,
            bounds(args("schools", d, "phase", g.phase()), rules.get().schoolsPerGroup()));
      }
      for (int i = 0; i < d; i++) {
        Urn urn = distinct[i];
        Object found = groupsBySchool.putIfAbsent(urn, g);
        if (found != null) {
          if (found instanceof WorkGroup) {
            List<WorkGroup> list = new ArrayList<>(2);
            list.add((WorkGroup) found);
            list.add(g);
            groupsBySchool.put(urn, list);
          } else {
            @SuppressWarnings("unchecked")
            List<WorkGroup> list = (List<WorkGroup>) found;
            list.add(g);
          }
        }
        if (times[i] > 1) {
          emit(out, RuleCodes.WORKGROUP_DUPLICATE_SCHOOL, id, urn, null, args("times", times[i]));
        }
        Optional<School> found2 = register.find(urn);
        if (found2.isEmpty()) {
          emit(out, RuleCodes.SCHOOL_UNKNOWN, id, urn, null, args());
        } else {
          school(out, g, found2.get(), hub);
        }
        journey(out, g, urn, year, history.getOrDefault(urn, List.of()), ownSchools.contains(urn));
      }
      lead(out, g, specialists, progression, policy, year);
    }
    // across the year
    for (Map.Entry<Urn, Object> e : groupsBySchool.entrySet()) {
      if (e.getValue() instanceof List) {
        @SuppressWarnings("unchecked")
        List<WorkGroup> list = (List<WorkGroup>) e.getValue();
        List<WorkGroup> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((WorkGroup g) -> g.id().value()).thenComparing(WorkGroup::phase));
        List<List<Object>> named = new ArrayList<>();
        for (WorkGroup g : sorted.subList(0, Math.min(NAMED, sorted.size()))) {
          named.add(List.of(g.id().value(), g.phase()));
        }
        for (WorkGroup g : list) {
          emit(out, RuleCodes.JOURNEY_ONE_PHASE_PER_YEAR, g.id(), e.getKey(), null,
              args("count", list.size(), "year", yearText, "groups", named, "more", list.size() - named.size()));
        }
      }
    }
    for (Map.Entry<Trn, Object> e : places.entrySet()) {
      if (e.getValue() instanceof List) {
        @SuppressWarnings("unchecked")
        List<Place> list = (List<Place>) e.getValue();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Place p : list) {
          counts.computeIfAbsent(p.group.value() + " (school " + p.school + ")", k -> new int[1])[0]++;
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        Collections.sort(keys);
        for (Place p : list) {
          String own = p.group.value() + " (school " + p.school + ")";
          List<String> named = new ArrayList<>(keys.subList(0, Math.min(NAMED, keys.size())));
          if (keys.size() > NAMED && !named.contains(own)) {
            named.set(NAMED - 1, own);
          }
          List<List<Object>> entries = new ArrayList<>();
          for (String k : named) {
            int[] c = counts.get(k);
            entries.add(List.of(k, c == null ? 1 : c[0]));
          }
          emit(out, RuleCodes.TEACHER_DOUBLE_ENROLMENT, p.group, p.school, e.getKey(),
              args("count", list.size(), "year", yearText, "places", entries,
                  "more", keys.size() - Math.min(NAMED, keys.size())));
        }
      }
    }
    for (Map.Entry<List<Object>, List<WorkGroup>> e : assignments.entrySet()) {
      List<WorkGroup> led = e.getValue();
      if (led.size() < 2) {
        continue;
      }
      WorkGroup first = led.get(0);
      Optional<PhaseRules> rules = policy.phaseRules(first.stream(), first.phase());
      if (rules.isEmpty() || led.size() <= rules.get().groupsLedPerSpecialist()) {
        continue;
      }
      List<String> idsLed = new ArrayList<>();
      for (WorkGroup g : led) {
        idsLed.add(g.id().value());
      }
      Collections.sort(idsLed);
      for (WorkGroup g : led) {
        List<String> named = new ArrayList<>(idsLed.subList(0, Math.min(NAMED, idsLed.size())));
        if (idsLed.size() > NAMED && !named.contains(g.id().value())) {
          named.set(NAMED - 1, g.id().value());
        }
        emit(out, RuleCodes.WORKGROUP_LEAD_OVERCOMMITTED, g.id(), null, g.lead(),
            args("led", led.size(), "stream", g.stream(), "phase", g.phase(), "year", yearText,
                "groups", named, "more", idsLed.size() - named.size(), "edition", policy.edition(),
                "allowed", rules.get().groupsLedPerSpecialist()));
      }
    }
    for (Map.Entry<WorkGroupId, Integer> e : ids.entrySet()) {
      if (e.getValue() > 1) {
        emit(out, RuleCodes.WORKGROUP_DUPLICATE_ID, e.getKey(), null, null, args("groups", e.getValue()));
      }
    }
    for (Map.Entry<Trn, List<MasterySpecialist>> e : specialists.entrySet()) {
      if (e.getValue().size() > 1) {
        List<MasterySpecialist> sorted = new ArrayList<>(e.getValue());
        sorted.sort(Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::school));
        List<List<Object>> listed = new ArrayList<>();
        for (MasterySpecialist s : sorted.subList(0, Math.min(NAMED, sorted.size()))) {
          listed.add(List.of(s.stream(), s.cohort().number(), s.school().toString()));
        }
        emit(out, RuleCodes.SPECIALIST_DUPLICATE, null, null, e.getKey(),
            args("count", sorted.size(), "entries", listed, "more", sorted.size() - listed.size()));
      }
    }
    // sorted, distinct, and the funding the errors leave
    Collections.sort(out);
    List<Violation> violations = new ArrayList<>(out.size());
    Set<Urn> schoolErrors = new HashSet<>();
    Set<WorkGroupId> groupErrors = new HashSet<>();
    for (Violation v : out) {
      if (violations.isEmpty() || violations.get(violations.size() - 1).compareTo(v) != 0) {
        violations.add(v);
      }
      if (v.isError()) {
        if (v.school().isPresent()) {
          schoolErrors.add(v.school().get());
        } else if (v.workGroup().isPresent()) {
          groupErrors.add(v.workGroup().get());
        }
      }
    }
    FundingSchedule schedule = FundingSchedule.of(policy);
    List<FundingLine> funding = new ArrayList<>(n * 14);
    // a specialist's own school, of a cohort the edition funds for textbooks, has its own line
    List<MasterySpecialist> byCohort = new ArrayList<>(enrolment.specialists());
    byCohort.sort(Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::trn));
    Map<Urn, FundingLine> ownSchoolLines = new HashMap<>();
    for (MasterySpecialist s : byCohort) {
      Optional<School> own = register.find(s.school());
      if (ownSchoolLines.containsKey(s.school())
          || own.isEmpty()
          || own.get().fundingStatus() != FundingStatus.STATE_FUNDED_IN_ENGLAND
          || !own.get().status().isOpen()) {
        continue;
      }
      Optional<Money> cap = schedule.specialistSchoolCap(s, year);
      if (cap.isPresent()) {
        ownSchoolLines.put(
            s.school(),
            FundingLine.forSpecialistSchool(s.school(), s.trn(), FundingKind.TEXTBOOK_MATCH_CAP, cap.get()));
      }
    }
    for (Map.Entry<Urn, FundingLine> e : ownSchoolLines.entrySet()) {
      if (!schoolErrors.contains(e.getKey())) {
        funding.add(e.getValue());
      }
    }
    EnumMap<Phase, Entitlement> entitlements = new EnumMap<>(Phase.class);
    for (WorkGroup g : groups) {
      if (groupErrors.contains(g.id())) {
        continue;
      }
      Entitlement ent =
          g.stream() == Stream.PRIMARY
              ? entitlements.computeIfAbsent(g.phase(), p -> schedule.entitlement(g.stream(), p, year))
              : schedule.entitlement(g.stream(), g.phase(), year);
      Set<Urn> seen = new HashSet<>(16);
      for (Participation p : g.participations()) {
        Urn urn = p.school();
        if (!seen.add(urn) || schoolErrors.contains(urn)) {
          continue;
        }
        if (ent.releaseGrant().isPresent()) {
          funding.add(FundingLine.of(g.id(), urn, FundingKind.RELEASE_GRANT, ent.releaseGrant().get()));
        } else if (ent.releaseSetByHub()) {
          funding.add(FundingLine.setByHub(g.id(), urn));
        }
        if (ent.textbookMatchCap().isPresent() && !ownSchoolLines.containsKey(urn)) {
          funding.add(FundingLine.of(g.id(), urn, FundingKind.TEXTBOOK_MATCH_CAP, ent.textbookMatchCap().get()));
        }
      }
    }
    return Decision.builder()
        .academicYear(year)
        .edition(policy.edition())
        .violations(violations)
        .funding(funding)
        .build();
  }

  private void school(List<Violation> out, WorkGroup g, School s, Optional<MathsHub> hub) {
    FundingStatus status = s.fundingStatus();
    if (status == FundingStatus.INDEPENDENT || status == FundingStatus.NOT_A_SCHOOL) {
      emit(out, RuleCodes.SCHOOL_NOT_STATE_FUNDED, g.id(), s.urn(), null,
          about(g, s, "type", s.type().registerName(), "case",
              status == FundingStatus.INDEPENDENT ? "independent" : "not-a-school"));
    }
    if (status == FundingStatus.OUTSIDE_ENGLAND) {
      emit(out, RuleCodes.SCHOOL_OUTSIDE_ENGLAND, g.id(), s.urn(), null,
          about(g, s, "type", s.type().registerName()));
    }
    EstablishmentStatus es = s.status();
    if (es == EstablishmentStatus.CLOSED || es == EstablishmentStatus.PROPOSED_TO_OPEN) {
      emit(out, RuleCodes.SCHOOL_CLOSED, g.id(), s.urn(), null, about(g, s, "status", es.registerName()));
    }
    wrongPhase(out, g, s);
    if (hub.isPresent() && !hub.get().serves(s.localAuthority())) {
      Map<String, Object> a = about(g, s, "localAuthority", s.localAuthority().toString(), "hub", hub.get().id());
      if (s.localAuthorityName().isBlank()) {
        a.put("case", "unnamed");
      } else {
        a.put("localAuthorityName", s.localAuthorityName());
      }
      emit(out, RuleCodes.SCHOOL_OUTSIDE_HUB, g.id(), s.urn(), null, a);
    }
  }

  private void wrongPhase(List<Violation> out, WorkGroup g, School s) {
    Stream stream = g.stream();
    String poe = s.phaseOfEducation().registerName();
    @Nullable Map<String, Object> a = null;
    if (s.type().group() == EstablishmentTypeGroup.COLLEGES) {
      if (stream != Stream.FE) {
        a = about(g, s, "phaseOfEducation", poe, "case", "college", "type", s.type().registerName());
      }
    } else {
      switch (s.phaseOfEducation()) {
        case PRIMARY:
        case MIDDLE_DEEMED_PRIMARY:
          a = stream == Stream.PRIMARY ? null : about(g, s, "phaseOfEducation", poe, "fits", Stream.PRIMARY);
          break;
        case SECONDARY:
        case MIDDLE_DEEMED_SECONDARY:
          a = stream == Stream.SECONDARY ? null : about(g, s, "phaseOfEducation", poe, "fits", Stream.SECONDARY);
          break;
        case ALL_THROUGH:
          a = stream == Stream.FE ? about(g, s, "phaseOfEducation", poe, "case", "all-through") : null;
          break;
        case SIXTEEN_PLUS:
          a = stream == Stream.FE ? null : about(g, s, "phaseOfEducation", poe, "fits", Stream.FE);
          break;
        case NURSERY:
          a = about(g, s, "phaseOfEducation", poe, "case", "nursery");
          break;
        default:
          if (stream == Stream.FE) {
            a = about(g, s, "phaseOfEducation", poe, "case", "not-applicable-fe");
          } else if (s.statutoryAgeRange().isEmpty()) {
            a = about(g, s, "phaseOfEducation", poe, "case", "no-age-range");
          } else {
            AgeRange ages = s.statutoryAgeRange().get();
            int from = stream == Stream.PRIMARY ? 5 : 11;
            int to = stream == Stream.PRIMARY ? 11 : 16;
            if (Math.max(ages.low(), from) >= Math.min(ages.high(), to)) {
              a = about(g, s, "phaseOfEducation", poe, "case", "age-range", "ages", ages.toString(),
                  "from", from, "to", to);
            }
          }
      }
    }
    if (a != null) {
      emit(out, RuleCodes.SCHOOL_WRONG_PHASE, g.id(), s.urn(), null, a);
    }
  }

  private void journey(
      List<Violation> out, WorkGroup g, Urn urn, AcademicYear year, List<JourneyRecord> records,
      boolean specialistSchool) {
    @Nullable JourneyRecord development = null;
    @Nullable JourneyRecord embedding = null;
    @Nullable JourneyRecord furthest = null;
    for (JourneyRecord r : records) {
      if (r.phase() == Phase.DEVELOPMENT && (development == null || r.academicYear().isAfter(development.academicYear()))) {
        development = r;
      }
      if (r.phase() == Phase.EMBEDDING && (embedding == null || r.academicYear().isAfter(embedding.academicYear()))) {
        embedding = r;
      }
      if (furthest == null || r.phase().isAfter(furthest.phase())
          || (r.phase() == furthest.phase() && r.academicYear().isAfter(furthest.academicYear()))) {
        furthest = r;
      }
    }
    Phase phase = g.phase();
    if (phase == Phase.DEVELOPMENT && development != null) {
      emit(out, RuleCodes.JOURNEY_DEVELOPMENT_REPEATED, g.id(), urn, null,
          args("developmentYear", development.academicYear().toString()));
    }
    if (phase == Phase.EMBEDDING && development == null) {
      emit(out, RuleCodes.JOURNEY_PREREQUISITE_MISSING, g.id(), urn, null,
          args("year", year.toString(), "phase", phase));
    } else if (phase == Phase.SUSTAINING && !specialistSchool && development == null && embedding == null) {
      emit(out, RuleCodes.JOURNEY_PREREQUISITE_MISSING, g.id(), urn, null,
          args("year", year.toString(), "phase", phase, "case", "sustaining"));
    }
    if (furthest != null && phase.isBefore(furthest.phase())) {
      emit(out, RuleCodes.JOURNEY_OUT_OF_ORDER, g.id(), urn, null,
          args("completed", furthest.phase(), "completedIn", furthest.academicYear().toString(), "phase", phase));
    }
  }

  private void lead(
      List<Violation> out, WorkGroup g, Map<Trn, List<MasterySpecialist>> specialists,
      SpecialistProgression progression, ProgrammePolicy policy, AcademicYear year) {
    List<MasterySpecialist> entries = specialists.get(g.lead());
    if (entries == null) {
      emit(out, RuleCodes.WORKGROUP_LEAD_UNKNOWN, g.id(), null, g.lead(), args());
      return;
    }
    MasterySpecialist lead = entries.get(0);
    if (entries.size() > 1) {
      lead = Collections.min(entries,
          Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::school));
    }
    if (lead.stream() != g.stream()) {
      emit(out, RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE, g.id(), null, g.lead(),
          args("case", "other-stream", "leadStream", lead.stream(), "cohort", lead.cohort().number(), "stream", g.stream()));
    }
    Optional<Stage> stage = progression.stage(lead, year);
    if (stage.isEmpty()) {
      emit(out, RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE, g.id(), null, g.lead(),
          args("case", "no-programme", "leadStream", lead.stream(), "cohort", lead.cohort().number(), "edition", policy.edition()));
    } else if (stage.get() == Stage.TRAINING) {
      emit(out, RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE, g.id(), null, g.lead(),
          args("case", "training", "leadStream", lead.stream(), "cohort", lead.cohort().number(), "year", year.toString()));
    } else if (stage.get() == Stage.NOT_STARTED) {
      MasterySpecialist l = lead;
      String training =
          policy.streamRules(l.stream())
              .map(r -> {
                long start = (long) r.cohortOneTrainingYear().startYear() + l.cohort().number() - 1;
                return start <= AcademicYear.MAX_START_YEAR
                    ? AcademicYear.of((int) start).toString()
                    : "the year starting " + start;
              })
              .orElse("an unknown year");
      emit(out, RuleCodes.WORKGROUP_LEAD_NOT_ELIGIBLE, g.id(), null, g.lead(),
          args("case", "not-started", "leadStream", lead.stream(), "cohort", lead.cohort().number(),
              "year", year.toString(), "trainingYear", training));
    }
  }

  private static Map<String, Object> about(WorkGroup g, School s, Object... more) {
    Map<String, Object> a = args(more);
    a.put("schoolName", s.name());
    a.put("stream", g.stream());
    return a;
  }

  private static Map<String, Object> bounds(Map<String, Object> a, Bounds b) {
    a.put("min", b.min());
    if (b.max() != Integer.MAX_VALUE) {
      a.put("max", b.max());
    }
    a.put("bounds", b.toString());
    return a;
  }

  private static Map<String, Object> args(Object... namesAndValues) {
    Map<String, Object> a = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      a.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return a;
  }

  private void emit(
      List<Violation> out,
      String code,
      @Nullable WorkGroupId group,
      @Nullable Urn school,
      @Nullable Trn teacher,
      Map<String, Object> a) {
    Violation.Builder v = Violation.builder().rule(code)
        .severity(code.equals(RuleCodes.SCHOOL_OUTSIDE_HUB) ? Severity.WARNING : Severity.ERROR);
    if (group != null) {
      v.workGroup(group);
      a.put("workGroup", group.value());
    }
    if (school != null) {
      v.school(school);
      a.put("school", school.toString());
    }
    if (teacher != null) {
      v.teacher(teacher);
      a.put("teacher", teacher.value());
    }
    out.add(v.arguments(a).message(messages.render(code, a)).build());
  }
}
