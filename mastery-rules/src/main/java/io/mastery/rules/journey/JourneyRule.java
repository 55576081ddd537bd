package io.mastery.rules.journey;

import io.mastery.rules.check.RuleCodes;

/**
 * A rule of a school's journey through the phases, with its stable code.
 *
 * <p>The codes are those of the public contract, defined once in {@link RuleCodes}; the rules of
 * this package report them as violations.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum JourneyRule {
  /** Development a second time. */
  DEVELOPMENT_REPEATED(
      RuleCodes.JOURNEY_DEVELOPMENT_REPEATED,
      "The school already took part in Development of the same stream, which a school takes once",
      "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): a school takes part only once"),
  /** Embedding without Development, or Sustaining without Development or Embedding. */
  PREREQUISITE_MISSING(
      RuleCodes.JOURNEY_PREREQUISITE_MISSING,
      "Embedding without Development before it, or Sustaining without Development or Embedding"
          + " before it, in the same stream (a Mastery Specialist's own school or department is"
          + " exempt where the edition says so: primary Sustaining, secondary Embedding and"
          + " Sustaining)",
      "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): a school's journey towards mastery;"
          + " wymathshub.co.uk, Secondary Teaching for Mastery Embedding and Sustaining ('all Cohort 1-4 Mastery Specialist Departments')"),
  /** A phase earlier than one the school already completed. */
  OUT_OF_ORDER(
      RuleCodes.JOURNEY_OUT_OF_ORDER,
      "A phase earlier than one the school already completed in the same stream, such as"
          + " Readiness after Development",
      "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): the journey never goes back; Readiness only before Development"),
  /** More than one phase in one academic year. */
  ONE_PHASE_PER_YEAR(
      RuleCodes.JOURNEY_ONE_PHASE_PER_YEAR,
      "The school is in more than one Work Group of one stream in the same academic year",
      "NCETM, Primary Teaching for Mastery Programme progress report (July 2019): one phase per school per academic year");

  private final String code;
  private final String description;
  private final String source;

  JourneyRule(String code, String description, String source) {
    this.code = code;
    this.description = description;
    this.source = source;
  }

  /**
   * Returns the rule's stable code, such as {@code journey.out-of-order}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns a one-line description of what breaks the rule.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Returns where the rule comes from: the public report that sets it out.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }
}
