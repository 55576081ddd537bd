package io.mastery.model.school;

/**
 * Whether an establishment can receive the programme's funding: the programme is open to all
 * state-funded schools in England.
 *
 * <p>Derived from the establishment type; see {@link EstablishmentType#fundingStatus()}.
 */
public enum FundingStatus {
  /** A state-funded school or college in England. */
  STATE_FUNDED_IN_ENGLAND,
  /** An independent school or a non-maintained special school: not state-funded. */
  INDEPENDENT,
  /** Not a school: a university, an online provider, a secure unit or another type. */
  NOT_A_SCHOOL,
  /** An establishment in Wales or outside the United Kingdom. */
  OUTSIDE_ENGLAND
}
