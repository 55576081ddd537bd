package io.mastery.examples;

import io.mastery.io.UntrustedText;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.LeadNotUsed;
import io.mastery.rules.planning.LeftOut;
import io.mastery.rules.planning.PlacedSchool;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.PlanQuality;
import io.mastery.rules.planning.PlannedGroup;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@code mastery plan}: each planned Work Group with its lead, meeting place, schools
 * and their distances, the plan's quality, and every school left out and every specialist who
 * cannot lead, with the reason and rule code.
 *
 * <p>Every line shows control and bidirectional characters escaped ({@link UntrustedText}), so
 * that no hub or school name can forge a line; figures are formatted in UK English.
 */
final class PlanReport {

  private final Plan plan;
  private final SchoolRegister register;
  private final String registerName;
  private final long seed;
  private final List<String> notes;

  PlanReport(
      Plan plan, SchoolRegister register, String registerName, long seed, List<String> notes) {
    this.plan = plan;
    this.register = register;
    this.registerName = registerName;
    this.seed = seed;
    this.notes = List.copyOf(notes);
  }

  void print(PrintStream out) {
    Applications a = plan.applications();
    line(
        out,
        "mastery plan: %s, %s, %s, %s stream; edition %s, seed %d",
        a.hub().map(h -> h.name() + " (" + h.id() + ")").orElse("no hub"),
        a.year(),
        a.phase(),
        a.stream(),
        plan.edition(),
        seed);
    line(
        out,
        "  %d applicants, %d specialists offered to lead; register: %s",
        a.applicants().size(),
        a.specialists().size(),
        registerName);
    for (String note : notes) {
      line(out, "  note: %s", note);
    }
    line(out, "");
    for (PlannedGroup group : plan.groups()) {
      line(
          out,
          "%s  led by %s, meets at %s %s",
          group.id(),
          group.lead(),
          group.meetingPlace(),
          name(group.meetingPlace()));
      for (PlacedSchool school : group.schools()) {
        line(out, "  %s  %6s  %s", school.urn(), km(school.distanceMetres()), name(school.urn()));
      }
      line(
          out,
          "  %d schools, travel %s in all",
          group.schools().size(),
          km(group.travelMetres()).trim());
      line(out, "");
    }
    PlanQuality q = plan.quality();
    line(
        out,
        "Quality: total travel %s, worst %s; lower bound %s (each school to its nearest lead),"
            + " %.1f%% above it",
        km(q.totalTravelMetres()).trim(),
        km(q.worstTravelMetres()).trim(),
        km(q.lowerBoundMetres()).trim(),
        100 * q.gap());
    if (!plan.leftOut().isEmpty()) {
      line(out, "");
      line(out, "Left out (%d):", plan.leftOut().size());
      for (LeftOut left : plan.leftOut()) {
        line(
            out,
            "  %s  %s: %s",
            left.urn(),
            left.rule().orElse(reasonCode(left.reason())),
            left.message());
      }
    }
    if (!plan.leadsNotUsed().isEmpty()) {
      line(out, "");
      line(out, "Specialists who lead no group (%d):", plan.leadsNotUsed().size());
      for (LeadNotUsed lead : plan.leadsNotUsed()) {
        line(out, "  %s  %s: %s", lead.trn(), lead.rule().orElse("no-location"), lead.message());
      }
    }
    line(out, "");
    line(
        out,
        "%d of %d applicants placed in %d Work Groups. Name each school's teachers in the JSON"
            + " plan (--format json), then: mastery validate PLAN.json",
        plan.placed(),
        a.applicants().size(),
        plan.groups().size());
  }

  /** Names a reason without a rule code as the contract's enum name, in lower case. */
  static String reasonCode(LeftOut.Reason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private String name(Urn urn) {
    return register.find(urn).map(School::name).orElse("(not in the register)");
  }

  static String km(double metres) {
    return String.format(Locale.UK, "%.1f km", metres / 1000);
  }

  private static void line(PrintStream out, String format, Object... args) {
    out.print(UntrustedText.escape(String.format(Locale.UK, format, args)) + "\n");
  }
}
