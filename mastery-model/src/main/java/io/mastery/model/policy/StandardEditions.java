package io.mastery.model.policy;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The policy editions the library ships, read from the edition tables in this module's jar ({@code
 * io/mastery/model/policy/standard/*.csv}, described in {@code docs/editions.md}). Every figure of
 * the programme is in those tables, each row with its public source and whether it is the
 * library's assumption; this class only reads them.
 */
final class StandardEditions {

  private StandardEditions() {}

  /** Reads the standard tables. */
  static EditionTables tables() {
    try {
      return EditionTables.standard();
    } catch (IOException e) {
      throw new UncheckedIOException("the standard edition tables cannot be read", e);
    }
  }

  /** Reads and builds the standard editions. */
  static PolicyEditions read() {
    try {
      return tables().build();
    } catch (EditionFormatException e) {
      throw new UncheckedIOException("the standard edition tables are not valid", e);
    }
  }
}
