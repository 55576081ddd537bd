package io.mastery.benchmarks.peers;

import io.mastery.benchmarks.peers.YearFacts.GroupFact;
import io.mastery.benchmarks.peers.YearFacts.ListingFact;
import io.mastery.benchmarks.peers.YearFacts.ParticipationFact;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.check.RuleCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The four per-object checks in Hibernate Validator 9.1.6.Final, as Jakarta Bean Validation
 * constraints on beans that wrap the facts: {@code @AssertTrue} methods whose message is the
 * rule's code, the groups' schools and participations validated by cascade ({@code @Valid}).
 *
 * <p>Bean Validation judges one bean and what it reaches; it cannot say that a TRN appears in two
 * groups ({@code teacher.double-enrolment}) or that a URN is missing from another collection
 * ({@code school.unknown}) without hand-written code outside its model, so those two are left out.
 */
public final class HibernateValidatorSubset {

  private final ValidatorFactory factory;
  private final Validator validator;

  /** Builds the validator (once). */
  public HibernateValidatorSubset() {
    this.factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Checks a year by its four per-object rules.
   *
   * @param enrolment the enrolment, not null
   * @param register the register, not null
   * @param policy the edition, not null
   * @return the findings, in no order, not null
   */
  public List<Finding> check(Enrolment enrolment, SchoolRegister register, ProgrammePolicy policy) {
    YearFacts facts = YearFacts.of(enrolment, register, policy, false);
    List<Finding> out = new ArrayList<>();
    List<ListingFact> listings = facts.listings();
    List<ParticipationFact> participations = facts.participations();
    int l = 0;
    int p = 0;
    for (GroupFact g : facts.groups()) {
      GroupBean bean = new GroupBean(g);
      while (l < listings.size() && listings.get(l).getGroup().equals(g.getId())) {
        bean.listings.add(new ListingBean(listings.get(l++)));
      }
      while (p < participations.size() && participations.get(p).getGroup().equals(g.getId())) {
        bean.participations.add(new ParticipationBean(participations.get(p++)));
      }
      for (ConstraintViolation<GroupBean> v : validator.validate(bean)) {
        Object leaf = v.getLeafBean();
        String code = v.getMessage();
        if (leaf instanceof ListingBean) {
          ListingFact f = ((ListingBean) leaf).fact;
          out.add(new Finding(code, f.getGroup(), f.getSchool(), ""));
        } else if (leaf instanceof ParticipationBean) {
          ParticipationFact f = ((ParticipationBean) leaf).fact;
          out.add(new Finding(code, f.getGroup(), f.getSchool(), ""));
        } else {
          out.add(new Finding(code, g.getId(), "", ""));
        }
      }
    }
    return out;
  }

  /** A Work Group as a bean: its size checked, its schools and participations cascaded. */
  public static final class GroupBean {
    private final GroupFact fact;
    private final List<@Valid ListingBean> listings = new ArrayList<>(8);
    private final List<@Valid ParticipationBean> participations = new ArrayList<>(8);

    GroupBean(GroupFact fact) {
      this.fact = fact;
    }

    /**
     * Says whether the group's size is within the phase's bounds.
     *
     * @return true if it is
     */
    @AssertTrue(message = RuleCodes.WORKGROUP_SIZE)
    public boolean isSizeAllowed() {
      return fact.getSchools() >= fact.getMin() && fact.getSchools() <= fact.getMax();
    }

    /**
     * Returns the group's schools.
     *
     * @return the beans, not null
     */
    public List<ListingBean> getListings() {
      return listings;
    }

    /**
     * Returns the group's participations.
     *
     * @return the beans, not null
     */
    public List<ParticipationBean> getParticipations() {
      return participations;
    }
  }

  /** A school listed by a group, as a bean. */
  public static final class ListingBean {
    private final ListingFact fact;

    ListingBean(ListingFact fact) {
      this.fact = fact;
    }

    /**
     * Says whether the school is not registered as closed or proposed to open.
     *
     * @return true if it is not
     */
    @AssertTrue(message = RuleCodes.SCHOOL_CLOSED)
    public boolean isOpen() {
      return !fact.isClosed();
    }

    /**
     * Says whether the hub serves the school's local authority (or either is unknown).
     *
     * @return true if it does
     */
    @AssertTrue(message = RuleCodes.SCHOOL_OUTSIDE_HUB)
    public boolean isInsideHub() {
      return !fact.isOutsideHub();
    }
  }

  /** One school's teachers in a group, as a bean. */
  public static final class ParticipationBean {
    private final ParticipationFact fact;

    ParticipationBean(ParticipationFact fact) {
      this.fact = fact;
    }

    /**
     * Says whether the number of teachers is within the phase's bounds.
     *
     * @return true if it is
     */
    @AssertTrue(message = RuleCodes.WORKGROUP_TEACHERS_PER_SCHOOL)
    public boolean isTeachersAllowed() {
      return fact.getTeachers() >= fact.getMin() && fact.getTeachers() <= fact.getMax();
    }
  }
}
