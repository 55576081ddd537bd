package io.mastery.examples;

import io.mastery.io.UntrustedText;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.DeliveryCalendar;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.SchoolCompletion;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A readable report of a decision: per Work Group its phase, stream, lead, schools (URN and name
 * from the register), verdicts (the violations of the group and of its schools) and funding (a
 * line whose amount the hub sets says so, and counts for nothing in the totals); then the
 * violations tied to no group; then the funding of specialists' own schools, which no group
 * carries; then totals.
 *
 * <p>This class is immutable; it prints on request.
 */
public final class DecisionReport {

  /** How each grant condition reads after a funding line, in the order of the conditions. */
  private static final List<String> CONDITIONS =
      List.of("paid on enrolment", "paid on completion", "less missed meetings");

  private final Enrolment enrolment;
  private final SchoolRegister register;
  private final String registerName;
  private final ProgrammePolicy policy;
  private final Decision decision;
  private final List<String> notes;

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
    this(enrolment, register, registerName, policy, decision, List.of());
  }

  /**
   * Creates a report with notes on how it was judged, each printed on a line of its own under the
   * line that names the register, such as that the bundled sample register stood in for the DfE's.
   *
   * @param enrolment the enrolment judged, not null
   * @param register the register it was judged against, not null
   * @param registerName how to name the register to readers, not null
   * @param policy the edition it was judged by, not null
   * @param decision the decision, not null
   * @param notes the notes, not null
   */
  public DecisionReport(
      Enrolment enrolment,
      SchoolRegister register,
      String registerName,
      ProgrammePolicy policy,
      Decision decision,
      List<String> notes) {
    this.notes = List.copyOf(notes);
    this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
    this.register = Objects.requireNonNull(register, "register");
    this.registerName = Objects.requireNonNull(registerName, "registerName");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  /**
   * Prints the report. Every line is formatted in UK English, whatever the machine's locale, and
   * shows control and bidirectional characters escaped ({@link UntrustedText}), so that no hub or
   * school name can start a line of its own; lines end with a line feed. The time taken grows
   * linearly with the enrolment and the decision.
   *
   * @param out where to print, not null
   */
  public void print(PrintStream out) {
    Objects.requireNonNull(out, "out");
    Verdicts verdicts = new Verdicts();
    line(
        out,
        "Teaching for Mastery enrolment %s%s",
        decision.academicYear(),
        enrolment.hub().map(h -> ": " + h.name() + " (" + h.id() + ")").orElse(""));
    line(
        out,
        "  judged by policy edition %s against %s (%d establishment%s)",
        decision.edition(),
        registerName,
        register.size(),
        register.size() == 1 ? "" : "s");
    for (String note : notes) {
      line(out, "  note: %s", note);
    }
    enrolment
        .hub()
        .ifPresent(
            h ->
                line(
                    out,
                    "  local authorities served: %s",
                    h.localAuthorities().isEmpty()
                        ? "none given"
                        : h.localAuthorities().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(", "))));
    Set<Violation> shown = new HashSet<>();
    for (WorkGroup group : enrolment.workGroups()) {
      blank(out);
      printGroup(out, group, verdicts, shown);
    }
    List<Violation> others =
        decision.violations().stream().filter(v -> !shown.contains(v)).collect(Collectors.toList());
    if (!others.isEmpty()) {
      blank(out);
      line(out, "Not tied to one Work Group");
      others.forEach(v -> printViolation(out, v));
    }
    printOwnSchools(out, verdicts);
    blank(out);
    printTotals(out, verdicts);
  }

  /** Formats one line in UK English, escapes its untrusted text and ends it with a line feed. */
  private static void line(PrintStream out, String format, Object... args) {
    out.print(UntrustedText.escape(String.format(Locale.UK, format, args)));
    out.print('\n');
  }

  private static void blank(PrintStream out) {
    out.print('\n');
  }

  private void printGroup(
      PrintStream out, WorkGroup group, Verdicts verdicts, Set<Violation> shown) {
    String phase =
        policy
            .phaseRules(group.stream(), group.phase())
            .map(PhaseRules::displayName)
            .orElse(words(group.phase().name()));
    line(
        out,
        "Work Group %s: %s, %s, led by %s",
        group.id(),
        phase,
        words(group.stream().name()).toLowerCase(Locale.ROOT),
        group.lead());
    line(out, "  Schools");
    for (Participation participation : group.participations()) {
      line(
          out,
          "    %s  %-50s %d teacher%s",
          participation.school(),
          name(participation.school()),
          participation.teachers().size(),
          participation.teachers().size() == 1 ? "" : "s");
    }
    enrolment.delivery().ifPresent(delivery -> printDelivery(out, group, delivery));
    List<Violation> found = verdicts.of(group);
    shown.addAll(found);
    long errors = found.stream().filter(Violation::isError).count();
    long warnings = found.size() - errors;
    if (found.isEmpty()) {
      line(out, "  Verdict: valid");
    } else {
      line(out, "  Verdict: %s%s", errors == 0 ? "valid, " : "NOT VALID, ", counts(errors, warnings));
      found.forEach(v -> printViolation(out, v));
    }
    List<FundingLine> funding = verdicts.fundingOf(group);
    if (funding.isEmpty()) {
      line(out, "  Funding: none");
    } else {
      line(out, "  Funding");
      for (FundingLine fundingLine : funding) {
        printFunding(out, fundingLine);
      }
      line(out, "    %-79s %12s", "total", total(funding));
    }
  }

  private void printFunding(PrintStream out, FundingLine fundingLine) {
    line(
        out,
        "    %s  %-50s %-20s %12s%s",
        fundingLine.school(),
        name(fundingLine.school()),
        words(fundingLine.kind().name()).toLowerCase(Locale.ROOT),
        fundingLine.amount().map(Money::toString).orElse("set by the hub"),
        fundingLine.condition().map(c -> "  (" + CONDITIONS.get(c.ordinal()) + ")").orElse(""));
  }

  /** The funding of specialists' own schools, which no Work Group carries. */
  private void printOwnSchools(PrintStream out, Verdicts verdicts) {
    List<FundingLine> funding = verdicts.withoutGroup();
    if (funding.isEmpty()) {
      return;
    }
    blank(out);
    line(out, "Funding of Mastery Specialists' own schools, without a Work Group");
    for (FundingLine fundingLine : funding) {
      printFunding(out, fundingLine);
      fundingLine.specialist().ifPresent(trn -> line(out, "      own school of specialist %s", trn));
    }
    line(out, "    %-79s %12s", "total", total(funding));
  }

  private static void printViolation(PrintStream out, Violation violation) {
    line(out, "    %-7s %-30s %s", violation.severity(), violation.rule(), violation.message());
  }

  private void printTotals(PrintStream out, Verdicts verdicts) {
    Set<Urn> schools = new LinkedHashSet<>();
    enrolment.workGroups().forEach(g -> schools.addAll(g.schools()));
    long validGroups =
        enrolment.workGroups().stream()
            .filter(g -> verdicts.of(g).stream().noneMatch(Violation::isError))
            .count();
    long errors = decision.errors().size();
    long warnings = decision.warnings().size();
    line(out, "Totals");
    line(out, "  Work Groups  %d (%d without an error)", enrolment.workGroups().size(), validGroups);
    line(out, "  schools      %d", schools.size());
    line(out, "  errors       %d", errors);
    line(out, "  warnings     %d", warnings);
    line(out, "  funding      %s", total(decision.funding()));
    line(
        out,
        "Result: %s",
        decision.isValid()
            ? "VALID" + (warnings == 0 ? "" : ", " + counts(0, warnings))
            : "NOT VALID, " + counts(errors, warnings));
  }

  /**
   * The decision indexed once, so that the report takes time linear in its size: the violations of
   * each Work Group (those naming it, and those naming no group but one of its schools) and its
   * funding lines, each in the decision's order.
   */
  private final class Verdicts {

    private final Map<WorkGroupId, List<Violation>> byGroup = new HashMap<>();
    private final Map<Urn, List<Violation>> bySchoolWithoutGroup = new HashMap<>();
    private final Map<WorkGroupId, List<FundingLine>> fundingByGroup = new HashMap<>();
    private final List<FundingLine> fundingWithoutGroup = new ArrayList<>();
    private final Map<WorkGroup, List<Violation>> cache = new IdentityHashMap<>();

    Verdicts() {
      for (Violation violation : decision.violations()) {
        if (violation.workGroup().isPresent()) {
          byGroup.computeIfAbsent(violation.workGroup().get(), k -> new ArrayList<>()).add(violation);
        } else if (violation.school().isPresent()) {
          bySchoolWithoutGroup
              .computeIfAbsent(violation.school().get(), k -> new ArrayList<>())
              .add(violation);
        }
      }
      for (FundingLine line : decision.funding()) {
        if (line.workGroup().isPresent()) {
          fundingByGroup.computeIfAbsent(line.workGroup().get(), k -> new ArrayList<>()).add(line);
        } else {
          fundingWithoutGroup.add(line);
        }
      }
    }

    /** Returns the violations of a group, in the decision's order. */
    List<Violation> of(WorkGroup group) {
      return cache.computeIfAbsent(group, this::collect);
    }

    private List<Violation> collect(WorkGroup group) {
      List<Violation> found = new ArrayList<>(byGroup.getOrDefault(group.id(), List.of()));
      Set<Urn> seen = new HashSet<>();
      for (Urn school : group.schools()) {
        if (seen.add(school)) {
          found.addAll(bySchoolWithoutGroup.getOrDefault(school, List.of()));
        }
      }
      found.sort(null);
      return found;
    }

    List<FundingLine> fundingOf(WorkGroup group) {
      return fundingByGroup.getOrDefault(group.id(), List.of());
    }

    List<FundingLine> withoutGroup() {
      return fundingWithoutGroup;
    }
  }

  private String name(Urn urn) {
    return register.find(urn).map(School::name).orElse("(not in the register)");
  }

  private static Money total(List<FundingLine> lines) {
    Money total = Money.zero(CurrencyUnit.GBP);
    for (FundingLine line : lines) {
      if (line.amount().isPresent()) {
        total = total.plus(line.amount().get());
      }
    }
    return total;
  }

  /**
   * Prints a group's delivery grid: for each school, per half-term, x where its teachers attended
   * the group's meeting, - where they did not and the half-term has ended, . where it has not; its
   * support visits per term; and its completion.
   */
  private void printDelivery(PrintStream out, WorkGroup group, Delivery delivery) {
    AcademicYear year = group.academicYear();
    GroupDelivery log =
        delivery.workGroup(group.id()).orElse(GroupDelivery.of(group.id(), List.of(), List.of()));
    line(
        out,
        "  Delivery%s (x attended, - missed, . not yet ended)",
        delivery.asOf().map(d -> " as of " + d).orElse(", the whole year"));
    line(out, "    %-8s %-17s  %-11s  %s", "school", "AU1 AU2 SP1 SP2 SU1 SU2", "visits A S U", "completion");
    Map<Urn, String> completion = new HashMap<>();
    for (SchoolCompletion c : decision.completions()) {
      if (c.workGroup().equals(group.id())) {
        completion.put(
            c.school(),
            words(c.completion().name()).toLowerCase(Locale.ROOT)
                + " ("
                + c.attended()
                + " of "
                + c.needed()
                + " meetings)");
      }
    }
    Set<Urn> listed = new LinkedHashSet<>();
    for (Participation participation : group.participations()) {
      if (!listed.add(participation.school())) {
        continue;
      }
      Set<Trn> teachers = new HashSet<>();
      for (Participation p : group.participations()) {
        if (p.school().equals(participation.school())) {
          teachers.addAll(p.teachers());
        }
      }
      StringBuilder halves = new StringBuilder();
      for (HalfTerm halfTerm : HalfTerm.inOrder()) {
        boolean attended = false;
        for (Meeting meeting : log.meetings()) {
          if (meeting.halfTerm() == halfTerm
              && year.contains(meeting.date())
              && meeting.attended().stream().anyMatch(teachers::contains)) {
            attended = true;
          }
        }
        halves.append(attended ? " x  " : delivery.judges(year, halfTerm) ? " -  " : " .  ");
      }
      StringBuilder visits = new StringBuilder();
      for (Term term : Term.inOrder()) {
        long n =
            log.visits().stream()
                .filter(
                    v ->
                        v.school().equals(participation.school())
                            && year.contains(v.date())
                            && DeliveryCalendar.termOf(year, v.date()) == term)
                .count();
        visits.append(' ').append(n == 0 && !delivery.judges(year, term) ? "." : String.valueOf(n));
      }
      line(
          out,
          "    %-8s %-23s %-6s %-5s  %s",
          participation.school(),
          halves.toString().stripTrailing(),
          "",
          visits.toString().strip(),
          completion.getOrDefault(participation.school(), "not judged"));
    }
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
