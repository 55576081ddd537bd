package io.mastery.rules.funding;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What each school in a Work Group of one phase, stream and year is entitled to: the release
 * grant, if the phase carries one, or funding at a level the hub sets; and the textbook match
 * funding cap, if the school qualifies, with the schemes approved that year.
 *
 * <p>Obtain one from {@link FundingSchedule#entitlement}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Entitlement {

  Entitlement() {}

  static ImmutableEntitlement.Builder builder() {
    return ImmutableEntitlement.builder();
  }

  /**
   * Returns the stream of the Work Group.
   *
   * @return the stream, not null
   */
  public abstract Stream stream();

  /**
   * Returns the phase of the Work Group.
   *
   * @return the phase, not null
   */
  public abstract Phase phase();

  /**
   * Returns the academic year.
   *
   * @return the year, not null
   */
  public abstract AcademicYear academicYear();

  /**
   * Returns the release grant: funding towards supply cover while teachers attend.
   *
   * @return the grant in GBP, or empty if the phase carries none
   */
  public abstract Optional<Money> releaseGrant();

  /**
   * Returns the most the DfE pays as match funding for approved textbooks.
   *
   * @return the cap in GBP, or empty if the school does not qualify
   */
  public abstract Optional<Money> textbookMatchCap();

  /**
   * Returns whether the school is funded for meetings and teacher release at a level the hub sets
   * rather than by a fixed release grant (primary Embedding: "lower levels of Maths Hubs
   * funding").
   *
   * @return true if the hub sets the amount; never true together with a release grant
   */
  @Value.Default
  public boolean releaseSetByHub() {
    return false;
  }

  /**
   * Returns the textbook schemes approved for match funding in the year.
   *
   * @return the scheme names, immutable, not null; empty when there is no textbook cap
   */
  public abstract List<String> approvedSchemes();

  /**
   * Checks whether the school is entitled to nothing.
   *
   * @return true if there is neither a release grant, nor funding the hub sets, nor a textbook cap
   */
  public boolean isEmpty() {
    return releaseGrant().isEmpty() && !releaseSetByHub() && textbookMatchCap().isEmpty();
  }

  /**
   * Returns the most the school can receive: the release grant plus the textbook cap (funding
   * the hub sets has no amount, so it counts for nothing here).
   *
   * @return the total in GBP, zero if entitled to nothing, not null
   */
  public Money total() {
    Money zero = Money.zero(CurrencyUnit.GBP);
    return releaseGrant().orElse(zero).plus(textbookMatchCap().orElse(zero));
  }
}
