package io.mastery.rules.planning;

import io.mastery.model.school.Urn;
import java.util.Objects;
import java.util.Optional;

/**
 * An applicant the plan leaves out, and why.
 *
 * @param urn the school
 * @param reason why it is left out
 * @param rule the rule code that excludes it, for {@link Reason#INELIGIBLE}
 * @param message the reason in words, naming the values involved
 */
public record LeftOut(Urn urn, Reason reason, Optional<String> rule, String message) {

  /** Checks the parts. */
  public LeftOut {
    Objects.requireNonNull(urn, "urn");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  /** Why an applicant is left out of a plan. */
  public enum Reason {
    /** A rule of the year's rulebook refuses the school; the rule code says which. */
    INELIGIBLE,
    /** The register gives no location for the school, so no distance can be measured. */
    NO_LOCATION,
    /** Too few schools were left to make another group of the edition's smallest size. */
    TOO_FEW_SCHOOLS_LEFT,
    /** Every lead with capacity leads a full group. */
    NO_LEAD_WITH_CAPACITY,
    /** The edition has no Work Groups of this phase in this stream. */
    PHASE_NOT_OFFERED
  }
}
