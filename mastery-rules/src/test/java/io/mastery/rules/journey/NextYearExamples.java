package io.mastery.rules.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.rules.SampleHub;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A school's journey, seen from a year's enrolment")
class NextYearExamples {

  @Test
  @DisplayName("counts the year's own Work Groups: a school in Development this year may not take"
      + " Readiness or Development next year, and may take Embedding")
  void countsTheYearsOwnWorkGroups() {
    Enrolment enrolment = SampleHub.hubYear().enrolment();
    JourneyOptions next = SchoolJourney.nextYear(SampleHub.school(0), enrolment);
    assertThat(next.academicYear()).isEqualTo(AcademicYear.of(2020));
    assertThat(next.allowed()).containsExactly(Phase.EMBEDDING, Phase.SUSTAINING);
    assertThat(next.mayEnter(Phase.MASTERY_READINESS)).isFalse();
    assertThat(next.refusals(Phase.MASTERY_READINESS))
        .extracting(PhaseRefusal::message)
        .containsExactly(
            "School 100010 completed Development in 2019/20; Mastery Readiness comes before"
                + " Development and a journey never goes back");
    assertThat(next.refusals(Phase.DEVELOPMENT))
        .extracting(PhaseRefusal::code)
        .containsExactly("journey.development-repeated");
    assertThat(SchoolJourney.of(SampleHub.school(0), enrolment).records())
        .containsExactly(
            JourneyRecord.of(
                SampleHub.school(0), Phase.DEVELOPMENT, AcademicYear.of(2019), Stream.PRIMARY));
  }

  @Test
  @DisplayName("a school in none of the year's Work Groups may take any phase its history allows")
  void aSchoolInNoGroup() {
    Enrolment enrolment = SampleHub.hubYear().enrolment();
    assertThat(SchoolJourney.nextYear(SampleHub.school(19), enrolment).allowed())
        .isEqualTo(Set.of(Phase.MASTERY_READINESS, Phase.INTRODUCTORY, Phase.DEVELOPMENT));
  }
}
