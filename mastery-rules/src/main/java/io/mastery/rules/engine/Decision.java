package io.mastery.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import java.util.List;
import org.immutables.value.Value;

/**
 * The verdict on a hub's enrolments for a year: every violation found, and the funding each school
 * without an error receives, judged by the policy edition in force that year.
 *
 * <p>Evaluating never throws for a broken rule; a caller that wants an exception asks for one with
 * {@link #orThrow()}. The violations and funding lines are kept sorted, whatever order a builder
 * was given them in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class Decision {

  Decision() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the academic year judged.
   *
   * @return the year, not null
   */
  public abstract AcademicYear academicYear();

  /**
   * Returns the name of the policy edition the enrolment was judged by, such as "2019/20".
   *
   * @return the edition's name, not null
   */
  public abstract String edition();

  /**
   * Returns every violation, in a stable order (see {@link Violation#compareTo}).
   *
   * @return the violations, immutable, not null
   */
  public abstract List<Violation> violations();

  /**
   * Returns the funding lines, in a stable order (see {@link FundingLine#compareTo}), for schools
   * without an error.
   *
   * @return the funding lines, immutable, not null
   */
  public abstract List<FundingLine> funding();

  /**
   * Checks whether the enrolment can be accepted: it has no {@link Severity#ERROR}.
   *
   * @return true if valid
   */
  public boolean isValid() {
    return violations().stream().noneMatch(Violation::isError);
  }

  /**
   * Returns the violations of severity {@link Severity#ERROR}.
   *
   * @return the errors, immutable, not null
   */
  public List<Violation> errors() {
    return violations().stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the violations of severity {@link Severity#WARNING}.
   *
   * @return the warnings, immutable, not null
   */
  public List<Violation> warnings() {
    return violations().stream()
        .filter(v -> !v.isError())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns this decision if it is valid, or throws.
   *
   * @return this decision, valid, not null
   * @throws DecisionException if the decision has an error, carrying the decision
   */
  public Decision orThrow() {
    if (!isValid()) {
      throw new DecisionException(this);
    }
    return this;
  }

  @Value.Check
  Decision sorted() {
    if (Ordering.natural().isOrdered(violations()) && Ordering.natural().isOrdered(funding())) {
      return this;
    }
    return builder()
        .from(this)
        .violations(ImmutableList.sortedCopyOf(violations()))
        .funding(ImmutableList.sortedCopyOf(funding()))
        .build();
  }

  /** Builds a {@link Decision}; obtain one from {@link Decision#builder()}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
