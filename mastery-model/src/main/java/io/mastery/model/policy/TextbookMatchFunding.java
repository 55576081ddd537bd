package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import com.google.common.collect.ListMultimap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Match funding for DfE-approved textbooks: the DfE pays a share of a school's spend, up to a cap,
 * for schools starting the programme within a window of years.
 *
 * <p>Build one with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class TextbookMatchFunding {

  TextbookMatchFunding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the most the DfE pays per school.
   *
   * @return the cap in GBP, not null
   */
  public abstract Money capPerSchool();

  /**
   * Returns the share of the spend the DfE pays, such as 0.5 for half.
   *
   * @return the share, above 0 and at most 1
   */
  public abstract BigDecimal share();

  /**
   * Returns the first academic year in which starting schools qualify.
   *
   * @return the year, not null
   */
  public abstract AcademicYear firstYear();

  /**
   * Returns the last academic year in which starting schools qualify.
   *
   * @return the year, not before the first
   */
  public abstract AcademicYear lastYear();

  /**
   * Returns the streams whose schools qualify.
   *
   * @return the streams, immutable, not null
   */
  public abstract Set<Stream> streams();

  /**
   * Returns the phases in which schools start the programme and so qualify.
   *
   * @return the phases, immutable, not null
   */
  public abstract Set<Phase> phases();

  /**
   * Returns the approved textbook schemes.
   *
   * @return the scheme names, immutable, not null
   */
  public abstract List<String> approvedSchemes();

  /**
   * Returns the approved schemes year by year: the DfE's list grew (2016/17 one scheme, 2017/18
   * two, then three).
   *
   * @return the schemes of each year, immutable, not null; empty when the list is one for all years
   */
  public abstract ListMultimap<AcademicYear, String> approvedSchemesByYear();

  /**
   * Returns the cohorts of Mastery Specialists whose own schools also qualify, without a Work
   * Group (primary cohort 3).
   *
   * @return the cohorts, immutable, not null
   */
  public abstract Set<Cohort> specialistCohorts();

  /**
   * Returns the schemes approved in an academic year: that year's list, or {@link
   * #approvedSchemes()} when the edition gives no list by year.
   *
   * @param year the academic year, not null
   * @return the scheme names, immutable, not null; empty outside the window
   */
  public List<String> approvedSchemesIn(AcademicYear year) {
    Objects.requireNonNull(year, "year");
    if (year.isBefore(firstYear()) || year.isAfter(lastYear())) {
      return List.of();
    }
    return approvedSchemesByYear().isEmpty()
        ? approvedSchemes()
        : approvedSchemesByYear().get(year);
  }

  /**
   * Checks whether the own school of a specialist of the cohort qualifies in the year.
   *
   * @param cohort the specialist's cohort, not null
   * @param year the academic year, not null
   * @return true if the cohort is listed and the year within the window
   */
  public boolean appliesToSpecialistSchool(Cohort cohort, AcademicYear year) {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(year, "year");
    return specialistCohorts().contains(cohort)
        && !year.isBefore(firstYear())
        && !year.isAfter(lastYear());
  }

  /**
   * Checks whether a school of the stream, starting the phase in the year, qualifies.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return true if within the window, stream and phases
   */
  public boolean appliesTo(Stream stream, Phase phase, AcademicYear year) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(year, "year");
    return streams().contains(stream)
        && phases().contains(phase)
        && !year.isBefore(firstYear())
        && !year.isAfter(lastYear());
  }

  /**
   * Returns the match funding for a spend: the share of it, no more than the cap.
   *
   * @param spend the school's spend on approved textbooks, in GBP, not negative, not null
   * @return the funding in GBP, not null
   * @throws IllegalArgumentException if the spend is not in GBP or is negative
   */
  public Money fundingFor(Money spend) {
    Objects.requireNonNull(spend, "spend");
    checkArgument(
        spend.getCurrencyUnit().equals(CurrencyUnit.GBP), "spend must be in GBP: %s", spend);
    checkArgument(!spend.isNegative(), "spend must not be negative: %s", spend);
    Money matched = spend.multipliedBy(share(), RoundingMode.DOWN);
    return matched.isGreaterThan(capPerSchool()) ? capPerSchool() : matched;
  }

  @Value.Check
  void check() {
    checkArgument(
        capPerSchool().getCurrencyUnit().equals(CurrencyUnit.GBP),
        "textbook cap must be in GBP: %s",
        capPerSchool());
    checkArgument(!capPerSchool().isNegative(), "textbook cap must not be negative: %s", capPerSchool());
    checkArgument(
        share().signum() > 0 && share().compareTo(BigDecimal.ONE) <= 0,
        "textbook share must be above 0 and at most 1: %s",
        share());
    checkArgument(
        !lastYear().isBefore(firstYear()),
        "textbook window must not end (%s) before it starts (%s)",
        lastYear(),
        firstYear());
  }

  /** Builds {@link TextbookMatchFunding}; obtain one from {@link TextbookMatchFunding#builder()}. */
  public static final class Builder extends ImmutableTextbookMatchFunding.Builder {
    Builder() {}
  }
}
