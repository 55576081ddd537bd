package io.mastery.rules.reach;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import io.mastery.rules.progression.SpecialistProgression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Projects the specialists trained and the schools reached, year by year, from the sizes of the
 * cohorts of a stream.
 *
 * <p>Cohort n trains in the year the edition gives; in the training year its specialists' own
 * schools are reached (when the model counts them, as the programme's published figures do); in
 * every later year in which the edition lets them lead Work Groups (the programme's own years and
 * afterwards, as Local Leaders of Maths Education), each specialist brings an effective number of
 * new schools a year, the rate. Schools are counted once: a rate is of schools not reached before.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReachModel {

  private final Stream stream;
  private final SpecialistProgression progression;
  private final double rate;
  private final boolean countsOwnSchools;

  private ReachModel(
      Stream stream, SpecialistProgression progression, double rate, boolean countsOwnSchools) {
    this.stream = stream;
    this.progression = progression;
    this.rate = rate;
    this.countsOwnSchools = countsOwnSchools;
  }

  /**
   * Returns the model of a stream under an edition, with a rate of new schools per leading
   * specialist per year; specialists' own schools count as reached in their training year.
   *
   * @param stream the stream, not null
   * @param policy the edition that says when each cohort trains and leads, not null
   * @param rate new schools a leading specialist brings a year, 0 or more
   * @return the model
   * @throws IllegalArgumentException if the rate is negative or not a number, or the edition has
   *     no specialist programme for the stream
   */
  public static ReachModel of(Stream stream, ProgrammePolicy policy, double rate) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(policy, "policy");
    if (!(rate >= 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate must be a finite number, 0 or more: " + rate);
    }
    if (policy.streamRules(stream).isEmpty()) {
      throw new IllegalArgumentException(
          "edition " + policy.edition() + " has no specialist programme for the " + stream + " stream");
    }
    return new ReachModel(stream, SpecialistProgression.of(policy), rate, true);
  }

  /**
   * Returns this model with specialists' own schools counted as reached, or not.
   *
   * @param counts whether a specialist's own school counts as reached in the training year
   * @return the model
   */
  public ReachModel countingOwnSchools(boolean counts) {
    return new ReachModel(stream, progression, rate, counts);
  }

  /**
   * Returns the rate: new schools a leading specialist brings a year.
   *
   * @return the rate
   */
  public double rate() {
    return rate;
  }

  /**
   * Returns the stream.
   *
   * @return the stream
   */
  public Stream stream() {
    return stream;
  }

  /**
   * Returns the year cohort 1 of the stream trains in, where every projection starts.
   *
   * @return the year
   */
  public AcademicYear firstYear() {
    return progression.trainingYear(Cohort.of(stream, 1)).orElseThrow();
  }

  /**
   * Projects reach from cohort 1's training year to a last year.
   *
   * @param cohortSizes the size of cohort 1, 2, ... in order; cohorts beyond the list have none
   * @param lastYear the last year projected, not before cohort 1's training year
   * @return one line a year, in order
   * @throws IllegalArgumentException if a size is negative, there are more sizes than cohorts
   *     allowed, or the last year is before cohort 1's training year
   */
  public List<ProjectedYear> project(List<Integer> cohortSizes, AcademicYear lastYear) {
    Objects.requireNonNull(lastYear, "lastYear");
    List<Integer> sizes = ImmutableList.copyOf(cohortSizes);
    if (sizes.size() > Cohort.MAX_NUMBER) {
      throw new IllegalArgumentException(
          "at most " + Cohort.MAX_NUMBER + " cohorts may be projected: " + sizes.size());
    }
    for (int size : sizes) {
      if (size < 0) {
        throw new IllegalArgumentException("a cohort's size must not be negative: " + size);
      }
    }
    AcademicYear first = firstYear();
    if (lastYear.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.UK, "the last year %s is before cohort 1 trains, in %s", lastYear, first));
    }
    List<ProjectedYear> lines = new ArrayList<>();
    int specialists = 0;
    double schools = 0;
    for (int start = first.startYear(); start <= lastYear.startYear(); start++) {
      AcademicYear year = AcademicYear.of(start);
      int trained = 0;
      int leaders = 0;
      for (int k = 0; k < sizes.size(); k++) {
        Cohort cohort = Cohort.of(stream, k + 1);
        if (progression.trainingYear(cohort).orElseThrow().equals(year)) {
          trained += sizes.get(k);
        } else if (progression.mayLeadWorkGroups(cohort, year)) {
          leaders += sizes.get(k);
        }
      }
      specialists += trained;
      double fresh = (countsOwnSchools ? trained : 0) + rate * leaders;
      schools += fresh;
      lines.add(new ProjectedYear(year, trained, specialists, leaders, fresh, schools));
    }
    return ImmutableList.copyOf(lines);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.UK, "ReachModel{%s, %.3f new schools per leading specialist a year}", stream, rate);
  }
}
