package io.mastery.model.testkit;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Years of a shape that once made a decision grow with the square of the enrolment (issue 12): one
 * lead for every Work Group, one teacher in every school, one school in every group, and all three
 * at once; beside them a nation of valid groups. Built in memory, as large as asked, never written
 * to a file.
 *
 * <p>Every group is a primary Development group of six schools sending two teachers each, so that
 * only the shared lead, teacher or school breaks a rule.
 */
public final class PathologicalYears {

  /** The year every shape is of. */
  public static final AcademicYear YEAR = AcademicYear.of(2019);

  /** What the Work Groups of a year share. */
  public enum Shape {
    /** Nothing: a valid nation, every group with its own lead, schools and teachers. */
    NATION,
    /** One Mastery Specialist leads every group. */
    ONE_LEAD_FOR_ALL_GROUPS,
    /** One teacher is listed by every school of every group. */
    ONE_TEACHER_EVERYWHERE,
    /** One school is in every group. */
    ONE_SCHOOL_EVERYWHERE,
    /** The lead, a teacher and a school shared all at once. */
    ALL_SHARED
  }

  /** An enrolment, the register it is judged against, and its shape. */
  public record Year(Shape shape, int groups, Enrolment enrolment, SchoolRegister register) {
    @Override
    public String toString() {
      return shape + " of " + groups + " Work Groups";
    }
  }

  private static final int SCHOOLS_PER_GROUP = 6;

  private PathologicalYears() {}

  /** Builds a year of the given shape and number of Work Groups (at most 100,000). */
  public static Year of(Shape shape, int groups) {
    boolean sharedLead = shape == Shape.ONE_LEAD_FOR_ALL_GROUPS || shape == Shape.ALL_SHARED;
    boolean sharedTeacher = shape == Shape.ONE_TEACHER_EVERYWHERE || shape == Shape.ALL_SHARED;
    boolean sharedSchool = shape == Shape.ONE_SCHOOL_EVERYWHERE || shape == Shape.ALL_SHARED;
    Urn shared = Urn.of(100_000);
    Trn everywhere = Trn.of("3999999");
    List<School> schools = new ArrayList<>();
    schools.add(primary(shared));
    List<MasterySpecialist> specialists = new ArrayList<>();
    List<WorkGroup> workGroups = new ArrayList<>();
    int urn = 100_001;
    int teacher = 2_000_000;
    for (int g = 0; g < groups; g++) {
      Trn lead = Trn.of(Integer.toString(1_000_000 + (sharedLead ? 0 : g)));
      if (!sharedLead || g == 0) {
        Urn own = Urn.of(urn++);
        schools.add(primary(own));
        specialists.add(MasterySpecialist.of(lead, own, Cohort.of(Stream.PRIMARY, 1 + g % 4)));
      }
      WorkGroup.Builder group =
          WorkGroup.builder()
              .id(WorkGroupId.of(String.format(Locale.ROOT, "WG-%05d", g)))
              .phase(Phase.DEVELOPMENT)
              .stream(Stream.PRIMARY)
              .academicYear(YEAR)
              .lead(lead);
      for (int s = 0; s < SCHOOLS_PER_GROUP; s++) {
        Urn school;
        if (sharedSchool && s == 0) {
          school = shared;
        } else {
          school = Urn.of(urn++);
          schools.add(primary(school));
        }
        Trn first = sharedTeacher ? everywhere : Trn.of(Integer.toString(teacher++));
        group.addParticipations(
            Participation.of(school, first, Trn.of(Integer.toString(teacher++))));
      }
      workGroups.add(group.build());
    }
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(YEAR)
            .addAllSpecialists(specialists)
            .addAllWorkGroups(workGroups)
            .build();
    return new Year(shape, groups, enrolment, SchoolRegister.of(schools));
  }

  /** Generates years of every shape with from 1 to {@code maxGroups} Work Groups. */
  public static Gen<Year> years(int maxGroups) {
    return Generators.enumValues(Shape.class)
        .zip(SourceDSL.integers().between(1, maxGroups), PathologicalYears::of);
  }

  /** Returns an open community primary school in Camden. */
  public static School primary(Urn urn) {
    return School.builder()
        .urn(urn)
        .name("Example Primary " + urn)
        .type(EstablishmentType.COMMUNITY_SCHOOL)
        .phaseOfEducation(PhaseOfEducation.PRIMARY)
        .status(EstablishmentStatus.OPEN)
        .localAuthority(LocalAuthorityCode.of("201"))
        .localAuthorityName("Camden")
        .statutoryAgeRange(AgeRange.of(4, 11))
        .build();
  }
}
