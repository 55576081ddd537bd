package io.mastery.rules.result;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.policy.GrantCondition;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Funding a school receives: for its place in a Work Group, or, without a Work Group, as the own
 * school of a Mastery Specialist whose cohort the edition funds (the schools of cohort 3 primary
 * specialists, for textbook match funding).
 *
 * <p>A line carries an amount unless its kind says the hub sets it ({@link
 * FundingKind#hasAmount()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class FundingLine implements Comparable<FundingLine> {

  FundingLine() {}

  /**
   * Obtains a funding line for a school's place in a Work Group.
   *
   * @param workGroup the Work Group, not null
   * @param school the school's URN, not null
   * @param kind the kind of funding, one that carries an amount, not null
   * @param amount the amount in GBP, not negative, not null
   * @return the line, not null
   * @throws IllegalArgumentException if the amount is negative or not in GBP, or the kind carries
   *     no amount
   */
  public static FundingLine of(WorkGroupId workGroup, Urn school, FundingKind kind, Money amount) {
    return ImmutableFundingLine.builder()
        .workGroup(workGroup)
        .school(school)
        .kind(kind)
        .amount(amount)
        .build();
  }

  /**
   * Obtains a line saying that a school in a Work Group is funded at a level the hub sets: of
   * kind {@link FundingKind#RELEASE_SET_BY_HUB}, without an amount.
   *
   * @param workGroup the Work Group, not null
   * @param school the school's URN, not null
   * @return the line, not null
   */
  public static FundingLine setByHub(WorkGroupId workGroup, Urn school) {
    return ImmutableFundingLine.builder()
        .workGroup(workGroup)
        .school(school)
        .kind(FundingKind.RELEASE_SET_BY_HUB)
        .build();
  }

  /**
   * Obtains a funding line without a Work Group, for the own school of a Mastery Specialist.
   *
   * @param school the specialist's own school, not null
   * @param specialist the specialist's TRN, not null
   * @param kind the kind of funding, one that carries an amount, not null
   * @param amount the amount in GBP, not negative, not null
   * @return the line, not null
   * @throws IllegalArgumentException if the amount is negative or not in GBP, or the kind carries
   *     no amount
   */
  public static FundingLine forSpecialistSchool(
      Urn school, Trn specialist, FundingKind kind, Money amount) {
    return ImmutableFundingLine.builder()
        .school(school)
        .specialist(specialist)
        .kind(kind)
        .amount(amount)
        .build();
  }

  /**
   * Returns the Work Group the funding is for.
   *
   * @return the group's identifier, or empty for a specialist's own school funded without a Work
   *     Group
   */
  public abstract Optional<WorkGroupId> workGroup();

  /**
   * Returns the school receiving the funding.
   *
   * @return the URN, not null
   */
  public abstract Urn school();

  /**
   * Returns the kind of funding.
   *
   * @return the kind, not null
   */
  public abstract FundingKind kind();

  /**
   * Returns the amount.
   *
   * @return the amount in GBP, or empty when the kind says the hub sets it
   */
  public abstract Optional<Money> amount();

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
   * Returns the Mastery Specialist whose own school the line funds without a Work Group.
   *
   * @return the specialist's TRN, or empty for a line of a Work Group
   */
  public abstract Optional<Trn> specialist();

  /**
   * Orders lines by Work Group (lines without one first), school and kind.
   *
   * @param other the other line, not null
   * @return the comparison
   */
  @Override
  public int compareTo(FundingLine other) {
    int c = compareOptional(workGroup(), other.workGroup());
    if (c == 0) {
      c = school().compareTo(other.school());
    }
    if (c == 0) {
      c = kind().compareTo(other.kind());
    }
    if (c == 0) {
      c = compareOptional(specialist(), other.specialist());
    }
    if (c == 0 && amount().isPresent() != other.amount().isPresent()) {
      c = amount().isPresent() ? 1 : -1;
    }
    if (c == 0 && amount().isPresent() && other.amount().isPresent()) {
      c = amount().get().compareTo(other.amount().get());
    }
    return c;
  }

  /** Orders empty before any value. */
  private static <T extends Comparable<T>> int compareOptional(Optional<T> a, Optional<T> b) {
    if (a.isPresent() && b.isPresent()) {
      return a.get().compareTo(b.get());
    }
    return Boolean.compare(a.isPresent(), b.isPresent());
  }

  @Value.Check
  void check() {
    checkArgument(
        amount().isPresent() == kind().hasAmount(),
        "funding of kind %s must %s an amount: %s",
        kind(),
        kind().hasAmount() ? "carry" : "not carry",
        amount());
    checkArgument(
        workGroup().isPresent() != specialist().isPresent(),
        "funding is for a Work Group or for a specialist's own school, one of the two: %s, %s",
        workGroup(),
        specialist());
    if (amount().isPresent()) {
      Money amount = amount().get();
      checkArgument(
          amount.getCurrencyUnit().equals(CurrencyUnit.GBP), "funding must be in GBP: %s", amount);
      checkArgument(!amount.isNegative(), "funding must not be negative: %s", amount);
    }
  }
}
