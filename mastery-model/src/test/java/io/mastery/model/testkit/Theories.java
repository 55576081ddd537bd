package io.mastery.model.testkit;

import org.quicktheories.QuickTheory;

/**
 * Starts every property of the specification, so that the number of examples, the seed and the
 * limits are set in one place.
 *
 * <p>A property tries {@value #DEFAULT_EXAMPLES} generated examples unless it asks for another
 * number. A failing property reports the smallest counter-example it shrank to and the seed it ran
 * with ({@code Seed was ...}); running the build again with {@code -DQT_SEED=that-seed} replays the
 * same examples. Mutation testing sets {@code -Dmastery.examples.cap=N} so that each mutant reruns
 * the properties with at most {@code N} examples: a normal build never caps them.
 */
public final class Theories {

  /** The examples a property tries when it does not ask for a number. */
  public static final int DEFAULT_EXAMPLES = 1000;

  /** The system property that caps the examples of every property (mutation testing only). */
  public static final String CAP = "mastery.examples.cap";

  /**
   * How many values a generator with an assumption may draw for one example before the property
   * gives up. QuickTheories first replays the boundary values of a sample (all minima, all maxima)
   * before it draws at random; a filter that rejects a boundary value is then offered the same value
   * again for as long as the replayed sample lasts, which for a hub's year is hundreds of draws. The
   * limit is well above that, so a property never gives up on a filter that random draws satisfy.
   */
  static final int GENERATE_ATTEMPTS = 20_000;

  private Theories() {}

  /** Returns a theory that tries {@value #DEFAULT_EXAMPLES} examples. */
  public static QuickTheory qt() {
    return qt(DEFAULT_EXAMPLES);
  }

  /** Returns a theory that tries {@code examples} examples, or fewer under mutation testing. */
  public static QuickTheory qt(int examples) {
    int cap = Integer.getInteger(CAP, Integer.MAX_VALUE);
    return QuickTheory.qt()
        .withExamples(Math.max(1, Math.min(examples, cap)))
        .withGenerateAttempts(GENERATE_ATTEMPTS);
  }
}
