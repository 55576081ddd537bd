package io.mastery.benchmarks.peers;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.check.RuleCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The floor: the six checks of {@link Subset} as one hand-written loop over the Work Groups, with
 * one hash map of each teacher's places.
 */
public final class HandWrittenSubset {

  /** Creates the checker. */
  public HandWrittenSubset() {}

  /**
   * Checks a year.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @param perObjectOnly whether to check only the four per-object rules
   * @return the findings, in no order, not null
   */
  public List<Finding> check(
      Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy, boolean perObjectOnly) {
    List<Finding> out = new ArrayList<>();
    @Nullable MathsHub hub = enrolment.hub().orElse(null);
    List<WorkGroup> groups = enrolment.workGroups();
    Map<Trn, Object> places = new HashMap<>(groups.size() * 28);
    for (WorkGroup g : groups) {
      String id = g.id().value();
      Optional<PhaseRules> rules = policy.phaseRules(g.stream(), g.phase());
      List<Participation> ps = g.participations();
      Urn[] distinct = new Urn[ps.size()];
      int d = 0;
      for (Participation p : ps) {
        int i = 0;
        while (i < d && !distinct[i].equals(p.school())) {
          i++;
        }
        if (i == d) {
          distinct[d++] = p.school();
        }
        if (rules.isPresent() && !rules.get().teachersPerSchool().contains(p.teachers().size())) {
          out.add(new Finding(RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL, id, p.school().toString(), ""));
        }
        if (!perObjectOnly) {
          for (Trn t : p.teachers()) {
            String[] place = {id, p.school().toString()};
            Object found = places.putIfAbsent(t, place);
            if (found != null) {
              if (found instanceof String[]) {
                List<String[]> list = new ArrayList<>(2);
                list.add((String[]) found);
                list.add(place);
                places.put(t, list);
              } else {
                @SuppressWarnings("unchecked")
                List<String[]> list = (List<String[]>) found;
                list.add(place);
              }
            }
          }
        }
      }
      if (rules.isPresent()) {
        Bounds size = rules.get().schoolsPerGroup();
        if (!size.contains(d)) {
          out.add(new Finding(RuleCodes.WORKGROUP_SIZE, id, "", ""));
        }
      }
      for (int i = 0; i < d; i++) {
        Optional<School> found = register.find(distinct[i]);
        String urn = distinct[i].toString();
        if (found.isEmpty()) {
          if (!perObjectOnly) {
            out.add(new Finding(RuleCodes.SCHOOL_UNKNOWN, id, urn, ""));
          }
          continue;
        }
        School s = found.get();
        if (s.status() == EstablishmentStatus.CLOSED
            || s.status() == EstablishmentStatus.PROPOSED_TO_OPEN) {
          out.add(new Finding(RuleCodes.SCHOOL_CLOSED, id, urn, ""));
        }
        if (hub != null && !hub.serves(s.localAuthority())) {
          out.add(new Finding(RuleCodes.SCHOOL_OUTSIDE_HUB, id, urn, ""));
        }
      }
    }
    for (Map.Entry<Trn, Object> e : places.entrySet()) {
      if (e.getValue() instanceof List) {
        @SuppressWarnings("unchecked")
        List<String[]> list = (List<String[]>) e.getValue();
        for (String[] place : list) {
          out.add(new Finding(RuleCodes.TEACHER_DOUBLE_ENROLMENT, place[0], place[1], e.getKey().value()));
        }
      }
    }
    return out;
  }
}
