package io.mastery.rules.result;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.policy.GrantCondition;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Funding a school receives for its place in a Work Group.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class FundingLine implements Comparable<FundingLine> {

  FundingLine() {}

  /**
   * Obtains a funding line.
   *
   * @param workGroup the Work Group, not null
   * @param school the school's URN, not null
   * @param kind the kind of funding, not null
   * @param amount the amount in GBP, not negative, not null
   * @return the line, not null
   * @throws IllegalArgumentException if the amount is negative or not in GBP
   */
  public static FundingLine of(WorkGroupId workGroup, Urn school, FundingKind kind, Money amount) {
    return ImmutableFundingLine.of(workGroup, school, kind, amount);
  }

  /**
   * Returns the Work Group the funding is for.
   *
   * @return the group's identifier, not null
   */
  @Value.Parameter
  public abstract WorkGroupId workGroup();

  /**
   * Returns the school receiving the funding.
   *
   * @return the URN, not null
   */
  @Value.Parameter
  public abstract Urn school();

  /**
   * Returns the kind of funding.
   *
   * @return the kind, not null
   */
  @Value.Parameter
  public abstract FundingKind kind();

  /**
   * Returns the amount.
   *
   * @return the amount in GBP, not null
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns the condition the release grant followed once the year's delivery log was judged: paid
   * on enrolment, only to a school that completed (or is on track to), or reduced for missed
   * meetings.
   *
   * @return the condition, or empty for a line judged without a delivery log
   */
  public abstract Optional<GrantCondition> condition();

  /**
   * Returns a copy of this line saying which condition it followed.
   *
   * @param condition the condition, not null
   * @return the copy, not null
   */
  public FundingLine withCondition(GrantCondition condition) {
    Objects.requireNonNull(condition, "condition");
    return ImmutableFundingLine.copyOf(this).withCondition(condition);
  }

  /**
   * Orders lines by Work Group, school and kind.
   *
   * @param other the other line, not null
   * @return the comparison
   */
  @Override
  public int compareTo(FundingLine other) {
    int c = workGroup().compareTo(other.workGroup());
    if (c == 0) {
      c = school().compareTo(other.school());
    }
    return c != 0 ? c : kind().compareTo(other.kind());
  }

  @Value.Check
  void check() {
    checkArgument(
        amount().getCurrencyUnit().equals(CurrencyUnit.GBP),
        "funding must be in GBP: %s",
        amount());
    checkArgument(!amount().isNegative(), "funding must not be negative: %s", amount());
  }
}
