package io.mastery.rules.check;

import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Work Group of the year with what the rules ask of it worked out once: the edition's rules for
 * its stream and phase, and each school it lists, looked up in the register.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnrolledGroup {

  private final WorkGroup group;
  private final Optional<PhaseRules> rules;
  private final List<Listing> listings;

  private EnrolledGroup(WorkGroup group, Optional<PhaseRules> rules, List<Listing> listings) {
    this.group = group;
    this.rules = rules;
    this.listings = listings;
  }

  /**
   * Indexes a Work Group.
   *
   * @param group the group, not null
   * @param policy the edition it is judged by, not null
   * @param register the register to look its schools up in, not null
   * @return the indexed group, not null
   */
  public static EnrolledGroup of(WorkGroup group, ProgrammePolicy policy, SchoolRegister register) {
    Objects.requireNonNull(register, "register");
    List<Participation> participations = group.participations();
    int n = participations.size();
    Urn[] urns = new Urn[n];
    int[] times = new int[n];
    int distinct = 0;
    for (Participation p : participations) {
      Urn urn = p.school();
      int i = 0;
      while (i < distinct && !urns[i].equals(urn)) {
        i++;
      }
      if (i == distinct) {
        urns[distinct++] = urn;
      }
      times[i]++;
    }
    List<Listing> listings = new ArrayList<>(distinct);
    for (int i = 0; i < distinct; i++) {
      listings.add(new Listing(urns[i], register.find(urns[i]), times[i]));
    }
    return new EnrolledGroup(
        group,
        policy.phaseRules(group.stream(), group.phase(), group.academicYear()),
        Collections.unmodifiableList(listings));
  }

  /**
   * Returns the Work Group as the enrolment gave it.
   *
   * @return the group, not null
   */
  public WorkGroup group() {
    return group;
  }

  /**
   * Returns the group's id.
   *
   * @return the id, not null
   */
  public WorkGroupId id() {
    return group.id();
  }

  /**
   * Returns the group's phase.
   *
   * @return the phase, not null
   */
  public Phase phase() {
    return group.phase();
  }

  /**
   * Returns the group's stream.
   *
   * @return the stream, not null
   */
  public Stream stream() {
    return group.stream();
  }

  /**
   * Returns the group's lead.
   *
   * @return the lead's TRN, not null
   */
  public Trn lead() {
    return group.lead();
  }

  /**
   * Returns the lead's assignment: this group's lead, stream and phase.
   *
   * @return the assignment, not null
   */
  public Assignment assignment() {
    return new Assignment(group.lead(), group.stream(), group.phase());
  }

  /**
   * Returns the edition's rules for the group's stream and phase.
   *
   * @return the rules, or empty if the edition does not offer the phase in the stream
   */
  public Optional<PhaseRules> rules() {
    return rules;
  }

  /**
   * Returns each school the group lists, once, in the order first listed.
   *
   * @return the listings, immutable, not null
   */
  public List<Listing> listings() {
    return listings;
  }

  /**
   * Returns the participations as the enrolment gave them, repeats included.
   *
   * @return the participations, immutable, not null
   */
  public List<Participation> participations() {
    return group.participations();
  }

  /**
   * Checks whether the group lists a school.
   *
   * @param school the school's URN, not null
   * @return true if listed at least once
   */
  public boolean lists(Urn school) {
    for (Listing listing : listings) {
      if (listing.urn().equals(school)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "EnrolledGroup{" + group.id() + "}";
  }
}
