package io.mastery.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.rules.reach.ObservedYear;
import io.mastery.rules.reach.ProjectedYear;
import io.mastery.rules.reach.PublishedReach;
import io.mastery.rules.reach.ReachCalibration;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The output of {@code mastery reach}: the primary reach model calibrated on the first three years
 * of the published figures and set beside all four, or projected forward from cohorts a user
 * gives, as a table or as JSON.
 */
final class ReachReport {

  /** The published years the rate is fitted on; the year after them is predicted. */
  static final int FITTED_YEARS = 3;

  private final ReachCalibration calibration;

  private ReachReport(ReachCalibration calibration) {
    this.calibration = calibration;
  }

  /** Returns the report of the model fitted on the published 2015/16 to 2017/18. */
  static ReachReport calibrated() {
    return new ReachReport(
        ReachCalibration.fit(
            Stream.PRIMARY,
            ProgrammePolicy.forYear(AcademicYear.of(2019)),
            PublishedReach.PRIMARY_TO_2018_19.subList(0, FITTED_YEARS)));
  }

  /** Returns the cohorts of the published years, in order: cohort 1 first. */
  static List<Integer> publishedCohorts() {
    List<ObservedYear> years = PublishedReach.PRIMARY_TO_2018_19;
    Integer[] sizes = new Integer[years.size()];
    int before = 0;
    for (int i = 0; i < years.size(); i++) {
      sizes[i] = years.get(i).specialists() - before;
      before = years.get(i).specialists();
    }
    return List.of(sizes);
  }

  ReachCalibration calibration() {
    return calibration;
  }

  /** Prints the calibration beside the published figures, as a table. */
  void printCalibration(PrintStream out) {
    List<ObservedYear> published = PublishedReach.PRIMARY_TO_2018_19;
    List<ProjectedYear> modelled =
        calibration.model().project(publishedCohorts(), published.get(published.size() - 1).year());
    ReachCalibration.Check check = calibration.predict(published.get(FITTED_YEARS));
    line(
        out,
        "mastery reach: the primary reach model, calibrated on %s to %s of the published figures",
        published.get(0).year(),
        published.get(FITTED_YEARS - 1).year());
    line(out, "  source: %s", PublishedReach.PRIMARY_TO_2018_19_SOURCE);
    line(
        out,
        "  fitted rate: %.3f new schools a leading specialist a year",
        calibration.rate());
    line(out, "");
    line(out, "year     specialists  schools published  schools modelled   error");
    for (int i = 0; i < published.size(); i++) {
      ObservedYear y = published.get(i);
      double schools = modelled.get(i).schools();
      line(
          out,
          "%-7s  %11s  %17s  %16s  %+6.2f%%%s",
          y.year(),
          whole(y.specialists()),
          whole(y.schools()),
          whole(Math.round(schools)),
          y.schools() == 0 ? 0.0 : 100 * (schools - y.schools()) / y.schools(),
          i < FITTED_YEARS ? "" : "  predicted, not fitted");
    }
    line(out, "");
    line(
        out,
        "%s predicted %s: %s schools against %s published (%+.2f%%)",
        check.observed().year(),
        Math.abs(check.relativeError()) <= 0.02 ? "within 2%" : "outside 2%",
        whole(Math.round(check.predictedSchools())),
        whole(check.observed().schools()),
        100 * check.relativeError());
  }

  /** Writes the calibration beside the published figures as JSON. */
  String calibrationJson() {
    List<ObservedYear> published = PublishedReach.PRIMARY_TO_2018_19;
    List<ProjectedYear> modelled =
        calibration.model().project(publishedCohorts(), published.get(published.size() - 1).year());
    ReachCalibration.Check check = calibration.predict(published.get(FITTED_YEARS));
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("stream", Stream.PRIMARY.name());
          g.writeStringField("source", PublishedReach.PRIMARY_TO_2018_19_SOURCE);
          g.writeArrayFieldStart("fittedOn");
          for (int i = 0; i < FITTED_YEARS; i++) {
            g.writeString(published.get(i).year().toString());
          }
          g.writeEndArray();
          g.writeNumberField("rate", calibration.rate());
          g.writeArrayFieldStart("years");
          for (int i = 0; i < published.size(); i++) {
            ObservedYear y = published.get(i);
            g.writeStartObject();
            g.writeStringField("academicYear", y.year().toString());
            g.writeNumberField("specialists", y.specialists());
            g.writeNumberField("schoolsPublished", y.schools());
            g.writeNumberField("schoolsModelled", modelled.get(i).schools());
            g.writeBooleanField("fitted", i < FITTED_YEARS);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeObjectFieldStart("heldOut");
          g.writeStringField("academicYear", check.observed().year().toString());
          g.writeNumberField("schoolsPublished", check.observed().schools());
          g.writeNumberField("schoolsPredicted", check.predictedSchools());
          g.writeNumberField("relativeError", check.relativeError());
          g.writeEndObject();
          g.writeEndObject();
        });
  }

  /** Prints a projection from cohort sizes, as a table. */
  void printProjection(
      PrintStream out, String source, int publishedCohorts, List<ProjectedYear> years) {
    line(
        out,
        "mastery reach: the primary programme projected from the cohorts of %s, at the rate"
            + " calibrated on %s to %s of the published figures",
        source,
        PublishedReach.PRIMARY_TO_2018_19.get(0).year(),
        PublishedReach.PRIMARY_TO_2018_19.get(FITTED_YEARS - 1).year());
    line(
        out,
        "  rate: %.3f new schools a leading specialist a year; a specialist's own school counts"
            + " in the training year",
        calibration.rate());
    if (publishedCohorts > 0) {
      line(
          out,
          "  cohorts of %s to %s: the published figures (%s)",
          years.get(0).year(),
          years.get(publishedCohorts - 1).year(),
          PublishedReach.PRIMARY_TO_2018_19_SOURCE);
    }
    line(out, "");
    line(out, "year     new specialists  specialists  leading  new schools  schools");
    for (ProjectedYear y : years) {
      line(
          out,
          "%-7s  %15s  %11s  %7s  %11s  %7s",
          y.year(),
          whole(y.newSpecialists()),
          whole(y.specialists()),
          whole(y.leaders()),
          whole(Math.round(y.newSchools())),
          whole(y.schoolsRounded()));
    }
  }

  /** Writes a projection from cohort sizes as JSON. */
  String projectionJson(String source, int publishedCohorts, List<ProjectedYear> years) {
    return json(
        g -> {
          g.writeStartObject();
          g.writeStringField("stream", Stream.PRIMARY.name());
          g.writeStringField("cohorts", source);
          g.writeNumberField("rate", calibration.rate());
          g.writeArrayFieldStart("years");
          for (int i = 0; i < years.size(); i++) {
            ProjectedYear y = years.get(i);
            g.writeStartObject();
            g.writeStringField("academicYear", y.year().toString());
            g.writeStringField("cohortFrom", i < publishedCohorts ? "published" : "file");
            g.writeNumberField("newSpecialists", y.newSpecialists());
            g.writeNumberField("specialists", y.specialists());
            g.writeNumberField("leaders", y.leaders());
            g.writeNumberField("newSchools", y.newSchools());
            g.writeNumberField("schools", y.schools());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }

  /** What writes one JSON document. */
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  private static String whole(long n) {
    return String.format(Locale.UK, "%,d", n);
  }

  private static void line(PrintStream out, String format, Object... args) {
    out.print(io.mastery.io.UntrustedText.escape(String.format(Locale.UK, format, args)) + "\n");
  }
}
