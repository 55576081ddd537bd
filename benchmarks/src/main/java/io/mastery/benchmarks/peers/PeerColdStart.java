package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.NationalYear;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Times a fresh JVM's first decision on the six checks of {@link Subset}: building the engine
 * (loading its classes, compiling Drools' rules, building the validators) and judging a nation's
 * year once. Run single-shot, one measurement per fork, several forks: {@code -bm ss -wi 0 -i 1
 * -f 5}. The year is generated in the set-up, outside the timing, so the model's own classes are
 * loaded for every peer alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerColdStart {

  private NationalYear year = NationalYear.valid(1, 1);

  /** Creates the benchmark; JMH calls {@link #generate()}. */
  public PeerColdStart() {}

  /** Generates the nation's year with errors: 2,000 Work Groups. */
  @Setup(Level.Trial)
  public void generate() {
    year = NationalYear.withErrors(2000, 20_241_101L);
  }

  /**
   * Builds the rulebook of the six checks and judges the year.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> engine() {
    return Finding.of(
        Subset.rulebook(Subset.CODES).evaluate(year.enrolment(), year.register(), year.policy()));
  }

  /**
   * Judges the year with the hand-written loop.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> handWritten() {
    return new HandWrittenSubset().check(year.enrolment(), year.register(), year.policy(), false);
  }

  /**
   * Builds YAVI's validators and checks the year.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> yavi() {
    return new YaviSubset().check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * Compiles Drools' rules and checks the year.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> drools() {
    return new DroolsSubset().check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * Builds Easy Rules' rules and checks the year.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> easyRules() {
    return new EasyRulesSubset().check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * Builds Hibernate Validator and checks the year's four per-object rules.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> hibernateValidator() {
    return new HibernateValidatorSubset().check(year.enrolment(), year.register(), year.policy());
  }
}
