package io.mastery.model.delivery;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.policy.PhaseRules;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a phase's meetings and support visits fall in the year: the meetings spread evenly over the
 * six half-terms (six meetings, one every half-term; three, one a term), the visits evenly over the
 * three terms (three visits, one a term).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cadence {

  /**
   * The half-terms in which a number of a group's meetings is due: one meeting in any of them, or,
   * for more than six meetings a year, the number in one half-term.
   *
   * @param halfTerms the half-terms, consecutive, immutable, not empty
   * @param meetings the meetings due in them, 1 or more
   */
  public record Window(List<HalfTerm> halfTerms, int meetings) {

    /**
     * Checks and copies the window.
     *
     * @param halfTerms the half-terms, not empty
     * @param meetings the meetings due, 1 or more
     */
    public Window {
      halfTerms = List.copyOf(halfTerms);
      checkArgument(!halfTerms.isEmpty(), "a window has a half-term");
      checkArgument(meetings >= 1, "a window has a meeting due: %s", meetings);
    }

    /**
     * Returns the window's last half-term: the window is judged once it has ended.
     *
     * @return the half-term, not null
     */
    public HalfTerm last() {
      return halfTerms.get(halfTerms.size() - 1);
    }

    /**
     * Checks whether a half-term is in the window.
     *
     * @param halfTerm the half-term, not null
     * @return true if in it
     */
    public boolean contains(HalfTerm halfTerm) {
      return halfTerms.contains(halfTerm);
    }
  }

  private final int meetingsPerYear;
  private final int visitsPerSchool;
  private final List<Window> windows;

  private Cadence(int meetingsPerYear, int visitsPerSchool) {
    this.meetingsPerYear = meetingsPerYear;
    this.visitsPerSchool = visitsPerSchool;
    ImmutableList.Builder<Window> built = ImmutableList.builder();
    List<HalfTerm> all = HalfTerm.inOrder();
    if (meetingsPerYear > all.size()) {
      for (int h = 0; h < all.size(); h++) {
        int due = meetingsPerYear * (h + 1) / all.size() - meetingsPerYear * h / all.size();
        built.add(new Window(List.of(all.get(h)), due));
      }
    } else {
      for (int k = 0; k < meetingsPerYear; k++) {
        int from = all.size() * k / meetingsPerYear;
        int to = all.size() * (k + 1) / meetingsPerYear;
        built.add(new Window(all.subList(from, to), 1));
      }
    }
    this.windows = built.build();
  }

  /**
   * Obtains a cadence.
   *
   * @param meetingsPerYear the group's meetings a year, zero or more
   * @param visitsPerSchool the support visits each school receives a year, zero or more
   * @return the cadence, not null
   * @throws IllegalArgumentException if a number is negative
   */
  public static Cadence of(int meetingsPerYear, int visitsPerSchool) {
    checkArgument(meetingsPerYear >= 0, "meetings per year must not be negative: %s", meetingsPerYear);
    checkArgument(visitsPerSchool >= 0, "visits per school must not be negative: %s", visitsPerSchool);
    return new Cadence(meetingsPerYear, visitsPerSchool);
  }

  /**
   * Obtains the cadence of a phase's rules.
   *
   * @param rules the rules, not null
   * @return the cadence, not null
   */
  public static Cadence of(PhaseRules rules) {
    Objects.requireNonNull(rules, "rules");
    return of(rules.meetingsPerYear(), rules.supportVisitsPerSchool());
  }

  /**
   * Returns the meetings a year.
   *
   * @return the number, zero or more
   */
  public int meetingsPerYear() {
    return meetingsPerYear;
  }

  /**
   * Returns the support visits each school receives a year.
   *
   * @return the number, zero or more
   */
  public int visitsPerSchool() {
    return visitsPerSchool;
  }

  /**
   * Returns the windows the meetings are due in, in the order of the year.
   *
   * @return the windows, immutable, empty for a phase without meetings, not null
   */
  public List<Window> windows() {
    return windows;
  }

  /**
   * Returns the window a half-term falls in.
   *
   * @param halfTerm the half-term, not null
   * @return the window, or null if no meeting is due around it
   */
  public @Nullable Window windowOf(HalfTerm halfTerm) {
    for (Window window : windows) {
      if (window.contains(halfTerm)) {
        return window;
      }
    }
    return null;
  }

  /**
   * Returns the support visits each school is due in a term.
   *
   * @param term the term, not null
   * @return the number, zero or more
   */
  public int visitsIn(Term term) {
    int k = term.ordinal() + 1;
    int terms = Term.inOrder().size();
    return ceilDiv(visitsPerSchool * k, terms) - ceilDiv(visitsPerSchool * (k - 1), terms);
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Cadence other
        && other.meetingsPerYear == meetingsPerYear
        && other.visitsPerSchool == visitsPerSchool;
  }

  @Override
  public int hashCode() {
    return 31 * meetingsPerYear + visitsPerSchool;
  }

  @Override
  public String toString() {
    return "Cadence{" + meetingsPerYear + " meetings, " + visitsPerSchool + " visits}";
  }
}
