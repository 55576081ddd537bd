package io.mastery.rules.journey;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import org.immutables.value.Value;

/**
 * Why a school may not enter a phase: the journey rule it would break and a message naming the
 * values involved.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class PhaseRefusal implements Comparable<PhaseRefusal> {

  PhaseRefusal() {}

  /**
   * Obtains a refusal.
   *
   * @param rule the rule that forbids the phase, not null
   * @param message the message, naming the values involved, not blank
   * @return the refusal, not null
   * @throws IllegalArgumentException if the message is blank
   */
  public static PhaseRefusal of(JourneyRule rule, String message) {
    return ImmutablePhaseRefusal.of(rule, message);
  }

  /**
   * Returns the rule that forbids the phase.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract JourneyRule rule();

  /**
   * Returns the message, which names the values involved.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the rule's stable code, such as {@code journey.prerequisite-missing}.
   *
   * @return the code, not null
   */
  public String code() {
    return rule().code();
  }

  /**
   * Orders refusals by rule, then message.
   *
   * @param other the other refusal, not null
   * @return the comparison
   */
  @Override
  public int compareTo(PhaseRefusal other) {
    int c = rule().compareTo(other.rule());
    return c != 0 ? c : message().compareTo(other.message());
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "refusal message must not be blank");
  }

  @Override
  public String toString() {
    return code() + ": " + message();
  }
}
