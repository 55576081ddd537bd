package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.rules.result.Decision;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
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
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;

/**
 * Fuzzed enrolments and registers against the rulebook: whatever a hub's year holds (the same
 * school in several groups, a lead who is no teacher, a history from the future, schools missing
 * from the register, a policy edition of another year), the rulebook never throws, and the same
 * input always gets the same decision.
 *
 * <p>URNs, TRNs, Work Group identifiers and local authorities come from small pools, so that
 * collisions, which the rules are about, happen often. The saved inputs under {@code
 * RulebookFuzzTestInputs} replay in every build; with the environment variable {@code
 * JAZZER_FUZZ=1} the test fuzzes for real (see CONTRIBUTING.md).
 */
@DisplayName("The rulebook, fed hostile enrolments and registers")
class RulebookFuzzTest {

  private static final int FIRST_YEAR = 2015;
  private static final int LAST_YEAR = 2030;
  private static final int URNS = 14;
  private static final int TRNS = 12;
  private static final List<String> LOCAL_AUTHORITIES = List.of("201", "202", "203", "204");

  @DisplayName("gives every enrolment the same decision every time, and never throws")
  @FuzzTest(maxDuration = "90s")
  void everyEnrolmentGetsTheSameDecisionEveryTimeAndNothingThrows(FuzzedDataProvider data) {
    Enrolment enrolment = enrolment(data);
    SchoolRegister register = register(data);
    ProgrammePolicy otherEdition = ProgrammePolicy.forYear(year(data));

    Decision decision = Rulebook.standard().evaluate(enrolment, register);
    assertThat(Rulebook.standard().evaluate(enrolment, register)).isEqualTo(decision);
    assertThat(decision.academicYear()).isEqualTo(enrolment.academicYear());
    Set<Urn> schoolsInError = new LinkedHashSet<>();
    decision.errors().forEach(error -> error.school().ifPresent(schoolsInError::add));
    assertThat(decision.funding())
        .as("funding is listed only for schools without an error")
        .noneMatch(line -> schoolsInError.contains(line.school()));

    Decision byOtherEdition = Rulebook.standard().evaluate(enrolment, register, otherEdition);
    assertThat(Rulebook.standard().evaluate(enrolment, register, otherEdition))
        .isEqualTo(byOtherEdition);
  }

  private static Enrolment enrolment(FuzzedDataProvider data) {
    AcademicYear year = year(data);
    Enrolment.Builder enrolment = Enrolment.builder().academicYear(year);
    if (data.consumeBoolean()) {
      Set<LocalAuthorityCode> authorities = new LinkedHashSet<>();
      int count = data.consumeInt(1, LOCAL_AUTHORITIES.size());
      for (int i = 0; i < count; i++) {
        authorities.add(localAuthority(data));
      }
      enrolment.hub(MathsHub.of("LCW", "London Central and West", authorities));
    }
    int specialists = data.consumeInt(0, 4);
    for (int i = 0; i < specialists; i++) {
      Stream stream = data.pickValue(Stream.values());
      enrolment.addSpecialists(
          MasterySpecialist.of(trn(data), urn(data), Cohort.of(stream, data.consumeInt(1, 12))));
    }
    int history = data.consumeInt(0, 6);
    for (int i = 0; i < history; i++) {
      enrolment.addHistory(JourneyRecord.of(urn(data), data.pickValue(Phase.values()), year(data)));
    }
    int groups = data.consumeInt(0, 4);
    for (int i = 0; i < groups; i++) {
      WorkGroup.Builder group =
          WorkGroup.builder()
              .id(WorkGroupId.of("WG-0" + data.consumeInt(1, 4)))
              .phase(data.pickValue(Phase.values()))
              .stream(data.pickValue(Stream.values()))
              .academicYear(year)
              .lead(trn(data));
      int schools = data.consumeInt(0, 9);
      for (int s = 0; s < schools; s++) {
        Urn urn = urn(data);
        List<Trn> teachers = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int t = 0; t < count; t++) {
          teachers.add(trn(data));
        }
        group.addParticipations(Participation.of(urn, teachers));
      }
      enrolment.addWorkGroups(group.build());
    }
    return enrolment.build();
  }

  private static SchoolRegister register(FuzzedDataProvider data) {
    List<School> schools = new ArrayList<>();
    for (int i = 0; i < URNS; i++) {
      if (!data.consumeBoolean()) {
        continue;
      }
      Optional<AgeRange> ages = Optional.empty();
      if (data.consumeBoolean()) {
        int low = data.consumeInt(0, 19);
        ages = Optional.of(AgeRange.of(low, data.consumeInt(low, 19)));
      }
      schools.add(
          School.builder()
              .urn(Urn.of(100_000 + i))
              .name("School " + i)
              .type(data.pickValue(EstablishmentType.values()))
              .phaseOfEducation(data.pickValue(PhaseOfEducation.values()))
              .status(data.pickValue(EstablishmentStatus.values()))
              .localAuthority(localAuthority(data))
              .statutoryAgeRange(ages)
              .location(
                  data.consumeBoolean()
                      ? Optional.of(
                          GridReference.of(
                              data.consumeInt(0, GridReference.MAX_EASTING),
                              data.consumeInt(0, GridReference.MAX_NORTHING)))
                      : Optional.empty())
              .build());
    }
    return SchoolRegister.of(schools);
  }

  private static AcademicYear year(FuzzedDataProvider data) {
    return AcademicYear.of(data.consumeInt(FIRST_YEAR, LAST_YEAR));
  }

  private static Urn urn(FuzzedDataProvider data) {
    return Urn.of(100_000 + data.consumeInt(0, URNS - 1));
  }

  private static Trn trn(FuzzedDataProvider data) {
    return Trn.of(String.valueOf(1_000_000 + data.consumeInt(0, TRNS - 1)));
  }

  private static LocalAuthorityCode localAuthority(FuzzedDataProvider data) {
    return LocalAuthorityCode.of(data.pickValue(LOCAL_AUTHORITIES));
  }
}
