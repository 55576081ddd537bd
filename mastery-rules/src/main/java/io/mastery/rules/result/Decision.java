package io.mastery.rules.result;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The verdict on a hub's enrolments for a year: every violation found, and the funding each school
 * without an error receives, judged by the policy edition in force that year.
 *
 * <p>Evaluating never throws for a broken rule; a caller that wants an exception asks for one with
 * {@link #orThrow()}. The violations and funding lines are kept sorted, whatever order a builder
 * was given them in; a builder refuses a funding line that an error withholds (one for a school an
 * error names, or for a Work Group an error concerns as a whole).
 *
 * <pre>{@code
 * Decision decision = Rulebook.standard().evaluate(enrolment, register);
 * if (!decision.isValid()) {
 *   for (Violation v : decision.errors()) {   // such as workgroup.size for WG-03
 *     System.out.println(v.rule() + " " + v.workGroup().orElse(null) + ": " + v.message());
 *   }
 * }
 * for (FundingLine line : decision.funding()) {  // only for schools without an error
 *   System.out.println(line.school() + " " + line.kind() + " " + line.amount());
 * }
 * decision.orThrow();   // a DecisionException listing the errors, when there are any
 * }</pre>
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
   * Returns each school's completion of its phase, when the enrolment gives a delivery log, in a
   * stable order (see {@link SchoolCompletion#compareTo}).
   *
   * @return the completions, immutable, empty without a delivery log, not null
   */
  public abstract List<SchoolCompletion> completions();

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
    checkFunding();
    if (Ordering.natural().isOrdered(violations())
        && Ordering.natural().isOrdered(funding())
        && Ordering.natural().isOrdered(completions())) {
      return this;
    }
    return builder()
        .from(this)
        .violations(ImmutableList.sortedCopyOf(violations()))
        .funding(ImmutableList.sortedCopyOf(funding()))
        .completions(ImmutableList.sortedCopyOf(completions()))
        .build();
  }

  /**
   * Refuses funding that an error withholds: a line for a school an error names, or for a Work
   * Group an error concerns as a whole, so that a decision built by hand cannot pay a school it
   * finds in error.
   */
  private void checkFunding() {
    Set<Urn> schools = new HashSet<>();
    Set<WorkGroupId> groups = new HashSet<>();
    for (Violation v : violations()) {
      if (v.isError()) {
        if (v.school().isPresent()) {
          schools.add(v.school().get());
        } else if (v.workGroup().isPresent()) {
          groups.add(v.workGroup().get());
        }
      }
    }
    if (schools.isEmpty() && groups.isEmpty()) {
      return;
    }
    for (FundingLine line : funding()) {
      checkArgument(
          !schools.contains(line.school())
              && !(line.workGroup().isPresent() && groups.contains(line.workGroup().get())),
          "funding line %s is withheld by an error on its school or Work Group",
          line);
    }
  }

  /** Builds a {@link Decision}; obtain one from {@link Decision#builder()}. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
