package io.mastery.rules.engine;

import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.progression.Stage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules about a Work Group as a whole: the edition offers its phase, its size, the teachers
 * each school sends, no school twice, its own id, and its lead.
 */
final class WorkGroupRules {

  private WorkGroupRules() {}

  /** {@code workgroup.phase-not-offered}. */
  static final class PhaseNotOffered extends Rule {
    PhaseNotOffered() {
      super(
          "workgroup.phase-not-offered",
          Severity.ERROR,
          "The policy edition has no rules for the Work Group's phase in its stream (such as FE"
              + " Work Groups)",
          "DOMAIN.md §2 and §3 (phases and sizes are edition data); the edition in force");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        if (group.rules().isEmpty()) {
          WorkGroup g = group.group();
          report(
              findings,
              group.id(),
              null,
              null,
              String.format(
                  "Work Group %s is %s %s, which edition %s does not offer",
                  g.id(),
                  Wording.stream(g.stream()),
                  Wording.phase(g.phase()),
                  context.policy().edition()));
        }
      }
    }
  }

  /** {@code workgroup.size}: the number of different schools a group lists. */
  static final class Size extends Rule {
    Size() {
      super(
          "workgroup.size",
          Severity.ERROR,
          "The number of schools is outside the edition's bounds for the phase (Development"
              + " 2019/20: 6 to 7)",
          "DOMAIN.md §3; seed 002 (Work Groups of six or seven schools)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        if (group.rules().isPresent()) {
          Bounds bounds = group.rules().get().schoolsPerGroup();
          int schools = group.schools().size();
          if (!bounds.contains(schools)) {
            report(
                findings,
                group.id(),
                null,
                null,
                String.format(
                    "Work Group %s has %s; %s groups have %s",
                    group.id(),
                    Wording.count(schools, "school"),
                    group.rules().get().displayName(),
                    bounds));
          }
        }
      }
    }
  }

  /** {@code workgroup.teachers-per-school}: the teachers listed for a school, repeats included. */
  static final class TeachersPerSchool extends Rule {
    TeachersPerSchool() {
      super(
          "workgroup.teachers-per-school",
          Severity.ERROR,
          "A school sends another number of teachers than the edition requires for the phase"
              + " (Development: 2)",
          "DOMAIN.md §3; seed 002 (two teachers from each school)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        if (group.rules().isPresent()) {
          PhaseRules rules = group.rules().get();
          for (Participation participation : group.group().participations()) {
            int teachers = participation.teachers().size();
            if (!rules.teachersPerSchool().contains(teachers)) {
              report(
                  findings,
                  group.id(),
                  participation.school(),
                  null,
                  String.format(
                      "School %s sends %s to Work Group %s; %s groups take %s from each school",
                      participation.school(),
                      Wording.count(teachers, "teacher"),
                      group.id(),
                      rules.displayName(),
                      rules.teachersPerSchool()));
            }
          }
        }
      }
    }
  }

  /** {@code workgroup.duplicate-school}. */
  static final class DuplicateSchool extends Rule {
    DuplicateSchool() {
      super(
          "workgroup.duplicate-school",
          Severity.ERROR,
          "The same URN is listed more than once in one Work Group",
          "CONTRACT.md §1");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        for (Urn school : group.schools()) {
          int listings = group.listings(school);
          if (listings > 1) {
            report(
                findings,
                group.id(),
                school,
                null,
                String.format(
                    "School %s is listed %s in Work Group %s",
                    school,
                    Wording.times(listings),
                    group.id()));
          }
        }
      }
    }
  }

  /** {@code workgroup.duplicate-id}: added by the library, so that every subject is unambiguous. */
  static final class DuplicateId extends Rule {
    DuplicateId() {
      super(
          "workgroup.duplicate-id",
          Severity.ERROR,
          "Two or more Work Groups of the year share one id",
          "Library rule: violations and funding name Work Groups by id");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (Map.Entry<WorkGroupId, Collection<EnrolledGroup>> entry :
          context.groupsById().asMap().entrySet()) {
        if (entry.getValue().size() > 1) {
          report(
              findings,
              entry.getKey(),
              null,
              null,
              String.format(
                  "Work Group id %s is used by %s Work Groups; each Work Group needs its own id",
                  entry.getKey(),
                  entry.getValue().size()));
        }
      }
    }
  }

  /** {@code workgroup.lead-unknown}. */
  static final class LeadUnknown extends Rule {
    LeadUnknown() {
      super(
          "workgroup.lead-unknown",
          Severity.ERROR,
          "The lead's TRN is not one of the hub's Mastery Specialists",
          "DOMAIN.md §3 (Work Groups are led by a Mastery Specialist)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        WorkGroup g = group.group();
        if (context.specialist(g.lead()).isEmpty()) {
          report(
              findings,
              g.id(),
              null,
              g.lead(),
              String.format(
                  "Lead %s of Work Group %s is not one of the hub's Mastery Specialists",
                  g.lead(),
                  g.id()));
        }
      }
    }
  }

  /**
   * {@code workgroup.lead-not-eligible}: the lead is of another stream, or in the training year or
   * before it; a lead whose stage the edition cannot give (no specialist programme for the stream)
   * is not shown eligible either.
   */
  static final class LeadNotEligible extends Rule {
    LeadNotEligible() {
      super(
          "workgroup.lead-not-eligible",
          Severity.ERROR,
          "The lead is in the training year, has not yet started, or is a specialist of another"
              + " stream",
          "DOMAIN.md §4; seeds 000 and 002 (specialists train, then lead Work Groups)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (EnrolledGroup group : context.groups()) {
        WorkGroup g = group.group();
        Optional<MasterySpecialist> found = context.specialist(g.lead());
        if (found.isEmpty()) {
          continue;
        }
        MasterySpecialist lead = found.get();
        if (lead.stream() != g.stream()) {
          report(
              findings,
              g.id(),
              null,
              g.lead(),
              String.format(
                  "Lead %s of Work Group %s is a %s Mastery Specialist; the group is %s",
                  g.lead(),
                  g.id(),
                  Wording.stream(lead.stream()),
                  Wording.stream(g.stream())));
        }
        Optional<Stage> stage = context.progression().stage(lead, context.year());
        if (stage.isEmpty()) {
          report(
              findings,
              g.id(),
              null,
              g.lead(),
              String.format(
                  "Edition %s has no %s specialist programme, so lead %s of Work Group %s cannot"
                      + " be shown to have trained",
                  context.policy().edition(),
                  Wording.stream(lead.stream()),
                  g.lead(),
                  g.id()));
        } else if (stage.get() == Stage.TRAINING) {
          report(
              findings,
              g.id(),
              null,
              g.lead(),
              String.format(
                  "Lead %s of Work Group %s is in the training year in %s (%s); specialists lead"
                      + " Work Groups after it",
                  g.lead(),
                  g.id(),
                  context.year(),
                  Wording.cohort(lead.cohort())));
        } else if (stage.get() == Stage.NOT_STARTED) {
          report(
              findings,
              g.id(),
              null,
              g.lead(),
              String.format(
                  "Lead %s of Work Group %s has not started training in %s: %s trains in %s",
                  g.lead(),
                  g.id(),
                  context.year(),
                  Wording.cohort(lead.cohort()),
                  Wording.trainingYear(context.policy(), lead.cohort())));
        }
      }
    }
  }

  /**
   * {@code workgroup.lead-overcommitted}: counted per stream and phase; every such group reported,
   * with a message that names the first few of the lead's groups only (see {@link
   * Wording#firstFew}), so that one lead for every group gives a decision that grows linearly.
   */
  static final class LeadOvercommitted extends Rule {
    LeadOvercommitted() {
      super(
          "workgroup.lead-overcommitted",
          Severity.ERROR,
          "The lead leads more Work Groups of a phase in the year than the edition allows"
              + " (Development: 1)",
          "DOMAIN.md §4; seed 002 (lead a Work Group, then the next year another group)");
    }

    @Override
    void evaluate(EvaluationContext context, Findings findings) {
      for (Map.Entry<EvaluationContext.Assignment, Collection<EnrolledGroup>> entry :
          context.groupsByAssignment().asMap().entrySet()) {
        EvaluationContext.Assignment assignment = entry.getKey();
        Optional<PhaseRules> rules =
            context.policy().phaseRules(assignment.stream(), assignment.phase());
        int led = entry.getValue().size();
        if (rules.isEmpty() || led <= rules.get().groupsLedPerSpecialist()) {
          continue;
        }
        List<String> ids =
            entry.getValue().stream()
                .map(g -> g.id().toString())
                .sorted()
                .collect(Collectors.toList());
        for (EnrolledGroup group : entry.getValue()) {
          String message =
              String.format(
                  "Mastery Specialist %s leads %s %s %s Work Groups in %s (%s); edition %s allows %s",
                  assignment.lead(),
                  led,
                  Wording.stream(assignment.stream()),
                  rules.get().displayName(),
                  context.year(),
                  Wording.firstFewNaming(group.id().toString(), ids),
                  context.policy().edition(),
                  rules.get().groupsLedPerSpecialist());
          report(findings, group.id(), null, assignment.lead(), message);
        }
      }
    }
  }
}
