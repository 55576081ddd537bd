package io.mastery.rules.engine;

import io.mastery.model.hub.MathsHub;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentTypeGroup;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules about a school itself, looked up by URN in the school register: is it known, state
 * funded, in England, open, of a phase of education that fits the group's stream, and in the hub's
 * area. Each is reported once per Work Group that lists the school.
 */
final class SchoolRules {

  private SchoolRules() {}

  /** A rule about each known school of each group. */
  abstract static class KnownSchoolRule extends Rule {

    KnownSchoolRule(String code, Severity severity, String description, String source) {
      super(code, severity, description, source);
    }

    @Override
    final void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        for (Urn urn : group.schools()) {
          Optional<School> school = context.school(urn);
          if (school.isPresent()) {
            String problem = check(context, group, school.get());
            if (problem != null) {
              report(findings, group.id(), urn, null, problem);
            }
          }
        }
      }
    }

    /** Returns the message if the school breaks the rule in the group, else null. */
    abstract @Nullable String check(EvaluationContext context, EnrolledGroup group, School school);
  }

  /** {@code school.unknown}. */
  static final class Unknown extends Rule {
    Unknown() {
      super(
          "school.unknown",
          Severity.ERROR,
          "The school's URN is not in the school register given",
          "CONTRACT.md §1; DOMAIN.md §1 (schools are identified by their GIAS URN)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        for (Urn urn : group.schools()) {
          if (context.school(urn).isEmpty()) {
            report(
                findings,
                group.id(),
                urn,
                null,
                String.format(
                    "School %s in Work Group %s is not in the school register", urn, group.id()));
          }
        }
      }
    }
  }

  /** {@code school.not-state-funded}. */
  static final class NotStateFunded extends KnownSchoolRule {
    NotStateFunded() {
      super(
          "school.not-state-funded",
          Severity.ERROR,
          "The school is not state-funded: independent, non-maintained special, online provider or"
              + " another type that is not a school",
          "DOMAIN.md §5; seeds 002 and 003 (open to all state-funded schools in England)");
    }

    @Override
    @Nullable String check(EvaluationContext context, EnrolledGroup group, School school) {
      FundingStatus status = school.fundingStatus();
      if (status != FundingStatus.INDEPENDENT && status != FundingStatus.NOT_A_SCHOOL) {
        return null;
      }
      return String.format(
          "School %s has type \"%s\", %s; the programme is open to state-funded schools in"
              + " England",
          Wording.school(school),
          school.type().registerName(),
          status == FundingStatus.INDEPENDENT ? "which is not state-funded" : "which is not a school");
    }
  }

  /** {@code school.outside-england}. */
  static final class OutsideEngland extends KnownSchoolRule {
    OutsideEngland() {
      super(
          "school.outside-england",
          Severity.ERROR,
          "The establishment is in Wales or elsewhere outside England",
          "DOMAIN.md §5; seeds 002 and 003 (open to all state-funded schools in England)");
    }

    @Override
    @Nullable String check(EvaluationContext context, EnrolledGroup group, School school) {
      if (school.fundingStatus() != FundingStatus.OUTSIDE_ENGLAND) {
        return null;
      }
      return String.format(
          "School %s has type \"%s\", which is outside England; the programme is open to"
              + " state-funded schools in England",
          Wording.school(school),
          school.type().registerName());
    }
  }

  /** {@code school.closed}. */
  static final class Closed extends KnownSchoolRule {
    Closed() {
      super(
          "school.closed",
          Severity.ERROR,
          "The register status is Closed or Proposed to open",
          "DOMAIN.md §5 (closed schools are not eligible)");
    }

    @Override
    @Nullable String check(EvaluationContext context, EnrolledGroup group, School school) {
      EstablishmentStatus status = school.status();
      if (status != EstablishmentStatus.CLOSED && status != EstablishmentStatus.PROPOSED_TO_OPEN) {
        return null;
      }
      return String.format(
          "School %s has register status \"%s\"; only open schools take part",
          Wording.school(school),
          status.registerName());
    }
  }

  /**
   * {@code school.wrong-phase}: by the school's phase of education, primary groups take Primary,
   * Middle deemed primary and All-through schools; secondary groups take Secondary, Middle deemed
   * secondary and All-through schools; FE groups take colleges and 16 plus establishments. Colleges
   * fit the FE stream only. A school whose phase is Not applicable fits primary or secondary when
   * its statutory age range shares a year of age with 5-11 or 11-16 (ranges run from the age pupils
   * join to the age they leave, so 11-16 and 5-11 share none). Nursery schools fit no stream.
   */
  static final class WrongPhase extends KnownSchoolRule {

    private static final int PRIMARY_FROM = 5;
    private static final int SECONDARY_FROM = 11;
    private static final int SECONDARY_TO = 16;

    WrongPhase() {
      super(
          "school.wrong-phase",
          Severity.ERROR,
          "The school's phase of education does not fit the Work Group's stream, such as a nursery"
              + " or secondary school in a primary group, or a college outside the FE stream",
          "DOMAIN.md §5 (which schools fit which stream)");
    }

    @Override
    @Nullable String check(EvaluationContext context, EnrolledGroup group, School school) {
      Stream stream = group.group().stream();
      if (school.type().group() == EstablishmentTypeGroup.COLLEGES) {
        return stream == Stream.FE
            ? null
            : String.format(
                "School %s is a college (%s), which only the FE stream takes; %s is not FE",
                Wording.school(school), school.type().registerName(), groupWords(group));
      }
      switch (school.phaseOfEducation()) {
        case PRIMARY:
        case MIDDLE_DEEMED_PRIMARY:
          return fits(stream, Stream.PRIMARY, school, group);
        case SECONDARY:
        case MIDDLE_DEEMED_SECONDARY:
          return fits(stream, Stream.SECONDARY, school, group);
        case ALL_THROUGH:
          return stream == Stream.PRIMARY || stream == Stream.SECONDARY
              ? null
              : String.format(
                  "School %s has phase of education All-through, which fits the primary and"
                      + " secondary streams, not %s",
                  Wording.school(school), groupWords(group));
        case SIXTEEN_PLUS:
          return fits(stream, Stream.FE, school, group);
        case NURSERY:
          return String.format(
              "School %s has phase of education Nursery, which fits no stream; it cannot join %s",
              Wording.school(school), groupWords(group));
        case NOT_APPLICABLE:
          return notApplicable(stream, school, group);
        default:
          throw new AssertionError(school.phaseOfEducation());
      }
    }

    private static String groupWords(EnrolledGroup group) {
      return Wording.stream(group.group().stream()) + " Work Group " + group.id();
    }

    private static @Nullable String fits(
        Stream stream, Stream fitting, School school, EnrolledGroup group) {
      return stream == fitting
          ? null
          : String.format(
              "School %s has phase of education %s, which fits the %s stream, not %s",
              Wording.school(school),
              school.phaseOfEducation().registerName(),
              Wording.stream(fitting),
              groupWords(group));
    }

    private static @Nullable String notApplicable(
        Stream stream, School school, EnrolledGroup group) {
      if (stream == Stream.FE) {
        return String.format(
            "School %s has phase of education Not applicable; the FE stream takes colleges and"
                + " 16 plus establishments, so it cannot join %s",
            Wording.school(school), groupWords(group));
      }
      Optional<AgeRange> ages = school.statutoryAgeRange();
      if (ages.isEmpty()) {
        return String.format(
            "School %s has phase of education Not applicable and no statutory age range, so it"
                + " cannot be shown to fit %s",
            Wording.school(school), groupWords(group));
      }
      int from = stream == Stream.PRIMARY ? PRIMARY_FROM : SECONDARY_FROM;
      int to = stream == Stream.PRIMARY ? SECONDARY_FROM : SECONDARY_TO;
      if (Math.max(ages.get().low(), from) < Math.min(ages.get().high(), to)) {
        return null;
      }
      return String.format(
          "School %s has phase of education Not applicable and statutory age range %s, which"
              + " shares no year of the %s ages %s-%s; it cannot join %s",
          Wording.school(school),
          ages.get(),
          Wording.stream(stream),
          from,
          to,
          groupWords(group));
    }
  }

  /** {@code school.outside-hub}. */
  static final class OutsideHub extends KnownSchoolRule {
    OutsideHub() {
      super(
          "school.outside-hub",
          Severity.WARNING,
          "The school's local authority is not one the hub serves",
          "DOMAIN.md §1 (each hub serves a set of local authorities; a school belongs to one"
              + " hub)");
    }

    @Override
    @Nullable String check(EvaluationContext context, EnrolledGroup group, School school) {
      if (context.hub().isEmpty() || context.hub().get().serves(school.localAuthority())) {
        return null;
      }
      MathsHub hub = context.hub().get();
      return String.format(
          "School %s is in local authority %s%s, which hub %s does not serve",
          Wording.school(school),
          school.localAuthority(),
          school.localAuthorityName().isBlank() ? "" : " (" + school.localAuthorityName() + ")",
          hub.id());
    }
  }
}
