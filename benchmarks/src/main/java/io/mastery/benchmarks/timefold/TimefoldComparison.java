package io.mastery.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import io.mastery.benchmarks.PlanningGeography;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the planner with Timefold Solver on the benchmark's hub of 400 schools: the total travel
 * of each plan, and the planner's time against the solver's. Run with {@code java -cp
 * benchmarks/target/benchmarks.jar io.mastery.benchmarks.timefold.TimefoldComparison [seconds]}.
 */
public final class TimefoldComparison {

  private static final long SEED = 20_190_901L;

  private TimefoldComparison() {}

  /**
   * Runs the comparison and prints the figures.
   *
   * @param args the seconds Timefold is given (30 if none)
   */
  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    PlanningGeography geography = PlanningGeography.generate(1, 400, SEED);
    Applications hub = geography.hubs().get(0);
    WorkGroupPlanner planner = WorkGroupPlanner.standard();
    Plan plan = planner.plan(hub, geography.register());
    for (int i = 0; i < 5; i++) {
      plan = planner.plan(hub, geography.register());
    }
    long[] times = new long[11];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      plan = planner.plan(hub, geography.register());
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    double plannerMs = times[times.length / 2] / 1e6;

    List<Meeting> meetings = new ArrayList<>();
    for (MasterySpecialist lead : hub.specialists()) {
      GridReference at = location(geography, lead.school());
      meetings.add(new Meeting(meetings.size(), at.easting(), at.northing()));
    }
    List<Visit> visits = new ArrayList<>();
    for (Urn urn : hub.applicants()) {
      GridReference at = location(geography, urn);
      visits.add(new Visit(visits.size(), at.easting(), at.northing()));
    }
    SolverFactory<GroupingSolution> factory =
        SolverFactory.create(
            new SolverConfig()
                .withSolutionClass(GroupingSolution.class)
                .withEntityClasses(Visit.class)
                .withConstraintProviderClass(GroupingConstraints.class)
                .withRandomSeed(SEED)
                .withTerminationSpentLimit(Duration.ofSeconds(seconds)));
    Solver<GroupingSolution> solver = factory.buildSolver();
    long start = System.nanoTime();
    GroupingSolution best = solver.solve(new GroupingSolution(meetings, visits));
    double solverMs = (System.nanoTime() - start) / 1e6;
    HardSoftLongScore score = best.getScore();
    double solverTravel = best.getVisits().stream().mapToDouble(Visit::exactDistanceMetres).sum();
    double plannerTravel = plan.quality().totalTravelMetres();
    System.out.printf(
        Locale.UK,
        "planner: %d schools placed in %d groups, total travel %.0f m, lower bound %.0f m (gap %.2f%%),"
            + " median %.1f ms%n",
        plan.placed(),
        plan.groups().size(),
        plannerTravel,
        plan.quality().lowerBoundMetres(),
        100 * plan.quality().gap(),
        plannerMs);
    System.out.printf(
        Locale.UK,
        "timefold 1.32.0, %d s: score %s, total travel %.0f m, %.0f ms%n",
        seconds,
        score,
        solverTravel,
        solverMs);
    System.out.printf(
        Locale.UK,
        "travel planner / timefold = %.4f; time timefold / planner = %.0f%n",
        plannerTravel / solverTravel,
        solverMs / plannerMs);
  }

  private static GridReference location(PlanningGeography geography, Urn urn) {
    return geography.register().find(urn).flatMap(School::location).orElseThrow();
  }
}
