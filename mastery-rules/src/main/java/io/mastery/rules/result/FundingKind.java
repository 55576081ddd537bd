package io.mastery.rules.result;

/** The kind of a funding line. */
public enum FundingKind {
  /** Teacher release funding: a grant towards supply cover while teachers attend. */
  RELEASE_GRANT,
  /** The most the DfE will pay as match funding for approved textbooks. */
  TEXTBOOK_MATCH_CAP
}
