package io.mastery.rules.engine;

import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.Optional;

/** A Work Group of the enrolment with what the rules ask of it worked out once. */
final class EnrolledGroup {

  private final WorkGroup group;
  private final ImmutableMultiset<Urn> listings;
  private final Optional<PhaseRules> rules;

  EnrolledGroup(WorkGroup group, Optional<PhaseRules> rules) {
    this.group = group;
    this.listings = ImmutableMultiset.copyOf(group.schools());
    this.rules = rules;
  }

  WorkGroup group() {
    return group;
  }

  WorkGroupId id() {
    return group.id();
  }

  /** Returns the schools of the group, each once. */
  ImmutableSet<Urn> schools() {
    return listings.elementSet();
  }

  /** Returns how many times the group lists a school. */
  int listings(Urn school) {
    return listings.count(school);
  }

  /** Returns the edition's rules for the group's stream and phase, if it offers them. */
  Optional<PhaseRules> rules() {
    return rules;
  }
}
