package io.mastery.rules.rollup;

import com.google.common.collect.ImmutableList;
import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.delivery.Completion;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.rules.delivery.Attendance;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.progression.SpecialistProgression;
import io.mastery.rules.progression.Stage;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * A hub's year in numbers: its Mastery Specialists by cohort and by stage, and its schools and Work
 * Groups by phase.
 *
 * <p>Specialists are counted by TRN: a TRN listed more than once counts once, in its lowest cohort.
 * Schools are counted per phase by URN: a school listed twice in a phase counts once; a school in
 * groups of two phases counts in each.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class HubYearRollup {

  private static final Comparator<MasterySpecialist> SPECIALIST_ORDER =
      Comparator.comparing(MasterySpecialist::cohort).thenComparing(MasterySpecialist::school);

  HubYearRollup() {}

  /**
   * Rolls up an enrolment under the standard edition in force for its year.
   *
   * @param enrolment the enrolment, not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if no standard edition is in force for the year
   */
  public static HubYearRollup of(Enrolment enrolment) {
    return of(enrolment, ProgrammePolicy.forYear(enrolment.academicYear()));
  }

  /**
   * Rolls up an enrolment under a policy edition.
   *
   * @param enrolment the enrolment, not null
   * @param policy the edition giving each cohort's stage, not null
   * @return the roll-up, not null
   */
  public static HubYearRollup of(Enrolment enrolment, ProgrammePolicy policy) {
    AcademicYear year = enrolment.academicYear();
    SpecialistProgression progression = SpecialistProgression.of(policy);

    Map<Trn, MasterySpecialist> byTrn = new HashMap<>();
    for (MasterySpecialist specialist : enrolment.specialists()) {
      byTrn.merge(
          specialist.trn(),
          specialist,
          (a, b) -> SPECIALIST_ORDER.compare(a, b) <= 0 ? a : b);
    }
    Map<Cohort, Integer> byCohort = new TreeMap<>();
    Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      byStage.put(stage, 0);
    }
    int unknown = 0;
    for (MasterySpecialist specialist : byTrn.values()) {
      byCohort.merge(specialist.cohort(), 1, Integer::sum);
      Optional<Stage> stage = progression.stage(specialist, year);
      if (stage.isPresent()) {
        byStage.merge(stage.get(), 1, Integer::sum);
      } else {
        unknown++;
      }
    }
    ImmutableList.Builder<CohortLine> cohorts = ImmutableList.builder();
    byCohort.forEach(
        (cohort, count) -> cohorts.add(CohortLine.of(cohort, progression.stage(cohort, year), count)));

    Map<Phase, Set<Urn>> schools = new EnumMap<>(Phase.class);
    Map<Phase, Integer> groups = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      schools.put(phase, new HashSet<>());
      groups.put(phase, 0);
    }
    for (WorkGroup group : enrolment.workGroups()) {
      schools.computeIfAbsent(group.phase(), phase -> new HashSet<>()).addAll(group.schools());
      groups.merge(group.phase(), 1, Integer::sum);
    }
    Map<Phase, Integer> schoolCounts = new EnumMap<>(Phase.class);
    schools.forEach((phase, urns) -> schoolCounts.put(phase, urns.size()));
    Map<Phase, Integer> completedCounts = new EnumMap<>(Phase.class);
    if (enrolment.delivery().isPresent()) {
      Map<Phase, Set<Urn>> completed = new EnumMap<>(Phase.class);
      for (WorkGroup group : enrolment.workGroups()) {
        Attendance.completionsOf(group, policy, enrolment.delivery().get())
            .forEach(
                (urn, completion) -> {
                  if (completion == Completion.COMPLETED) {
                    completed.computeIfAbsent(group.phase(), p -> new HashSet<>()).add(urn);
                  }
                });
      }
      for (Phase phase : Phase.values()) {
        completedCounts.put(phase, completed.getOrDefault(phase, Set.of()).size());
      }
    }

    return ImmutableHubYearRollup.builder()
        .academicYear(year)
        .edition(policy.edition())
        .cohorts(cohorts.build())
        .specialistsByStage(byStage)
        .specialistsOfUnknownStage(unknown)
        .schoolsByPhase(schoolCounts)
        .workGroupsByPhase(groups)
        .completedSchoolsByPhase(completedCounts)
        .build();
  }

  /**
   * Returns the number of different schools that completed each phase, as the enrolment's delivery
   * log says (official counts leave out schools that signed up but did not complete).
   *
   * @return the counts by phase, every phase present, immutable; empty without a delivery log
   */
  public abstract Map<Phase, Integer> completedSchoolsByPhase();

  /**
   * Returns the academic year rolled up.
   *
   * @return the year, not null
   */
  public abstract AcademicYear academicYear();

  /**
   * Returns the name of the policy edition that gave each cohort's stage.
   *
   * @return the edition's name, not null
   */
  public abstract String edition();

  /**
   * Returns the hub's specialists by cohort, in cohort order.
   *
   * @return the lines, immutable, not null
   */
  public abstract List<CohortLine> cohorts();

  /**
   * Returns how many of the hub's specialists are at each stage, every stage listed, in stage
   * order.
   *
   * @return the counts, immutable, not null
   */
  public abstract Map<Stage, Integer> specialistsByStage();

  /**
   * Returns how many of the hub's specialists have no known stage, because the edition has no
   * programme for their stream.
   *
   * @return the count, 0 or more
   */
  public abstract int specialistsOfUnknownStage();

  /**
   * Returns how many schools the year's Work Groups hold in each phase, every phase listed, in
   * journey order.
   *
   * @return the counts, immutable, not null
   */
  public abstract Map<Phase, Integer> schoolsByPhase();

  /**
   * Returns how many Work Groups the year has in each phase, every phase listed, in journey order.
   *
   * @return the counts, immutable, not null
   */
  public abstract Map<Phase, Integer> workGroupsByPhase();

  /**
   * Returns how many specialists the hub has, counted by TRN.
   *
   * @return the count, 0 or more
   */
  public int specialists() {
    return cohorts().stream().mapToInt(CohortLine::specialists).sum();
  }

  /**
   * Returns how many specialists are at a stage.
   *
   * @param stage the stage, not null
   * @return the count, 0 or more
   */
  public int specialistsAt(Stage stage) {
    return specialistsByStage().getOrDefault(stage, 0);
  }
}
