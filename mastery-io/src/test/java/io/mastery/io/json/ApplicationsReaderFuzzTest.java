package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mastery.io.UntrustedText;
import io.mastery.io.sample.SampleHub;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;

/**
 * Hostile bytes against the applications reader: it either returns applications that the writer
 * writes back and the planner plans, or throws {@link EnrolmentFormatException} with a message
 * safe to show; never another exception.
 *
 * <p>The saved inputs under {@code ApplicationsReaderFuzzTestInputs} replay in every build; with
 * the environment variable {@code JAZZER_FUZZ=1} the test fuzzes for real (see CONTRIBUTING.md).
 */
@DisplayName("Reading an applications file of hostile bytes")
class ApplicationsReaderFuzzTest {

  @DisplayName("reads applications that can be planned, or rejects the bytes as bad input")
  @FuzzTest(maxDuration = "90s")
  void readsApplicationsOrRejectsTheBytesAsBadInput(byte[] input) throws IOException {
    Applications applications;
    try {
      applications = ApplicationsReader.standard().read(new ByteArrayInputStream(input));
    } catch (EnrolmentFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(UntrustedText.hasUnsafe(e.getMessage()))
          .as("the message, shown on stderr, holds no raw control character: %s", e.getMessage())
          .isFalse();
      return;
    }
    String written = ApplicationsWriter.standard().toJson(applications);
    assertThat(ApplicationsReader.standard().parse(written)).isEqualTo(applications);
    Plan plan = WorkGroupPlanner.standard().plan(applications, SampleHub.register());
    assertThat(plan.placed() + plan.leftOut().size())
        .isEqualTo(applications.applicants().stream().distinct().count());
    assertThat(EnrolmentReader.standard().parse(ApplicationsWriter.standard().planToJson(plan)))
        .isEqualTo(plan.enrolment());
  }
}
