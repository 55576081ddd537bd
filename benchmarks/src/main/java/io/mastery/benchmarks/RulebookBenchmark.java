package io.mastery.benchmarks;

import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
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
 * Times the standard rulebook judging a whole year: 2,000 Work Groups (a nation's year) beside 200
 * (the baseline), valid and with one group in twenty-five breaking a rule. Linear cost shows as a
 * ratio near 10 between the two sizes; quadratic cost would show near 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulebookBenchmark {

  private static final long SEED = 20_241_101L;

  /** The number of Work Groups in the year. */
  @Param({"200", "2000"})
  public int groups;

  /** Whether the year keeps every rule ({@code valid}) or breaks some ({@code errors}). */
  @Param({"valid", "errors"})
  public String data = "valid";

  private NationalYear year = NationalYear.valid(1, SEED);
  private final Rulebook rulebook = Rulebook.standard();

  /** Creates the benchmark; JMH sets the parameters and calls {@link #generate()}. */
  public RulebookBenchmark() {}

  /**
   * Generates the year from the fixed seed and checks it judges as intended.
   *
   * @throws IllegalStateException if a valid year has violations or a year with errors has none
   */
  @Setup(Level.Trial)
  public void generate() {
    year =
        data.equals("errors")
            ? NationalYear.withErrors(groups, SEED)
            : NationalYear.valid(groups, SEED);
    Decision decision = evaluate();
    boolean wantValid = data.equals("valid");
    if (decision.isValid() != wantValid) {
      throw new IllegalStateException(
          "the generated year of " + groups + " groups (" + data + ") judges "
              + (decision.isValid()
                  ? "valid"
                  : "invalid: "
                      + decision.errors().subList(0, Math.min(5, decision.errors().size()))));
    }
  }

  /**
   * Judges the year with the edition in force.
   *
   * @return the decision, not null
   */
  @Benchmark
  public Decision evaluate() {
    return rulebook.evaluate(year.enrolment(), year.register(), year.policy());
  }
}
