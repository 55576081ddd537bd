package io.mastery.rules.planning;

import com.google.common.collect.ImmutableList;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import java.util.List;
import java.util.Objects;

/**
 * A plan of Work Groups for a hub's applications: the groups, every applicant left out with its
 * reason, the specialists who cannot lead, and the plan's quality.
 *
 * <p>{@link #enrolment()} gives the plan as an enrolment of the public contract, each school's
 * teachers left empty for the hub to fill in.
 *
 * @param applications the applications planned
 * @param edition the name of the policy edition applied
 * @param groups the planned groups, in the order of their ids
 * @param leftOut the applicants left out, by URN
 * @param leadsNotUsed the specialists offered who cannot lead, by TRN
 * @param quality the plan's travel figures
 */
public record Plan(
    Applications applications,
    String edition,
    List<PlannedGroup> groups,
    List<LeftOut> leftOut,
    List<LeadNotUsed> leadsNotUsed,
    PlanQuality quality) {

  /** Checks the parts and copies the lists. */
  public Plan {
    Objects.requireNonNull(applications, "applications");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(quality, "quality");
    groups = ImmutableList.copyOf(groups);
    leftOut = ImmutableList.copyOf(leftOut);
    leadsNotUsed = ImmutableList.copyOf(leadsNotUsed);
  }

  /**
   * Returns the number of schools placed in a group.
   *
   * @return 0 or more
   */
  public int placed() {
    return groups.stream().mapToInt(g -> g.schools().size()).sum();
  }

  /**
   * Returns the plan as an enrolment: the year, hub, specialists and history of the applications
   * and one Work Group per planned group, each school with no teachers yet.
   *
   * @return the enrolment, which the rulebook judges like any other
   */
  public Enrolment enrolment() {
    Enrolment.Builder builder =
        Enrolment.builder()
            .academicYear(applications.year())
            .addAllSpecialists(applications.specialists())
            .addAllHistory(applications.history());
    applications.hub().ifPresent(builder::hub);
    for (PlannedGroup group : groups) {
      WorkGroup.Builder wg =
          WorkGroup.builder()
              .id(group.id())
              .phase(applications.phase())
              .stream(applications.stream())
              .academicYear(applications.year())
              .lead(group.lead());
      for (PlacedSchool school : group.schools()) {
        wg.addParticipations(Participation.of(school.urn(), List.of()));
      }
      builder.addWorkGroups(wg.build());
    }
    return builder.build();
  }
}
