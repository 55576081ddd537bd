package io.mastery.rules.planning;

import io.mastery.model.teacher.Trn;
import java.util.Objects;
import java.util.Optional;

/**
 * A specialist offered as a lead who cannot lead a group of the plan, and why.
 *
 * @param trn the specialist
 * @param rule the rule code that refuses the specialist as a lead, when a rule does
 * @param message the reason in words
 */
public record LeadNotUsed(Trn trn, Optional<String> rule, String message) {

  /** Checks the parts. */
  public LeadNotUsed {
    Objects.requireNonNull(trn, "trn");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
