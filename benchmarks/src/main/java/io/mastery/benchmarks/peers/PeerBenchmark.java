package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.NationalYear;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Decision;
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
 * Times the six checks of {@link Subset} on a nation's year in the rulebook, a hand-written loop,
 * YAVI, Drools, Easy Rules and (the four per-object checks) Hibernate Validator, in one run. The
 * trial's set-up builds every engine once (Drools compiles its rules there) and fails unless each
 * finds exactly the rulebook's violations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerBenchmark {

  private static final long SEED = 20_241_101L;

  /** The number of Work Groups in the year. */
  @Param({"2000"})
  public int groups;

  /** Whether the year keeps every rule ({@code valid}) or breaks some ({@code errors}). */
  @Param({"errors"})
  public String data = "errors";

  private NationalYear year = NationalYear.valid(1, SEED);
  private final Rulebook engine = Subset.rulebook(Subset.CODES);
  private final Rulebook enginePerObject = Subset.rulebook(Subset.PER_OBJECT);
  private final HandWrittenSubset handWritten = new HandWrittenSubset();
  private final YaviSubset yavi = new YaviSubset();
  private final DroolsSubset drools = new DroolsSubset();
  private final EasyRulesSubset easyRules = new EasyRulesSubset();
  private final HibernateValidatorSubset hibernateValidator = new HibernateValidatorSubset();

  /** Creates the benchmark; JMH sets the parameters and calls {@link #generate()}. */
  public PeerBenchmark() {}

  /**
   * Generates the year and checks that every peer finds what the rulebook finds.
   *
   * @throws IllegalStateException if a peer finds other violations, or a year with errors has none
   */
  @Setup(Level.Trial)
  public void generate() {
    year =
        data.equals("errors") ? NationalYear.withErrors(groups, SEED) : NationalYear.valid(groups, SEED);
    List<Finding> six = Subset.findings(engine(), Subset.CODES);
    List<Finding> four = Subset.findings(enginePerObject(), Subset.PER_OBJECT);
    if (data.equals("errors") != !six.isEmpty()) {
      throw new IllegalStateException("the year (" + data + ") has " + six.size() + " violations");
    }
    Subset.assertSame("the rulebook of four checks", Subset.findings(engine(), Subset.PER_OBJECT), four);
    Subset.assertSame("the hand-written loop", six, handWritten());
    Subset.assertSame("the hand-written loop of four checks", four, handWrittenPerObject());
    Subset.assertSame("YAVI", six, yavi());
    Subset.assertSame("Drools", six, drools());
    Subset.assertSame("Easy Rules", six, easyRules());
    Subset.assertSame("Hibernate Validator", four, hibernateValidator());
    System.out.printf(
        "%n%d groups (%s): %d violations of the six checks, %d of the four per-object checks%n",
        groups, data, six.size(), four.size());
  }

  /**
   * The six checks in the rulebook.
   *
   * @return the decision, not null
   */
  @Benchmark
  public Decision engine() {
    return engine.evaluate(year.enrolment(), year.register(), year.policy());
  }

  /**
   * The four per-object checks in the rulebook, beside Hibernate Validator.
   *
   * @return the decision, not null
   */
  @Benchmark
  public Decision enginePerObject() {
    return enginePerObject.evaluate(year.enrolment(), year.register(), year.policy());
  }

  /**
   * The six checks as a hand-written loop: the floor.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> handWritten() {
    return handWritten.check(year.enrolment(), year.register(), year.policy(), false);
  }

  /**
   * The four per-object checks as a hand-written loop.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> handWrittenPerObject() {
    return handWritten.check(year.enrolment(), year.register(), year.policy(), true);
  }

  /**
   * The six checks in YAVI.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> yavi() {
    return yavi.check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * The six checks in Drools, a new session each time.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> drools() {
    return drools.check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * The six checks in Easy Rules.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> easyRules() {
    return easyRules.check(year.enrolment(), year.register(), year.policy());
  }

  /**
   * The four per-object checks in Hibernate Validator.
   *
   * @return the findings, not null
   */
  @Benchmark
  public List<Finding> hibernateValidator() {
    return hibernateValidator.check(year.enrolment(), year.register(), year.policy());
  }
}
