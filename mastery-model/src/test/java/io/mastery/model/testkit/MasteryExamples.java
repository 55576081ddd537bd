package io.mastery.model.testkit;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Ukprn;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.List;
import org.joda.money.Money;

/**
 * Fixed, valid examples of every model type, drawn from one primary Work Group of 2019/20 in a
 * London hub: the defaults of the null checks and the fixtures of the examples.
 */
public final class MasteryExamples {

  /** The academic year 2019/20. */
  public static final AcademicYear YEAR_2019_20 = AcademicYear.of(2019);

  /** Camden's local authority code. */
  public static final LocalAuthorityCode CAMDEN = LocalAuthorityCode.of("202");

  /** A school's URN. */
  public static final Urn URN = Urn.of(100008);

  /** A Mastery Specialist's TRN. */
  public static final Trn SPECIALIST_TRN = Trn.of("1000001");

  /** A participating teacher's TRN. */
  public static final Trn TEACHER_TRN = Trn.of("2000001");

  /** A college's UKPRN. */
  public static final Ukprn UKPRN = Ukprn.of("10000001");

  /** A Work Group's identifier. */
  public static final WorkGroupId WORK_GROUP_ID = WorkGroupId.of("WG-01");

  /** A location in central London. */
  public static final GridReference LOCATION = GridReference.of(529_000, 183_000);

  /** A primary school's statutory ages. */
  public static final AgeRange PRIMARY_AGES = AgeRange.of(3, 11);

  /** An open community primary school in Camden. */
  public static final School SCHOOL =
      School.builder()
          .urn(URN)
          .name("Camden Primary School")
          .type(EstablishmentType.COMMUNITY_SCHOOL)
          .phaseOfEducation(PhaseOfEducation.PRIMARY)
          .status(EstablishmentStatus.OPEN)
          .localAuthority(CAMDEN)
          .localAuthorityName("Camden")
          .region("London")
          .statutoryAgeRange(PRIMARY_AGES)
          .location(LOCATION)
          .build();

  /** A register of that one school. */
  public static final SchoolRegister REGISTER = SchoolRegister.of(List.of(SCHOOL));

  /** A hub serving Westminster and Camden. */
  public static final MathsHub HUB =
      MathsHub.of("LCW", "London Central and West", List.of(LocalAuthorityCode.of("201"), CAMDEN));

  /** Primary cohort 3. */
  public static final Cohort PRIMARY_COHORT_3 = Cohort.of(Stream.PRIMARY, 3);

  /** A primary specialist of cohort 3 at the example school. */
  public static final MasterySpecialist SPECIALIST =
      MasterySpecialist.of(SPECIALIST_TRN, URN, PRIMARY_COHORT_3);

  /** The example school sending two teachers. */
  public static final Participation PARTICIPATION =
      Participation.of(URN, TEACHER_TRN, Trn.of("2000002"));

  /** A primary Development Work Group of 2019/20 led by the example specialist. */
  public static final WorkGroup WORK_GROUP =
      WorkGroup.builder().id(WORK_GROUP_ID).phase(Phase.DEVELOPMENT).stream(Stream.PRIMARY)
          .academicYear(YEAR_2019_20)
          .lead(SPECIALIST_TRN)
          .addParticipation(PARTICIPATION)
          .build();

  /** A school that completed Development in 2017/18. */
  public static final JourneyRecord JOURNEY_RECORD =
      JourneyRecord.of(Urn.of(100009), Phase.DEVELOPMENT, AcademicYear.of(2017));

  /** The hub's enrolment for 2019/20. */
  public static final Enrolment ENROLMENT =
      Enrolment.builder()
          .academicYear(YEAR_2019_20)
          .hub(HUB)
          .addSpecialist(SPECIALIST)
          .addHistory(JOURNEY_RECORD)
          .addWorkGroup(WORK_GROUP)
          .build();

  /** Six to seven. */
  public static final Bounds SIX_TO_SEVEN = Bounds.of(6, 7);

  /** The 2019/20 edition of the programme's rules. */
  public static final ProgrammePolicy EDITION_2019_20 = ProgrammePolicy.forYear(YEAR_2019_20);

  /** The primary Development rules of 2019/20. */
  public static final PhaseRules PRIMARY_DEVELOPMENT =
      EDITION_2019_20.phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT).orElseThrow();

  /** The primary specialist programme of 2019/20. */
  public static final StreamRules PRIMARY_PROGRAMME =
      EDITION_2019_20.streamRules(Stream.PRIMARY).orElseThrow();

  /** The textbook match funding of 2016/17 to 2019/20. */
  public static final TextbookMatchFunding TEXTBOOKS =
      EDITION_2019_20.textbookMatchFunding().orElseThrow();

  /** The editions the library ships. */
  public static final PolicyEditions STANDARD_EDITIONS = PolicyEditions.standard();

  /** One thousand pounds. */
  public static final Money GBP_1000 = Money.parse("GBP 1000.00");

  private MasteryExamples() {}
}
