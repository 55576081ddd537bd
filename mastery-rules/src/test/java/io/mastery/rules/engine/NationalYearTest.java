package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.rules.result.Decision;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.SampleHub;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A nation's year: about 2,000 Work Groups of seven schools each, judged in milliseconds, and in
 * time that grows linearly with the number of groups.
 */
@DisplayName("A nation's year")
class NationalYearTest {

  static final AcademicYear YEAR = AcademicYear.of(2019);

  /** Builds a valid year of the given number of primary Development groups. */
  static Object[] nation(int groups) {
    List<School> schools = new ArrayList<>();
    List<WorkGroup> workGroups = new ArrayList<>();
    List<MasterySpecialist> specialists = new ArrayList<>();
    List<JourneyRecord> history = new ArrayList<>();
    int urn = 100_000;
    int teacher = 2_000_000;
    for (int g = 0; g < groups; g++) {
      Urn own = Urn.of(urn++);
      schools.add(SampleHub.primary(own));
      Trn lead = Trn.of(Integer.toString(1_000_000 + g));
      specialists.add(MasterySpecialist.of(lead, own, Cohort.of(Stream.PRIMARY, 1 + g % 4)));
      List<Participation> ps = new ArrayList<>();
      for (int s = 0; s < 7; s++) {
        Urn school = Urn.of(urn++);
        schools.add(SampleHub.primary(school));
        history.add(JourneyRecord.of(school, Phase.MASTERY_READINESS, YEAR.previous()));
        ps.add(
            Participation.of(
                school, Trn.of(Integer.toString(teacher++)), Trn.of(Integer.toString(teacher++))));
      }
      workGroups.add(
          WorkGroup.builder()
              .id(WorkGroupId.of(String.format("WG-%04d", g)))
              .phase(Phase.DEVELOPMENT)
              .stream(Stream.PRIMARY)
              .academicYear(YEAR)
              .lead(lead)
              .addAllParticipations(ps)
              .build());
    }
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(YEAR)
            .addAllSpecialists(specialists)
            .addAllHistory(history)
            .addAllWorkGroups(workGroups)
            .build();
    return new Object[] {enrolment, SchoolRegister.of(schools)};
  }

  static long medianMillis(Object[] nation, int runs) {
    Enrolment enrolment = (Enrolment) nation[0];
    SchoolRegister register = (SchoolRegister) nation[1];
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Decision decision = Rulebook.standard().evaluate(enrolment, register);
      times[i] = (System.nanoTime() - start) / 1_000_000;
      assertThat(decision.isValid()).isTrue();
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  @Test
  @DisplayName(
      "2,000 Work Groups (14,000 schools, 28,000 teachers) are judged in milliseconds (under half a"
          + " second on a busy machine)")
  void twoThousandWorkGroupsInMilliseconds() {
    Object[] nation = nation(2_000);
    medianMillis(nation, 20); // let the compiler warm up
    long median = medianMillis(nation, 9);
    assertThat(median).as("median milliseconds for 2,000 Work Groups").isLessThan(500);
    Decision decision = Rulebook.standard().evaluate((Enrolment) nation[0], (SchoolRegister) nation[1]);
    assertThat(decision.funding().stream().filter(l -> l.workGroup().isPresent()))
        .as("the Work Groups' lines, besides those of specialists' own schools")
        .hasSize(2_000 * 7 * 2);
  }

  @Test
  @DisplayName("four times the groups take well under sixteen times as long: no quadratic scan")
  void timeGrowsLinearly() {
    Object[] small = nation(500);
    Object[] large = nation(2_000);
    medianMillis(small, 10);
    medianMillis(large, 10);
    long smallMillis = Math.max(medianMillis(small, 5), 5);
    long largeMillis = medianMillis(large, 5);
    assertThat(largeMillis).isLessThan(smallMillis * 10);
  }
}
