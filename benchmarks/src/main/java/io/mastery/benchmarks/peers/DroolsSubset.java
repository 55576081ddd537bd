package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.peers.YearFacts.GroupFact;
import io.mastery.benchmarks.peers.YearFacts.ListingFact;
import io.mastery.benchmarks.peers.YearFacts.ParticipationFact;
import io.mastery.benchmarks.peers.YearFacts.PlaceFact;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
import org.kie.api.io.ResourceType;

/**
 * The six checks in Drools 10.2.0 as DRL, compiled once into a {@code KieBase} (outside any
 * timing); each check of a year inserts the facts into a new session and fires. The teacher check
 * is a real join of Drools (a place with another place of the same TRN); the register lookup comes
 * from {@link YearFacts}.
 */
public final class DroolsSubset {

  /** The rules, one per code. */
  static final String DRL =
      """
      package io.mastery.benchmarks.peers.drl;
      import io.mastery.benchmarks.peers.Finding;
      import io.mastery.benchmarks.peers.YearFacts.GroupFact;
      import io.mastery.benchmarks.peers.YearFacts.ListingFact;
      import io.mastery.benchmarks.peers.YearFacts.ParticipationFact;
      import io.mastery.benchmarks.peers.YearFacts.PlaceFact;
      import io.mastery.model.school.EstablishmentStatus;
      global java.util.List findings;

      rule "workgroup.size"
      when
        $g : GroupFact( schools < min || schools > max )
      then
        findings.add(new Finding("workgroup.size", $g.getId(), "", ""));
      end

      rule "workgroup.teachers-per-school"
      when
        $p : ParticipationFact( teachers < min || teachers > max )
      then
        findings.add(new Finding("workgroup.teachers-per-school", $p.getGroup(), $p.getSchool(), ""));
      end

      rule "school.unknown"
      when
        $l : ListingFact( registered == false )
      then
        findings.add(new Finding("school.unknown", $l.getGroup(), $l.getSchool(), ""));
      end

      rule "school.closed"
      when
        $l : ListingFact( status == EstablishmentStatus.CLOSED || status == EstablishmentStatus.PROPOSED_TO_OPEN )
      then
        findings.add(new Finding("school.closed", $l.getGroup(), $l.getSchool(), ""));
      end

      rule "school.outside-hub"
      when
        $l : ListingFact( registered, hub != null, !hub.serves(localAuthority) )
      then
        findings.add(new Finding("school.outside-hub", $l.getGroup(), $l.getSchool(), ""));
      end

      rule "teacher.double-enrolment"
      when
        $p : PlaceFact( $t : teacher )
        exists PlaceFact( teacher == $t, this != $p )
      then
        findings.add(new Finding("teacher.double-enrolment", $p.getGroup(), $p.getSchool(), $t));
      end
      """;

  private final KieBase base;

  /** Compiles the rules. */
  public DroolsSubset() {
    this.base = new KieHelper().addContent(DRL, ResourceType.DRL).build();
  }

  /**
   * Checks a year in a new session.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @return the findings, in no order, not null
   */
  public List<Finding> check(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    YearFacts facts = YearFacts.of(enrolment, register, policy, false);
    List<Finding> out = new ArrayList<>();
    KieSession session = base.newKieSession();
    try {
      session.setGlobal("findings", out);
      for (GroupFact g : facts.groups()) {
        session.insert(g);
      }
      for (ParticipationFact p : facts.participations()) {
        session.insert(p);
      }
      for (ListingFact l : facts.listings()) {
        session.insert(l);
      }
      for (PlaceFact p : facts.places()) {
        session.insert(p);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    return out;
  }
}
