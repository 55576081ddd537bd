package io.mastery.rules.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the rules' messages name the programme's phases and years. */
@DisplayName("The wording of the rules' messages")
class TrainingYearExamples {

  @Test
  @DisplayName("names every phase by the programme's own name for it")
  void namesEveryPhaseByTheProgrammesName() {
    assertThat(io.mastery.rules.result.Messages.english().word(Phase.MASTERY_READINESS)).isEqualTo("Mastery Readiness");
    assertThat(io.mastery.rules.result.Messages.english().word(Phase.DEVELOPMENT)).isEqualTo("Development");
    assertThat(io.mastery.rules.result.Messages.english().word(Phase.EMBEDDING)).isEqualTo("Embedding");
    assertThat(io.mastery.rules.result.Messages.english().word(Phase.SUSTAINING)).isEqualTo("Sustaining");
  }

  @Test
  @DisplayName(
      "names a training year up to the last supported year as an academic year, and beyond it"
          + " by its start year")
  void namesTheTrainingYearUpToTheLastSupportedYear() {
    ProgrammePolicy edition = ProgrammePolicy.forYear(AcademicYear.of(2019));
    ProgrammePolicy late =
        ProgrammePolicy.builder()
            .from(edition)
            .streamRules(
                List.of(
                    StreamRules.of(
                        Stream.PRIMARY, AcademicYear.of(AcademicYear.MAX_START_YEAR - 1), 5)))
            .build();
    assertThat(LeadNotEligible.trainingYear(late, Cohort.of(Stream.PRIMARY, 1))).isEqualTo("9997/98");
    assertThat(LeadNotEligible.trainingYear(late, Cohort.of(Stream.PRIMARY, 2))).isEqualTo("9998/99");
    assertThat(LeadNotEligible.trainingYear(late, Cohort.of(Stream.PRIMARY, 3)))
        .isEqualTo("the year starting 9999");
    assertThat(LeadNotEligible.trainingYear(late, Cohort.of(Stream.SECONDARY, 1)))
        .isEqualTo("an unknown year");
  }
}
