package io.mastery.benchmarks;

import io.mastery.rules.result.Decision;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.engine.Change;
import io.mastery.rules.engine.ChangeOutcome;
import io.mastery.rules.engine.JudgedYear;
import io.mastery.rules.engine.Rulebook;
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
  @Param({"200", "2000", "20000"})
  public int groups;

  /** Whether the year keeps every rule ({@code valid}) or breaks some ({@code errors}). */
  @Param({"valid", "errors"})
  public String data = "valid";

  private NationalYear year = NationalYear.valid(1, SEED);
  private final Rulebook rulebook = Rulebook.standard();
  private final SinglePassChecker checker = new SinglePassChecker();
  private @org.jspecify.annotations.Nullable JudgedYear judged;
  private @org.jspecify.annotations.Nullable Change change;

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
    Decision floor = checker();
    if (!floor.equals(decision)) {
      throw new IllegalStateException(
          "the single-pass checker and the rulebook disagree on " + groups + " groups (" + data
              + "): " + floor.violations().size() + " against " + decision.violations().size()
              + " violations, " + floor.funding().size() + " against " + decision.funding().size()
              + " funding lines");
    }
    judged = rulebook.judge(year.enrolment(), year.register(), year.policy());
    WorkGroup middle = year.enrolment().workGroups().get(groups / 2);
    change =
        Change.addSchool(
            middle.id(), year.enrolment().workGroups().get(0).schools().get(0), List.of(Trn.of("9999999")));
    if (!judged.decision().equals(decision)) {
      throw new IllegalStateException("a judged year's decision is not the rulebook's");
    }
  }

  /**
   * Judges the year with the hand-written single-pass checker, the floor the rulebook is measured
   * against.
   *
   * @return the decision, equal to the rulebook's, not null
   */
  @Benchmark
  public Decision checker() {
    return checker.evaluate(year.enrolment(), year.register(), year.policy());
  }

  /**
   * Checks one change to the judged year: a school of the first group also joins a group in the
   * middle of the year, with a new teacher.
   *
   * @return what the change would add and remove, not null
   */
  @Benchmark
  public ChangeOutcome oneChange() {
    return java.util.Objects.requireNonNull(judged).check(java.util.Objects.requireNonNull(change));
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
