package io.mastery.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the known name nearest to one that was mistyped, for messages that say what was probably
 * meant: {@code "did you mean --schools?"} for {@code --shcools}, {@code DEVELOPMENT} for {@code
 * DEVELOPEMENT}.
 *
 * <p>Names are compared ignoring case, by the number of letters inserted, deleted, changed or
 * swapped with their neighbour (the optimal string alignment distance). A known name is suggested
 * only when it is at most two such edits away and fewer than half the letters of the longer name:
 * {@code --colour} suggests nothing among {@code --format} and {@code --schools}.
 *
 * <pre>{@code
 * NearestName.among("shcools", List.of("schools", "format"))   // Optional[schools]
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NearestName {

  /** The most edits a suggestion may be away from the name given. */
  public static final int MAX_EDITS = 2;

  private NearestName() {}

  /**
   * Returns the known name nearest to the one given, if one is near enough; of two equally near,
   * the first listed.
   *
   * @param name the name given, not null
   * @param known the names that exist, not null
   * @return the nearest known name, or empty if none is near enough or the name is one of them
   */
  public static Optional<String> among(String name, Collection<String> known) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(known, "known");
    String given = name.toLowerCase(Locale.ROOT);
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String other = candidate.toLowerCase(Locale.ROOT);
      if (other.equals(given) && candidate.equals(name)) {
        return Optional.empty();
      }
      int distance = distance(given, other);
      int longer = Math.max(given.length(), other.length());
      if (distance <= MAX_EDITS && distance * 2 < longer && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The optimal string alignment distance: insertions, deletions, changes, swaps of neighbours. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_EDITS) {
      return MAX_EDITS + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return d[a.length()][b.length()];
  }
}
