package io.mastery.rules.result;

/** The kind of a funding line. */
public enum FundingKind {
  /** Teacher release funding: a grant towards supply cover while teachers attend. */
  RELEASE_GRANT,
  /** The most the DfE will pay as match funding for approved textbooks. */
  TEXTBOOK_MATCH_CAP,
  /**
   * Funding for meetings and teacher release at a level the hub sets: the programme names "lower
   * levels of Maths Hubs funding" for primary Embedding but no amount, so the line carries none.
   */
  RELEASE_SET_BY_HUB;

  /**
   * Checks whether a line of this kind carries an amount.
   *
   * @return false for {@link #RELEASE_SET_BY_HUB}, whose amount the hub sets; true otherwise
   */
  public boolean hasAmount() {
    return this != RELEASE_SET_BY_HUB;
  }
}
