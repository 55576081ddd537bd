package io.mastery.examples;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.engine.Decision;
import io.mastery.rules.engine.FundingLine;
import io.mastery.rules.engine.Violation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A readable report of a decision: per Work Group its phase, stream, lead, schools (URN and name
 * from the register), verdicts (the violations of the group and of its schools) and funding; then
 * the violations tied to no group; then totals.
 *
 * <p>This class is immutable; it prints on request.
 */
public final class DecisionReport {

  private final Enrolment enrolment;
  private final SchoolRegister register;
  private final String registerName;
  private final ProgrammePolicy policy;
  private final Decision decision;

  /**
   * Creates a report.
   *
   * @param enrolment the enrolment judged, not null
   * @param register the register it was judged against, not null
   * @param registerName how to name the register to readers, not null
   * @param policy the edition it was judged by, not null
   * @param decision the decision, not null
   */
  public DecisionReport(
      Enrolment enrolment,
      SchoolRegister register,
      String registerName,
      ProgrammePolicy policy,
      Decision decision) {
    this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
    this.register = Objects.requireNonNull(register, "register");
    this.registerName = Objects.requireNonNull(registerName, "registerName");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  /**
   * Prints the report.
   *
   * @param out where to print, not null
   */
  public void print(PrintStream out) {
    out.printf(
        "Teaching for Mastery enrolment %s%s%n",
        decision.academicYear(),
        enrolment.hub().map(h -> ": " + h.name() + " (" + h.id() + ")").orElse(""));
    out.printf(
        "  judged by policy edition %s against %s (%d establishment%s)%n",
        decision.edition(), registerName, register.size(), register.size() == 1 ? "" : "s");
    enrolment
        .hub()
        .ifPresent(
            h ->
                out.printf(
                    "  local authorities served: %s%n",
                    h.localAuthorities().isEmpty()
                        ? "none given"
                        : h.localAuthorities().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))));
    Set<Violation> shown = new HashSet<>();
    for (WorkGroup group : enrolment.workGroups()) {
      out.println();
      printGroup(out, group, shown);
    }
    List<Violation> others =
        decision.violations().stream().filter(v -> !shown.contains(v)).collect(Collectors.toList());
    if (!others.isEmpty()) {
      out.println();
      out.println("Not tied to one Work Group");
      others.forEach(v -> printViolation(out, v));
    }
    out.println();
    printTotals(out);
  }

  private void printGroup(PrintStream out, WorkGroup group, Set<Violation> shown) {
    String phase =
        policy
            .phaseRules(group.stream(), group.phase())
            .map(PhaseRules::displayName)
            .orElse(words(group.phase().name()));
    out.printf(
        "Work Group %s: %s, %s, led by %s%n",
        group.id(), phase, words(group.stream().name()).toLowerCase(Locale.ROOT), group.lead());
    out.println("  Schools");
    for (Participation participation : group.participations()) {
      out.printf(
          "    %s  %-50s %d teacher%s%n",
          participation.school(),
          name(participation.school()),
          participation.teachers().size(),
          participation.teachers().size() == 1 ? "" : "s");
    }
    List<Violation> verdicts = verdicts(group);
    shown.addAll(verdicts);
    long errors = verdicts.stream().filter(Violation::isError).count();
    long warnings = verdicts.size() - errors;
    if (verdicts.isEmpty()) {
      out.println("  Verdict: valid");
    } else {
      out.printf(
          "  Verdict: %s%s%n", errors == 0 ? "valid, " : "NOT VALID, ", counts(errors, warnings));
      verdicts.forEach(v -> printViolation(out, v));
    }
    List<FundingLine> funding =
        decision.funding().stream()
            .filter(f -> f.workGroup().equals(group.id()))
            .collect(Collectors.toList());
    if (funding.isEmpty()) {
      out.println("  Funding: none");
    } else {
      out.println("  Funding");
      for (FundingLine line : funding) {
        out.printf(
            "    %s  %-50s %-20s %12s%n",
            line.school(),
            name(line.school()),
            words(line.kind().name()).toLowerCase(Locale.ROOT),
            line.amount());
      }
      out.printf("    %-79s %12s%n", "total", total(funding));
    }
  }

  private static void printViolation(PrintStream out, Violation violation) {
    out.printf("    %-7s %-30s %s%n", violation.severity(), violation.rule(), violation.message());
  }

  private void printTotals(PrintStream out) {
    Set<Urn> schools = new LinkedHashSet<>();
    enrolment.workGroups().forEach(g -> schools.addAll(g.schools()));
    long validGroups =
        enrolment.workGroups().stream()
            .filter(g -> verdicts(g).stream().noneMatch(Violation::isError))
            .count();
    long errors = decision.errors().size();
    long warnings = decision.warnings().size();
    out.println("Totals");
    out.printf(
        "  Work Groups  %d (%d without an error)%n", enrolment.workGroups().size(), validGroups);
    out.printf("  schools      %d%n", schools.size());
    out.printf("  errors       %d%n", errors);
    out.printf("  warnings     %d%n", warnings);
    out.printf("  funding      %s%n", total(decision.funding()));
    out.printf(
        "Result: %s%n",
        decision.isValid()
            ? "VALID" + (warnings == 0 ? "" : ", " + counts(0, warnings))
            : "NOT VALID, " + counts(errors, warnings));
  }

  /**
   * Returns the violations of a group: those naming it, and those naming no group but one of its
   * schools.
   */
  private List<Violation> verdicts(WorkGroup group) {
    Set<Urn> schools = new HashSet<>(group.schools());
    List<Violation> verdicts = new ArrayList<>();
    for (Violation violation : decision.violations()) {
      boolean ofGroup = violation.workGroup().map(group.id()::equals).orElse(false);
      boolean ofSchool =
          violation.workGroup().isEmpty()
              && violation.school().map(schools::contains).orElse(false);
      if (ofGroup || ofSchool) {
        verdicts.add(violation);
      }
    }
    return verdicts;
  }

  private String name(Urn urn) {
    return register.find(urn).map(School::name).orElse("(not in the register)");
  }

  private static Money total(List<FundingLine> lines) {
    Money total = Money.zero(CurrencyUnit.GBP);
    for (FundingLine line : lines) {
      total = total.plus(line.amount());
    }
    return total;
  }

  private static String counts(long errors, long warnings) {
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    return String.join(", ", parts);
  }

  /** Turns {@code MASTERY_READINESS} into {@code Mastery readiness}. */
  private static String words(String constant) {
    String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  @Override
  public String toString() {
    return "DecisionReport{"
        + decision.academicYear()
        + ", "
        + decision.violations().size()
        + " violations}";
  }
}
