package io.mastery.rules.reach;

import com.google.common.collect.ImmutableList;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reach model calibrated on observed years: the rate of new schools per leading specialist that
 * fits the observed new schools best (least squares, each year's new schools less the new
 * specialists' own schools against the year's leaders), and how well it then predicts a year it
 * was not fitted on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReachCalibration {

  private final ReachModel model;
  private final List<ObservedYear> observed;

  private ReachCalibration(ReachModel model, List<ObservedYear> observed) {
    this.model = model;
    this.observed = observed;
  }

  /**
   * Fits the rate on observed years.
   *
   * @param stream the stream, not null
   * @param policy the edition, not null
   * @param observed consecutive years from cohort 1's training year, cumulative figures, at least
   *     one year in which specialists lead
   * @return the calibration
   * @throws IllegalArgumentException if the years do not start at cohort 1's training year, are
   *     not consecutive, go down, or no year has leaders
   */
  public static ReachCalibration fit(
      Stream stream, ProgrammePolicy policy, List<ObservedYear> observed) {
    List<ObservedYear> years = ImmutableList.copyOf(observed);
    ReachModel unit = ReachModel.of(stream, policy, 1.0);
    List<Integer> cohorts = cohortSizes(unit, years);
    List<ProjectedYear> lines = unit.project(cohorts, years.get(years.size() - 1).year());
    double sxy = 0;
    double sxx = 0;
    int previousSchools = 0;
    for (int i = 0; i < years.size(); i++) {
      int fresh = years.get(i).schools() - previousSchools;
      previousSchools = years.get(i).schools();
      double leaders = lines.get(i).leaders();
      sxy += leaders * (fresh - lines.get(i).newSpecialists());
      sxx += leaders * leaders;
    }
    if (sxx == 0) {
      throw new IllegalArgumentException("no observed year has specialists leading Work Groups");
    }
    return new ReachCalibration(ReachModel.of(stream, policy, Math.max(0, sxy / sxx)), years);
  }

  private static List<Integer> cohortSizes(ReachModel model, List<ObservedYear> years) {
    if (years.isEmpty() || !years.get(0).year().equals(model.firstYear())) {
      throw new IllegalArgumentException(
          "observed years must start in " + model.firstYear() + ", when cohort 1 trains");
    }
    List<Integer> sizes = new ArrayList<>();
    int previousSpecialists = 0;
    int previousSchools = 0;
    for (int i = 0; i < years.size(); i++) {
      ObservedYear y = years.get(i);
      if (y.year().startYear() != model.firstYear().startYear() + i) {
        throw new IllegalArgumentException("observed years must be consecutive: " + y.year());
      }
      if (y.specialists() < previousSpecialists || y.schools() < previousSchools) {
        throw new IllegalArgumentException("cumulative figures must not go down: " + y);
      }
      sizes.add(y.specialists() - previousSpecialists);
      previousSpecialists = y.specialists();
      previousSchools = y.schools();
    }
    return sizes;
  }

  /**
   * Returns the calibrated model.
   *
   * @return the model
   */
  public ReachModel model() {
    return model;
  }

  /**
   * Returns the fitted rate: new schools a leading specialist brings a year.
   *
   * @return the rate
   */
  public double rate() {
    return model.rate();
  }

  /**
   * Returns the observed years the rate was fitted on.
   *
   * @return the years, in order
   */
  public List<ObservedYear> observed() {
    return observed;
  }

  /**
   * Predicts the schools of a year the model was not fitted on, from the specialists trained by
   * then, and compares them with the observed figure.
   *
   * @param heldOut a year after the fitted ones whose cumulative specialists are known; its schools
   *     are what is predicted
   * @return the prediction and its error
   */
  public Check predict(ObservedYear heldOut) {
    Objects.requireNonNull(heldOut, "heldOut");
    List<ObservedYear> all = new ArrayList<>(observed);
    ObservedYear last = observed.get(observed.size() - 1);
    if (heldOut.year().startYear() != last.year().startYear() + 1) {
      throw new IllegalArgumentException(
          "the year held out must follow the fitted years directly: " + heldOut.year());
    }
    all.add(heldOut);
    List<ProjectedYear> lines =
        model.project(cohortSizes(model, all), heldOut.year());
    double predicted = lines.get(lines.size() - 1).schools();
    return new Check(heldOut, predicted);
  }

  /**
   * Returns the model's projection of the fitted years, to set beside the observed figures.
   *
   * @return one line a fitted year
   */
  public List<ProjectedYear> fitted() {
    return model.project(cohortSizes(model, observed), observed.get(observed.size() - 1).year());
  }

  /**
   * A prediction of a year held out, against what was observed.
   *
   * @param observed the observed year
   * @param predictedSchools the distinct schools the model predicts by then
   */
  public record Check(ObservedYear observed, double predictedSchools) {

    /**
     * Returns the relative error: (predicted - observed) / observed; -0.01 is 1% below.
     *
     * @return the error, 0 when both are 0
     */
    public double relativeError() {
      return observed.schools() == 0 ? 0 : (predictedSchools - observed.schools()) / observed.schools();
    }

    @Override
    public String toString() {
      return String.format(
          Locale.UK,
          "%s: predicted %.0f schools, observed %d (%+.2f%%)",
          observed.year(),
          predictedSchools,
          observed.schools(),
          100 * relativeError());
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.UK,
        "ReachCalibration{%s, fitted on %s to %s: %.3f new schools per leading specialist a year}",
        model.stream(),
        observed.get(0).year(),
        observed.get(observed.size() - 1).year(),
        rate());
  }
}
