package io.mastery.examples;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.specialist.Cohort;
import io.mastery.rules.progression.SpecialistProgression;
import io.mastery.rules.progression.Stage;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prints a readable view of the programme for an academic year: the policy edition in force, the
 * year's calendar, the phases offered in each stream and the specialist cohorts with their stage.
 */
public final class ProgrammeOverview {

  private ProgrammeOverview() {}

  /**
   * Prints the overview of a year.
   *
   * @param year the academic year, not null
   * @param out where to print, not null
   */
  public static void print(AcademicYear year, PrintStream out) {
    ProgrammePolicy policy = ProgrammePolicy.forYear(year);
    out.printf(
        Locale.UK,
        "Teaching for Mastery, academic year %s%n", year);
    out.printf(
        Locale.UK,
        "  runs %s to %s; half-terms: %s%n",
        year.startDate(),
        year.endDate(),
        year.halfTerms().stream().map(HalfTerm::name).collect(Collectors.joining(", ")));
    out.printf(
        Locale.UK,
        "  policy edition %s, in force from %s%n", policy.edition(), policy.inForceFrom());
    out.println();
    out.println("  Phases offered");
    for (PhaseRules rules : policy.phaseRules()) {
      if (!rules.isOfferedIn(year)) {
        continue;
      }
      out.printf(
          Locale.UK,
          "    %-9s %-17s schools %-10s teachers/school %-9s meetings %d, visits/school %d,"
              + " release grant %s%n",
          rules.stream(),
          rules.displayName(),
          rules.schoolsPerGroup(),
          rules.teachersPerSchool(),
          rules.meetingsPerYear(),
          rules.supportVisitsPerSchool(),
          rules
              .releaseGrant()
              .map(Object::toString)
              .orElse(rules.fundingSetByHub() ? "set by the hub" : "none"));
    }
    policy
        .textbookMatchFunding()
        .ifPresent(
            t ->
                out.printf(
                    Locale.UK,
                    "    textbook match funding: %s of the spend up to %s per school, %s to %s;"
                        + " approved in %s: %s%n",
                    t.share(),
                    t.capPerSchool(),
                    t.firstYear(),
                    t.lastYear(),
                    year,
                    t.approvedSchemesIn(year).isEmpty()
                        ? "none"
                        : String.join(", ", t.approvedSchemesIn(year))));
    out.println();
    out.println("  Mastery Specialist cohorts");
    SpecialistProgression progression = SpecialistProgression.of(policy);
    for (StreamRules stream : policy.streamRules()) {
      AcademicYear trained = stream.cohortOneTrainingYear();
      int number = 1;
      while (!trained.isAfter(year) && number <= Cohort.MAX_NUMBER) {
        Cohort cohort = Cohort.of(stream.stream(), number);
        String stage =
            progression.stage(cohort, year).map(Stage::description).orElse("unknown");
        out.printf(
            Locale.UK,
            "    %-9s cohort %2d trained %s: %s%n",
            stream.stream(),
            number,
            trained,
            stage);
        if (trained.equals(year)) {
          break;
        }
        trained = trained.next();
        number++;
      }
      if (number > Cohort.MAX_NUMBER) {
        out.printf(
            Locale.UK,
            "    %-9s cohorts after %d: none, cohorts are numbered up to %d%n",
            stream.stream(),
            Cohort.MAX_NUMBER,
            Cohort.MAX_NUMBER);
      }
    }
  }
}
