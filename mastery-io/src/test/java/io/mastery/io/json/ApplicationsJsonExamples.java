package io.mastery.io.json;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.io.sample.SampleHub;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The applications file and the plan's enrolment file, by example. */
@DisplayName("A hub's applications file")
class ApplicationsJsonExamples {

  private static final String DOCUMENTED =
      """
      {
        "academicYear": "2019/20",
        "hub": { "id": "LCW", "name": "London Central and West", "localAuthorities": ["201", "202"] },
        "phase": "DEVELOPMENT",
        "stream": "PRIMARY",
        "applicants": [100010, 100011, 100012],
        "specialists": [
          { "trn": "1000001", "schoolUrn": 100008, "stream": "PRIMARY", "cohort": 3 }
        ],
        "history": [
          { "urn": 100009, "phase": "DEVELOPMENT", "academicYear": "2017/18" }
        ]
      }
      """;

  private static Applications sample() {
    Enrolment e = SampleHub.enrolment();
    List<Urn> applicants =
        e.workGroups().stream()
            .flatMap(g -> g.schools().stream())
            .distinct()
            .collect(Collectors.toList());
    return new Applications(
        e.academicYear(), e.hub(), Phase.DEVELOPMENT, Stream.PRIMARY, applicants, e.specialists(), e.history());
  }

  @Test
  @DisplayName("is read as the contract documents it: year, hub, phase, stream, applicants, specialists and history")
  void readsTheDocumentedExample() {
    Applications a = ApplicationsReader.standard().parse(DOCUMENTED);
    assertThat(a.year()).isEqualTo(AcademicYear.of(2019));
    assertThat(a.hub()).map(h -> h.id()).contains("LCW");
    assertThat(a.phase()).isEqualTo(Phase.DEVELOPMENT);
    assertThat(a.stream()).isEqualTo(Stream.PRIMARY);
    assertThat(a.applicants()).containsExactly(Urn.of(100010), Urn.of(100011), Urn.of(100012));
    assertThat(a.specialists()).hasSize(1);
    assertThat(a.history()).hasSize(1);
  }

  @Test
  @DisplayName("is read back as written, whatever the applicants")
  void roundTrips() {
    qt(100)
        .forAll(listsOf(integers().between(100_000, 999_999), 0, 20))
        .checkAssert(
            urns -> {
              Applications a =
                  sample().withApplicants(urns.stream().map(Urn::of).collect(Collectors.toList()));
              String json = ApplicationsWriter.standard().toJson(a);
              assertThat(ApplicationsReader.standard().parse(json)).isEqualTo(a);
              try {
                assertThat(
                        ApplicationsReader.standard()
                            .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(a);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  @DisplayName("without a hub, specialists or history is read with none")
  void optionalParts() {
    Applications a =
        ApplicationsReader.standard()
            .parse("{\"academicYear\": \"2019/20\", \"phase\": \"DEVELOPMENT\", \"stream\": \"PRIMARY\", \"applicants\": []}");
    assertThat(a.hub()).isEqualTo(Optional.empty());
    assertThat(a.specialists()).isEmpty();
    assertThat(a.history()).isEmpty();
  }

  @Test
  @DisplayName("with an applicant URN of five digits is bad input naming its path")
  void badApplicant() {
    assertThatThrownBy(() -> ApplicationsReader.standard().parse(DOCUMENTED.replace("100011", "10001")))
        .isInstanceOf(EnrolmentFormatException.class)
        .hasMessageContaining("applicants[1]");
  }

  @Test
  @DisplayName("with a field the contract does not know, or a bad specialist, is bad input naming its path")
  void unknownFieldAndBadSpecialist() {
    assertThatThrownBy(() -> ApplicationsReader.standard().parse(DOCUMENTED.replace("\"phase\"", "\"phases\"")))
        .isInstanceOf(EnrolmentFormatException.class)
        .hasMessageContaining("phases");
    assertThatThrownBy(() -> ApplicationsReader.standard().parse(DOCUMENTED.replace("1000001", "10001")))
        .isInstanceOf(EnrolmentFormatException.class)
        .hasMessageContaining("specialists[0].trn");
    assertThatThrownBy(() -> ApplicationsReader.standard().parse(DOCUMENTED.replace("DEVELOPMENT\",\n  \"stream", "GROWING\",\n  \"stream")))
        .isInstanceOf(EnrolmentFormatException.class)
        .hasMessageContaining("phase");
  }

  @Test
  @DisplayName("in bytes that are not strict UTF-8 is bad input naming the bytes and their offset")
  void notStrictUtf8() {
    byte[] bytes = {'{', '"', (byte) 0xC0, (byte) 0x9B, '"', ':', '1', '}'};
    assertThatThrownBy(() -> ApplicationsReader.standard().read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(EnrolmentFormatException.class)
        .hasMessageContaining("C0")
        .hasMessageContaining("byte offset 2");
  }

  @Test
  @DisplayName("planned for the sample hub gives an enrolment file that reads back, each school with no teachers yet")
  void planIsAnEnrolmentFile() {
    Plan plan = WorkGroupPlanner.standard().plan(sample(), SampleHub.register());
    String json = ApplicationsWriter.standard().planToJson(plan);
    Enrolment read = EnrolmentReader.standard().parse(json);
    assertThat(read).isEqualTo(plan.enrolment());
    for (WorkGroup g : read.workGroups()) {
      g.participations().forEach(p -> assertThat(p.teachers()).isEmpty());
    }
    assertThat(plan.placed() + plan.leftOut().size()).isEqualTo(sample().applicants().size());
  }
}
