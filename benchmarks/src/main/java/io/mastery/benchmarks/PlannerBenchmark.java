package io.mastery.benchmarks;

import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times the Work Group planner: one hub of 400 applying schools, and every primary school in
 * England (about 17,000) across 40 hubs, each hub planned on its own, in a generated clustered
 * geography ({@link PlanningGeography}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {

  private static final long SEED = 20_190_901L;

  /** The case: {@code hub400} (one hub, 400 schools) or {@code nation} (40 hubs, 17,000). */
  @Param({"hub400", "nation"})
  public String scale = "hub400";

  private PlanningGeography geography = PlanningGeography.generate(1, 10, SEED);
  private final WorkGroupPlanner planner = WorkGroupPlanner.standard();

  /** Creates the benchmark; JMH sets the parameter and calls {@link #generate()}. */
  public PlannerBenchmark() {}

  /** Generates the geography from the fixed seed. */
  @Setup(Level.Trial)
  public void generate() {
    geography =
        scale.equals("nation")
            ? PlanningGeography.generate(40, 17_000, SEED)
            : PlanningGeography.generate(1, 400, SEED);
  }

  /**
   * Plans every hub of the geography.
   *
   * @return the plans, so that the work is not optimised away
   */
  @Benchmark
  public List<Plan> plan() {
    List<Plan> plans = new ArrayList<>();
    for (Applications hub : geography.hubs()) {
      plans.add(planner.plan(hub, geography.register()));
    }
    return plans;
  }
}
