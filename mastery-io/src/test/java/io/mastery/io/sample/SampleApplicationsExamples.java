package io.mastery.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.io.json.ApplicationsReader;
import io.mastery.io.json.ApplicationsWriter;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.LeftOut;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bundled sample hub's applications file, which the README plans. */
@DisplayName("The bundled sample hub's applications")
class SampleApplicationsExamples {

  @Test
  @DisplayName("are every school of the sample register applying for primary Development in"
      + " 2019/20, with the sample enrolment's hub, specialists and history")
  void everySchoolOfTheRegisterApplies() {
    Applications a = SampleHub.applications();
    Enrolment e = SampleHub.enrolment();
    assertThat(a.year()).isEqualTo(e.academicYear());
    assertThat(a.hub()).isEqualTo(e.hub());
    assertThat(a.phase()).isEqualTo(Phase.DEVELOPMENT);
    assertThat(a.stream()).isEqualTo(Stream.PRIMARY);
    assertThat(a.specialists()).isEqualTo(e.specialists());
    assertThat(a.history()).isEqualTo(e.history());
    assertThat(a.applicants())
        .containsExactlyInAnyOrderElementsOf(
            SampleHub.register().schools().stream().map(School::urn).collect(Collectors.toList()))
        .isSorted();
  }

  @Test
  @DisplayName("read back as written, being the applications file of the contract")
  void isTheWritersText() throws IOException {
    try (InputStream in = SampleHub.open(SampleHub.APPLICATIONS_RESOURCE)) {
      Applications read = ApplicationsReader.standard().read(in);
      assertThat(ApplicationsReader.standard().parse(ApplicationsWriter.standard().toJson(read)))
          .isEqualTo(read);
    }
  }

  @Test
  @DisplayName("plan into groups that leave out the closed, independent, Welsh, secondary and"
      + " already-developed schools, each with its rule code, and place every other school")
  void planWithAReasonOfEveryKind() {
    Plan plan = WorkGroupPlanner.standard().plan(SampleHub.applications(), SampleHub.register());
    assertThat(plan.groups()).isNotEmpty();
    assertThat(plan.leftOut().stream().map(LeftOut::rule).flatMap(Optional::stream))
        .contains(
            "school.not-state-funded",
            "school.closed",
            "school.wrong-phase",
            "school.outside-england",
            "journey.development-repeated");
    assertThat(plan.leftOut()).allSatisfy(l -> assertThat(l.reason()).isEqualTo(LeftOut.Reason.INELIGIBLE));
    assertThat(plan.placed() + plan.leftOut().size()).isEqualTo(SampleHub.applications().applicants().size());
    assertThat(plan.groups().stream().flatMap(g -> g.schools().stream()).map(s -> s.urn()))
        .doesNotHaveDuplicates()
        .allSatisfy(u -> assertThat(u).isInstanceOf(Urn.class));
  }
}
