package io.mastery.rules.engine;

import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.util.List;

/**
 * What one change would do to a judged year: the violations it would add and remove, the funding
 * lines it would add and remove, and whether the year would then be valid.
 *
 * @param change the change, not null
 * @param added the violations the change adds, in their stable order, not null
 * @param removed the violations the change removes, in their stable order, not null
 * @param fundingAdded the funding lines the change adds, sorted, not null
 * @param fundingRemoved the funding lines the change removes, sorted, not null
 * @param validAfter whether the year has no error after the change
 */
public record ChangeOutcome(
    Change change,
    List<Violation> added,
    List<Violation> removed,
    List<FundingLine> fundingAdded,
    List<FundingLine> fundingRemoved,
    boolean validAfter) {

  /** Copies the lists. */
  public ChangeOutcome {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    fundingAdded = List.copyOf(fundingAdded);
    fundingRemoved = List.copyOf(fundingRemoved);
  }

  /**
   * Checks whether the change makes no difference to the violations or the funding.
   *
   * @return true if nothing changes
   */
  public boolean changesNothing() {
    return added.isEmpty() && removed.isEmpty() && fundingAdded.isEmpty() && fundingRemoved.isEmpty();
  }
}
