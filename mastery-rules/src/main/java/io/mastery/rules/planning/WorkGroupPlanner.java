package io.mastery.rules.planning;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Forms Work Groups from a hub's applications: every group passes the rulebook of its year, travel
 * to the meeting places (the leads' own schools) is kept short, and as few schools as possible are
 * left out, each with its reason.
 *
 * <p>The planner screens applicants and leads with the rulebook itself (a school that a rule
 * refuses is left out with that rule's code), decides how many groups the edition's size bounds
 * and the leads' capacity allow so that the most schools are placed, opens that many meeting
 * places greedily (each adding the most to the shortest travel), assigns schools nearest first,
 * then improves the plan by local moves until none shortens the total travel by more than {@link
 * #IMPROVEMENT_TOLERANCE_METRES}: a school moved to another group, two schools of two groups
 * swapped, a school left out swapped for a placed one, a group moved to a lead not yet used.
 *
 * <p>The plan depends on the applications and the seed only, never on the order of the lists: the
 * inputs are sorted by URN and TRN first, and the seed orders the scans of the local search.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkGroupPlanner {

  /** The least shortening of the total travel, in metres, that a local move must bring. */
  public static final double IMPROVEMENT_TOLERANCE_METRES = 1.0;

  private static final String PROBE_GROUP = "PROBE-SCHOOLS";
  private static final String PROBE_LEAD_PREFIX = "PROBE-LEAD-";
  private static final String PLANNED = "planned by the hub";

  private final Rulebook rulebook;
  private final long seed;

  private WorkGroupPlanner(Rulebook rulebook, long seed) {
    this.rulebook = rulebook;
    this.seed = seed;
  }

  /**
   * Returns the planner that screens with the standard rulebook, with seed 0.
   *
   * @return the planner
   */
  public static WorkGroupPlanner standard() {
    return new WorkGroupPlanner(Rulebook.standard(), 0L);
  }

  /**
   * Returns this planner with another seed; the same seed always gives the same plan.
   *
   * @param seed any number
   * @return the planner
   */
  public WorkGroupPlanner withSeed(long seed) {
    return new WorkGroupPlanner(rulebook, seed);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Plans Work Groups with the edition in force in the applications' year.
   *
   * @param applications the applications, not null
   * @param register the register the schools and the leads' schools are looked up in, not null
   * @return the plan
   */
  public Plan plan(Applications applications, SchoolRegister register) {
    return plan(applications, register, ProgrammePolicy.forYear(applications.year()));
  }

  /**
   * Plans Work Groups with a given edition.
   *
   * @param applications the applications, not null
   * @param register the register the schools and the leads' schools are looked up in, not null
   * @param policy the edition, not null
   * @return the plan
   */
  public Plan plan(Applications applications, SchoolRegister register, ProgrammePolicy policy) {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(policy, "policy");
    List<Urn> applicants = new ArrayList<>(new TreeSet<>(applications.applicants()));
    List<MasterySpecialist> specialists = canonicalSpecialists(applications.specialists());
    Applications canonical =
        new Applications(
            applications.year(),
            applications.hub(),
            applications.phase(),
            applications.stream(),
            applicants,
            specialists,
            new ArrayList<>(new TreeSet<>(applications.history())));
    Optional<PhaseRules> found = policy.phaseRules(canonical.stream(), canonical.phase());
    if (found.isEmpty()) {
      List<LeftOut> all = new ArrayList<>();
      for (Urn urn : applicants) {
        all.add(
            new LeftOut(
                urn,
                LeftOut.Reason.PHASE_NOT_OFFERED,
                Optional.empty(),
                String.format(
                    Locale.UK,
                    "Edition %s has no %s Work Groups of the %s stream",
                    policy.edition(),
                    canonical.phase(),
                    canonical.stream())));
      }
      return new Plan(canonical, policy.edition(), List.of(), all, List.of(), new PlanQuality(0, 0, 0));
    }
    PhaseRules rules = found.get();
    Screening screening = screen(canonical, register, policy);
    List<LeftOut> leftOut = new ArrayList<>(screening.leftOut);
    List<Urn> schools = new ArrayList<>();
    List<GridReference> places = new ArrayList<>();
    for (Urn urn : screening.eligibleSchools) {
      Optional<GridReference> at = register.find(urn).flatMap(School::location);
      if (at.isPresent()) {
        schools.add(urn);
        places.add(at.get());
      } else {
        leftOut.add(
            new LeftOut(
                urn,
                LeftOut.Reason.NO_LOCATION,
                Optional.empty(),
                "The register gives no location (easting and northing) for school " + urn));
      }
    }
    List<LeadNotUsed> leadsNotUsed = new ArrayList<>(screening.leadsNotUsed);
    List<MasterySpecialist> leads = new ArrayList<>();
    List<GridReference> leadPlaces = new ArrayList<>();
    for (MasterySpecialist lead : screening.eligibleLeads) {
      Optional<GridReference> at = register.find(lead.school()).flatMap(School::location);
      if (at.isPresent()) {
        leads.add(lead);
        leadPlaces.add(at.get());
      } else {
        leadsNotUsed.add(
            new LeadNotUsed(
                lead.trn(),
                Optional.empty(),
                "The register gives no location for " + lead.trn() + "'s own school " + lead.school()));
      }
    }
    int capacity = rules.groupsLedPerSpecialist();
    int[] slotLead = new int[leads.size() * capacity];
    for (int i = 0; i < slotLead.length; i++) {
      slotLead[i] = i / capacity;
    }
    int n = schools.size();
    int min = Math.max(1, rules.schoolsPerGroup().min());
    int max = (int) Math.min(rules.schoolsPerGroup().max(), (long) Math.max(n, min));
    int groups = Math.min(slotLead.length, n / min);
    double[][] distance = new double[n][leads.size()];
    for (int s = 0; s < n; s++) {
      for (int l = 0; l < leads.size(); l++) {
        distance[s][l] = places.get(s).distanceTo(leadPlaces.get(l));
      }
    }
    Search search = new Search(distance, slotLead, groups, min, max, new SplittableRandom(seed));
    search.run();

    List<PlannedGroup> planned = new ArrayList<>();
    Integer[] order = new Integer[groups];
    for (int j = 0; j < groups; j++) {
      order[j] = j;
    }
    Arrays.sort(order, Comparator.comparingInt(j -> search.slotOf[j]));
    int width = Math.max(2, Integer.toString(groups).length());
    double total = 0;
    double worst = 0;
    double bound = 0;
    for (int k = 0; k < groups; k++) {
      int j = order[k];
      int lead = slotLead[search.slotOf[j]];
      List<PlacedSchool> members = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        if (search.groupOf[s] == j) {
          double d = distance[s][lead];
          members.add(new PlacedSchool(schools.get(s), d));
          total += d;
          worst = Math.max(worst, d);
          bound += search.nearest[s];
        }
      }
      planned.add(
          new PlannedGroup(
              WorkGroupId.of(String.format(Locale.UK, "WG-%0" + width + "d", k + 1)),
              leads.get(lead).trn(),
              leads.get(lead).school(),
              members));
    }
    boolean leadsExhausted = groups == slotLead.length;
    for (int s = 0; s < n; s++) {
      if (search.groupOf[s] < 0) {
        leftOut.add(
            leadsExhausted
                ? new LeftOut(
                    schools.get(s),
                    LeftOut.Reason.NO_LEAD_WITH_CAPACITY,
                    Optional.empty(),
                    String.format(
                        Locale.UK,
                        "No lead has capacity for school %s: %d eligible leads each lead at most %d"
                            + " group(s) and every group they lead is full (%s schools)",
                        schools.get(s),
                        leads.size(),
                        capacity,
                        rules.schoolsPerGroup()))
                : new LeftOut(
                    schools.get(s),
                    LeftOut.Reason.TOO_FEW_SCHOOLS_LEFT,
                    Optional.empty(),
                    String.format(
                        Locale.UK,
                        "Too few schools are left nearby to make a legal group with school %s:"
                            + " %d left over, a %s group needs %s",
                        schools.get(s),
                        n - search.placed(),
                        rules.displayName(),
                        rules.schoolsPerGroup())));
      }
    }
    leftOut.sort(Comparator.comparing(LeftOut::urn));
    leadsNotUsed.sort(Comparator.comparing(LeadNotUsed::trn));
    return new Plan(
        canonical,
        policy.edition(),
        planned,
        leftOut,
        leadsNotUsed,
        new PlanQuality(total, worst, bound));
  }

  private static List<MasterySpecialist> canonicalSpecialists(List<MasterySpecialist> given) {
    Map<Trn, MasterySpecialist> byTrn = new TreeMap<>();
    List<MasterySpecialist> sorted = new ArrayList<>(given);
    sorted.sort(
        Comparator.comparing(MasterySpecialist::trn)
            .thenComparing(MasterySpecialist::school)
            .thenComparing(MasterySpecialist::cohort));
    for (MasterySpecialist s : sorted) {
      byTrn.putIfAbsent(s.trn(), s);
    }
    return new ArrayList<>(byTrn.values());
  }

  /** What the rulebook says of each applicant and each lead, on one probe enrolment. */
  private static final class Screening {
    final List<Urn> eligibleSchools = new ArrayList<>();
    final List<MasterySpecialist> eligibleLeads = new ArrayList<>();
    final List<LeftOut> leftOut = new ArrayList<>();
    final List<LeadNotUsed> leadsNotUsed = new ArrayList<>();
  }

  private Screening screen(Applications a, SchoolRegister register, ProgrammePolicy policy) {
    Set<Trn> known = new HashSet<>();
    a.specialists().forEach(s -> known.add(s.trn()));
    Trn outsider = outsider(known);
    Enrolment.Builder probe =
        Enrolment.builder()
            .academicYear(a.year())
            .addAllSpecialists(a.specialists())
            .addAllHistory(a.history());
    a.hub().ifPresent(probe::hub);
    WorkGroupId schoolsProbe = WorkGroupId.of(PROBE_GROUP);
    WorkGroup.Builder all =
        WorkGroup.builder()
            .id(schoolsProbe)
            .phase(a.phase())
            .stream(a.stream())
            .academicYear(a.year())
            .lead(outsider);
    a.applicants().forEach(urn -> all.addParticipations(Participation.of(urn, List.of())));
    probe.addWorkGroups(all.build());
    Map<WorkGroupId, MasterySpecialist> leadProbes = new HashMap<>();
    int i = 0;
    for (MasterySpecialist s : a.specialists()) {
      WorkGroupId id = WorkGroupId.of(PROBE_LEAD_PREFIX + i++);
      leadProbes.put(id, s);
      probe.addWorkGroups(
          WorkGroup.builder()
              .id(id)
              .phase(a.phase())
              .stream(a.stream())
              .academicYear(a.year())
              .lead(s.trn())
              .build());
    }
    Decision decision = rulebook.evaluate(probe.build(), register, policy);
    Map<Urn, Violation> schoolRefusals = new TreeMap<>();
    Map<Trn, Violation> leadRefusals = new TreeMap<>();
    for (Violation v : decision.errors()) {
      Optional<WorkGroupId> group = v.workGroup();
      if (group.isEmpty()) {
        continue;
      }
      if (group.get().equals(schoolsProbe)) {
        Optional<Urn> school = v.school();
        if (school.isPresent() && isAboutTheSchool(v.rule())) {
          schoolRefusals.merge(school.get(), v, WorkGroupPlanner::first);
        }
      } else {
        MasterySpecialist lead = leadProbes.get(group.get());
        if (lead != null && v.school().isEmpty() && v.rule().startsWith("workgroup.lead")) {
          leadRefusals.merge(lead.trn(), v, WorkGroupPlanner::first);
        }
      }
    }
    Screening screening = new Screening();
    for (Urn urn : a.applicants()) {
      Violation refusal = schoolRefusals.get(urn);
      if (refusal == null) {
        screening.eligibleSchools.add(urn);
      } else {
        screening.leftOut.add(
            new LeftOut(
                urn,
                LeftOut.Reason.INELIGIBLE,
                Optional.of(refusal.rule()),
                unprobed(refusal.message(), PROBE_GROUP)));
      }
    }
    int k = 0;
    for (MasterySpecialist s : a.specialists()) {
      Violation refusal = leadRefusals.get(s.trn());
      String probeId = PROBE_LEAD_PREFIX + k++;
      if (refusal == null) {
        screening.eligibleLeads.add(s);
      } else {
        screening.leadsNotUsed.add(
            new LeadNotUsed(
                s.trn(), Optional.of(refusal.rule()), unprobed(refusal.message(), probeId)));
      }
    }
    return screening;
  }

  /** Returns a rule's message with the probe group's id replaced by words for the planned group. */
  private static String unprobed(String message, String probeId) {
    return message.replace(probeId, PLANNED);
  }

  /** The rules about a school itself, not about the group it is put in or its teachers. */
  private static boolean isAboutTheSchool(String rule) {
    return !rule.startsWith("workgroup.") && !rule.startsWith("teacher.");
  }

  private static Violation first(Violation a, Violation b) {
    return a.rule().compareTo(b.rule()) <= 0 ? a : b;
  }

  private static Trn outsider(Set<Trn> known) {
    for (int k = 0; ; k++) {
      Trn candidate = Trn.of(String.format(Locale.UK, "%07d", k));
      if (!known.contains(candidate)) {
        return candidate;
      }
    }
  }

  /**
   * The search: schools 0..n-1, leads with their distances, slots (a lead's capacity, one slot a
   * group), groups 0..g-1 each at one slot.
   */
  private static final class Search {
    private final double[][] distance;
    private final int[] slotLead;
    private final int groups;
    private final int min;
    private final int max;
    private final SplittableRandom random;
    private final int n;
    final int[] groupOf;
    final int[] slotOf;
    final double[] nearest;
    private final int[] size;
    private final boolean[] slotOpen;

    Search(double[][] distance, int[] slotLead, int groups, int min, int max, SplittableRandom random) {
      this.distance = distance;
      this.slotLead = slotLead;
      this.groups = groups;
      this.min = min;
      this.max = max;
      this.random = random;
      this.n = distance.length;
      this.groupOf = new int[n];
      Arrays.fill(groupOf, -1);
      this.slotOf = new int[groups];
      this.size = new int[groups];
      this.slotOpen = new boolean[slotLead.length];
      this.nearest = new double[n];
      for (int s = 0; s < n; s++) {
        double best = Double.POSITIVE_INFINITY;
        for (double d : distance[s]) {
          best = Math.min(best, d);
        }
        nearest[s] = n == 0 || distance[s].length == 0 ? 0 : best;
      }
    }

    int placed() {
      int p = 0;
      for (int g : groupOf) {
        p += g >= 0 ? 1 : 0;
      }
      return p;
    }

    private double d(int school, int group) {
      return distance[school][slotLead[slotOf[group]]];
    }

    void run() {
      if (groups == 0) {
        return;
      }
      openMeetingPlaces();
      assignNearestFirst();
      improve();
    }

    /** Opens the slots greedily: each time the one that shortens the nearest-place travel most. */
    private void openMeetingPlaces() {
      double[] best = new double[n];
      Arrays.fill(best, Double.POSITIVE_INFINITY);
      for (int j = 0; j < groups; j++) {
        int chosen = -1;
        double chosenGain = -1;
        for (int k = 0; k < slotLead.length; k++) {
          if (slotOpen[k]) {
            continue;
          }
          double gain = 0;
          int lead = slotLead[k];
          for (int s = 0; s < n; s++) {
            double d = distance[s][lead];
            if (d < best[s]) {
              gain += best[s] == Double.POSITIVE_INFINITY ? 1e12 - d : best[s] - d;
            }
          }
          if (gain > chosenGain) {
            chosen = k;
            chosenGain = gain;
          }
        }
        slotOpen[chosen] = true;
        slotOf[j] = chosen;
        int lead = slotLead[chosen];
        for (int s = 0; s < n; s++) {
          best[s] = Math.min(best[s], distance[s][lead]);
        }
      }
    }

    /** Gives each group its smallest size, nearest school first in turns, then fills by distance. */
    private void assignNearestFirst() {
      for (int round = 0; round < min; round++) {
        for (int j = 0; j < groups; j++) {
          int pick = -1;
          for (int s = 0; s < n; s++) {
            if (groupOf[s] < 0 && (pick < 0 || d(s, j) < d(pick, j))) {
              pick = s;
            }
          }
          groupOf[pick] = j;
          size[j]++;
        }
      }
      int room = (int) Math.min((long) groups * max, n) - groups * min;
      if (room <= 0) {
        return;
      }
      List<long[]> pairs = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        if (groupOf[s] < 0) {
          for (int j = 0; j < groups; j++) {
            pairs.add(new long[] {Double.doubleToLongBits(d(s, j)), s, j});
          }
        }
      }
      pairs.sort(
          Comparator.<long[]>comparingDouble(p -> Double.longBitsToDouble(p[0]))
              .thenComparingLong(p -> p[1])
              .thenComparingLong(p -> p[2]));
      for (long[] p : pairs) {
        if (room == 0) {
          break;
        }
        int s = (int) p[1];
        int j = (int) p[2];
        if (groupOf[s] < 0 && size[j] < max) {
          groupOf[s] = j;
          size[j]++;
          room--;
        }
      }
    }

    private int[] shuffled(int count) {
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      for (int i = count - 1; i > 0; i--) {
        int k = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[k];
        order[k] = t;
      }
      return order;
    }

    private void improve() {
      boolean changed = true;
      while (changed) {
        changed = moves();
        changed |= swaps();
        changed |= swapsWithLeftOut();
        changed |= resites();
      }
    }

    /** A school moved to the group it is nearest, where the sizes allow. */
    private boolean moves() {
      boolean changed = false;
      for (int s : shuffled(n)) {
        int from = groupOf[s];
        if (from < 0 || size[from] <= min) {
          continue;
        }
        int to = -1;
        double bestGain = IMPROVEMENT_TOLERANCE_METRES;
        for (int j = 0; j < groups; j++) {
          if (j != from && size[j] < max) {
            double gain = d(s, from) - d(s, j);
            if (gain > bestGain) {
              bestGain = gain;
              to = j;
            }
          }
        }
        if (to >= 0) {
          groupOf[s] = to;
          size[from]--;
          size[to]++;
          changed = true;
        }
      }
      return changed;
    }

    /** Two schools of two groups swapped. */
    private boolean swaps() {
      boolean changed = false;
      int[] order = shuffled(n);
      for (int x = 0; x < n; x++) {
        int s = order[x];
        for (int y = x + 1; y < n; y++) {
          int t = order[y];
          int gs = groupOf[s];
          int gt = groupOf[t];
          if (gs < 0 || gt < 0 || gs == gt) {
            continue;
          }
          double gain = d(s, gs) + d(t, gt) - d(s, gt) - d(t, gs);
          if (gain > IMPROVEMENT_TOLERANCE_METRES) {
            groupOf[s] = gt;
            groupOf[t] = gs;
            changed = true;
          }
        }
      }
      return changed;
    }

    /** A school left out takes the place of a placed school farther from that group. */
    private boolean swapsWithLeftOut() {
      boolean changed = false;
      for (int u : shuffled(n)) {
        if (groupOf[u] >= 0) {
          continue;
        }
        int out = -1;
        double bestGain = IMPROVEMENT_TOLERANCE_METRES;
        for (int s = 0; s < n; s++) {
          int g = groupOf[s];
          if (g >= 0) {
            double gain = d(s, g) - d(u, g);
            if (gain > bestGain) {
              bestGain = gain;
              out = s;
            }
          }
        }
        if (out >= 0) {
          groupOf[u] = groupOf[out];
          groupOf[out] = -1;
          changed = true;
        }
      }
      return changed;
    }

    /** A group moved to a slot not yet open, when its schools then travel less. */
    private boolean resites() {
      boolean changed = false;
      for (int j : shuffled(groups)) {
        double current = 0;
        for (int s = 0; s < n; s++) {
          if (groupOf[s] == j) {
            current += d(s, j);
          }
        }
        int bestSlot = -1;
        double bestCost = current - IMPROVEMENT_TOLERANCE_METRES;
        for (int k = 0; k < slotLead.length; k++) {
          if (slotOpen[k]) {
            continue;
          }
          int lead = slotLead[k];
          double cost = 0;
          for (int s = 0; s < n && cost < bestCost; s++) {
            if (groupOf[s] == j) {
              cost += distance[s][lead];
            }
          }
          if (cost < bestCost) {
            bestCost = cost;
            bestSlot = k;
          }
        }
        if (bestSlot >= 0) {
          slotOpen[slotOf[j]] = false;
          slotOpen[bestSlot] = true;
          slotOf[j] = bestSlot;
          changed = true;
        }
      }
      return changed;
    }
  }
}
