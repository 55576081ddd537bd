package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What an edition asks of a school's delivery in one stream and phase: the number of the group's
 * meetings its teachers must attend to complete the phase, and what the release grant depends on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class DeliveryTerms {

  DeliveryTerms() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains the terms an edition without a delivery row gives a phase: every meeting attended, and
   * the grant paid on enrolment.
   *
   * @param rules the phase's rules, not null
   * @return the terms, not null
   */
  public static DeliveryTerms defaultsFor(PhaseRules rules) {
    return builder()
        .meetingsForCompletion(rules.meetingsPerYear())
        .grantCondition(GrantCondition.ENROLMENT)
        .source("every meeting of the year; the grant paid on enrolment")
        .assumption(true)
        .build();
  }

  /**
   * Returns the number of meetings a school's teachers must attend to complete the phase: a
   * meeting counts when at least one of the school's teachers attended it.
   *
   * @return the number, zero or more
   */
  public abstract int meetingsForCompletion();

  /**
   * Returns what the release grant depends on.
   *
   * @return the condition, not null
   */
  public abstract GrantCondition grantCondition();

  /**
   * Returns the charge taken off the release grant for each meeting a school missed, under {@link
   * GrantCondition#ATTENDANCE}.
   *
   * @return the charge in GBP, or empty if none
   */
  public abstract Optional<Money> chargePerMissedMeeting();

  /**
   * Returns where the figures come from.
   *
   * @return the source, one line, not null
   */
  @Value.Default
  public String source() {
    return "";
  }

  /**
   * Returns whether the figures are, in part, the hub's or the library's assumption rather than a
   * published figure.
   *
   * @return true if assumed
   */
  @Value.Default
  public boolean assumption() {
    return false;
  }

  @Value.Check
  void check() {
    checkArgument(
        meetingsForCompletion() >= 0,
        "meetings for completion must not be negative: %s",
        meetingsForCompletion());
    chargePerMissedMeeting()
        .ifPresent(
            charge -> {
              checkArgument(
                  charge.getCurrencyUnit().equals(CurrencyUnit.GBP),
                  "the charge per missed meeting must be in GBP: %s",
                  charge);
              checkArgument(
                  !charge.isNegative(), "the charge per missed meeting must not be negative: %s",
                  charge);
            });
    checkArgument(
        grantCondition() != GrantCondition.ATTENDANCE || chargePerMissedMeeting().isPresent(),
        "a grant that follows attendance needs a charge per missed meeting");
  }

  /** Builds {@link DeliveryTerms}; obtain one from {@link DeliveryTerms#builder()}. */
  public static final class Builder extends ImmutableDeliveryTerms.Builder {
    Builder() {}
  }
}
