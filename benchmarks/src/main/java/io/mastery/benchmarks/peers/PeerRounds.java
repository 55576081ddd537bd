package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.NationalYear;
import io.mastery.rules.engine.Rulebook;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The peers of {@link PeerBenchmark} timed side by side in rounds, for a machine shared with other
 * work: after a warm-up, each round runs every peer once, in turn, and records the thread's CPU
 * time and the wall time of each; the medians are printed with their ratio to the hand-written
 * loop's. CPU time leaves out the time other processes take the core, which wall time on a loaded
 * machine does not. Checks, as the JMH benchmark does, that every peer finds the rulebook's
 * violations first.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.mastery.benchmarks.peers.PeerRounds
 * [GROUPS] [WARM-UP] [ROUNDS]}, by default 2,000 groups with errors, 30 warm-up and 30 measured
 * rounds.
 */
public final class PeerRounds {

  private PeerRounds() {}

  /**
   * Runs the rounds and prints the medians.
   *
   * @param args the number of groups, of warm-up rounds and of measured rounds, each optional
   */
  public static void main(String[] args) {
    int groups = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    NationalYear year = NationalYear.withErrors(groups, 20_241_101L);
    Rulebook engine = Subset.rulebook(Subset.CODES);
    Rulebook enginePerObject = Subset.rulebook(Subset.PER_OBJECT);
    HandWrittenSubset handWritten = new HandWrittenSubset();
    YaviSubset yavi = new YaviSubset();
    DroolsSubset drools = new DroolsSubset();
    EasyRulesSubset easyRules = new EasyRulesSubset();
    HibernateValidatorSubset hibernate = new HibernateValidatorSubset();
    Map<String, Supplier<Object>> peers = new LinkedHashMap<>();
    peers.put("handWritten", () -> handWritten.check(year.enrolment(), year.register(), year.policy(), false));
    peers.put("engine", () -> engine.evaluate(year.enrolment(), year.register(), year.policy()));
    peers.put("yavi", () -> yavi.check(year.enrolment(), year.register(), year.policy()));
    peers.put("drools", () -> drools.check(year.enrolment(), year.register(), year.policy()));
    peers.put("easyRules", () -> easyRules.check(year.enrolment(), year.register(), year.policy()));
    peers.put(
        "handWrittenPerObject",
        () -> handWritten.check(year.enrolment(), year.register(), year.policy(), true));
    peers.put(
        "enginePerObject", () -> enginePerObject.evaluate(year.enrolment(), year.register(), year.policy()));
    peers.put("hibernateValidator", () -> hibernate.check(year.enrolment(), year.register(), year.policy()));

    List<Finding> six = Subset.findings(engine.evaluate(year.enrolment(), year.register(), year.policy()), Subset.CODES);
    List<Finding> four =
        Subset.findings(
            enginePerObject.evaluate(year.enrolment(), year.register(), year.policy()), Subset.PER_OBJECT);
    Subset.assertSame("the hand-written loop", six, handWritten.check(year.enrolment(), year.register(), year.policy(), false));
    Subset.assertSame("YAVI", six, yavi.check(year.enrolment(), year.register(), year.policy()));
    Subset.assertSame("Drools", six, drools.check(year.enrolment(), year.register(), year.policy()));
    Subset.assertSame("Easy Rules", six, easyRules.check(year.enrolment(), year.register(), year.policy()));
    Subset.assertSame(
        "the hand-written loop of four checks",
        four,
        handWritten.check(year.enrolment(), year.register(), year.policy(), true));
    Subset.assertSame("Hibernate Validator", four, hibernate.check(year.enrolment(), year.register(), year.policy()));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    Map<String, long[]> wall = new LinkedHashMap<>();
    peers.keySet().forEach(k -> {
      cpu.put(k, new long[rounds]);
      wall.put(k, new long[rounds]);
    });
    List<Object> sink = new ArrayList<>();
    for (int r = -warmUp; r < rounds; r++) {
      for (Map.Entry<String, Supplier<Object>> peer : peers.entrySet()) {
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        Object result = peer.getValue().get();
        long w1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        if (r >= 0) {
          times(cpu, peer.getKey())[r] = c1 - c0;
          times(wall, peer.getKey())[r] = w1 - w0;
        }
        if (sink.size() < 1) {
          sink.add(result);
        }
      }
    }
    double baseCpu = median(times(cpu, "handWritten"));
    double baseWall = median(times(wall, "handWritten"));
    double baseCpu4 = median(times(cpu, "handWrittenPerObject"));
    double baseWall4 = median(times(wall, "handWrittenPerObject"));
    System.out.printf(
        Locale.ROOT, "%d groups with errors, %d violations of the six checks; %d warm-up, %d measured rounds%n",
        groups, six.size(), warmUp, rounds);
    System.out.printf(
        Locale.ROOT, "%-22s %12s %8s %12s %8s%n", "peer", "cpu ms", "ratio", "wall ms", "ratio");
    for (String k : peers.keySet()) {
      boolean four4 = k.endsWith("PerObject") || k.equals("hibernateValidator");
      double c = median(times(cpu, k));
      double w = median(times(wall, k));
      System.out.printf(
          Locale.ROOT,
          "%-22s %12.2f %8.2f %12.2f %8.2f%n",
          k, c / 1e6, c / (four4 ? baseCpu4 : baseCpu), w / 1e6, w / (four4 ? baseWall4 : baseWall));
    }
  }

  private static long[] times(Map<String, long[]> times, String peer) {
    return java.util.Objects.requireNonNull(times.get(peer), peer);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
