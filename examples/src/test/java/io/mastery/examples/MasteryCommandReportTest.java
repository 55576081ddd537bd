package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.io.json.DecisionSources;
import io.mastery.io.json.DecisionWriter;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The command's output and exit status for a given decision: the decision comes from a stand-in
 * evaluator built with {@link Decision#builder()}, so that what is checked here is the command, not
 * the rules.
 */
@DisplayName("The mastery command's report")
class MasteryCommandReportTest {

  /** How the command announces on standard error that the bundled register stood in. */
  static final String SAMPLE_NOTE =
      "mastery: note: no --schools given: judged against the bundled sample register (51"
          + " establishments), not the DfE's";

  static final ObjectMapper JSON = new ObjectMapper();

  static Path dir;
  static Path sampleFile;

  @BeforeAll
  static void writeSample() throws IOException {
    dir = Files.createTempDirectory("mastery-report");
    sampleFile =
        Files.writeString(
            dir.resolve("sample.json"), SampleHub.enrolmentJson(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void removeSample() throws IOException {
    Files.deleteIfExists(sampleFile);
    Files.deleteIfExists(dir);
  }

  /** A decision for the sample: WG-01 funded, WG-03 too large, and violations of every shape. */
  static Decision sampleDecision(Enrolment enrolment) {
    Decision.Builder decision =
        Decision.builder().academicYear(enrolment.academicYear()).edition("2019/20");
    WorkGroup wg01 = enrolment.workGroups().get(0);
    for (Urn school : wg01.schools()) {
      decision.addFunding(
          FundingLine.of(wg01.id(), school, FundingKind.RELEASE_GRANT, Money.parse("GBP 1000")),
          FundingLine.of(
              wg01.id(), school, FundingKind.TEXTBOOK_MATCH_CAP, Money.parse("GBP 2000")));
    }
    decision.addViolations(
        Violation.builder()
            .rule("workgroup.size")
            .severity(Severity.ERROR)
            .workGroup(WorkGroupId.of("WG-03"))
            .message("Work Group WG-03 has 8 schools; Development groups have 6 to 7")
            .build(),
        Violation.builder()
            .rule("school.outside-hub")
            .severity(Severity.WARNING)
            .school(Urn.of(990041))
            .message("school 990041 is in local authority 206, which the hub does not serve")
            .build(),
        Violation.builder()
            .rule("teacher.double-enrolment")
            .severity(Severity.ERROR)
            .teacher(Trn.of("2000027"))
            .message("teacher 2000027 is enrolled twice in 2019/20")
            .build());
    return decision.build();
  }

  static Decision valid(Enrolment enrolment) {
    return Decision.builder().academicYear(enrolment.academicYear()).edition("2019/20").build();
  }

  static Decision onlyWarning(Enrolment enrolment) {
    return Decision.builder()
        .academicYear(enrolment.academicYear())
        .edition("2019/20")
        .addViolations(
            Violation.builder()
                .rule("school.outside-hub")
                .severity(Severity.WARNING)
                .workGroup(WorkGroupId.of("WG-06"))
                .school(Urn.of(990041))
                .message("outside the hub")
                .build())
        .build();
  }

  @Test
  @DisplayName("validate exits with 1 when the decision has an error and with 0 when it has none")
  void validateExitsWith1WhenTheDecisionHasAnErrorAnd0WhenItHasNone() {
    assertThat(
            CommandRun.inProcess((e, r) -> sampleDecision(e), "validate", sampleFile.toString())
                .exitCode)
        .isEqualTo(MasteryCommand.EXIT_INVALID);
    CommandRun valid = CommandRun.inProcess((e, r) -> valid(e), "validate", sampleFile.toString());
    assertThat(valid.exitCode).isEqualTo(MasteryCommand.EXIT_VALID);
    assertThat(valid.errLines()).singleElement().asString().startsWith(SAMPLE_NOTE);
    assertThat(valid.out).contains("Result: VALID");
    CommandRun warning =
        CommandRun.inProcess((e, r) -> onlyWarning(e), "validate", sampleFile.toString());
    assertThat(warning.exitCode).isEqualTo(MasteryCommand.EXIT_VALID);
    assertThat(warning.out).contains("Result: VALID, 1 warning");
  }

  @Test
  @DisplayName("the demo exits with 0 although its sample has errors")
  void theDemoExitsWith0AlthoughItsSampleHasErrors() {
    CommandRun run = CommandRun.inProcess((e, r) -> sampleDecision(e));
    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .startsWith("mastery demo: the bundled sample hub")
        .contains("Result: NOT VALID, 2 errors, 1 warning");
    assertThat(CommandRun.inProcess((e, r) -> sampleDecision(e), "demo").out).isEqualTo(run.out);
  }

  @Test
  @DisplayName("judges the sample enrolment against the sample register without schools")
  void judgesTheSampleEnrolmentAgainstTheSampleRegisterWithoutSchools() {
    AtomicReference<SchoolRegister> seen = new AtomicReference<>();
    AtomicReference<Enrolment> judged = new AtomicReference<>();
    CommandRun.inProcess(
        (e, r) -> {
          judged.set(e);
          seen.set(r);
          return valid(e);
        },
        "validate",
        sampleFile.toString());
    assertThat(seen.get()).isEqualTo(SampleHub.register());
    assertThat(judged.get()).isEqualTo(SampleHub.enrolment());
  }

  @Test
  @DisplayName("prints each Work Group with its schools, verdicts and funding")
  void printsEachWorkGroupWithItsSchoolsVerdictsAndFunding() {
    String report =
        CommandRun.inProcess((e, r) -> sampleDecision(e), "validate", sampleFile.toString()).out;
    assertThat(report)
        .contains("Teaching for Mastery enrolment 2019/20: London Central and West (LCW)")
        .contains("judged by policy edition 2019/20 against the bundled sample register (51")
        .contains("local authorities served: 201, 202")
        .contains("Work Group WG-01: Development, primary, led by 1000001")
        .contains("    100009  Beckford Primary School")
        .contains("Work Group WG-05: Mastery Readiness, primary, led by 1999999")
        .contains("Work Group WG-07: Embedding, primary, led by 1000005")
        .contains("    990999  (not in the register)")
        .contains("    990040  Sample Ysgol Gynradd Tŷ Gwyn");
    String wg01 = section(report, "Work Group WG-01", "Work Group WG-02");
    assertThat(wg01)
        .contains("  Verdict: valid\n")
        .contains("release grant")
        .contains("textbook match cap")
        .contains("GBP 2000.00")
        .contains("total")
        .contains("GBP 18000.00");
    String wg03 = section(report, "Work Group WG-03", "Work Group WG-04");
    assertThat(wg03)
        .contains("  Verdict: NOT VALID, 1 error")
        .contains("ERROR   workgroup.size")
        .contains("Work Group WG-03 has 8 schools")
        .contains("  Funding: none");
    String wg06 = section(report, "Work Group WG-06", "Work Group WG-07");
    assertThat(wg06)
        .as("a violation naming a school but no group is shown with the school's group")
        .contains("  Verdict: valid, 1 warning")
        .contains("WARNING school.outside-hub");
    String others = section(report, "Not tied to one Work Group", "Totals");
    assertThat(others).contains("ERROR   teacher.double-enrolment").doesNotContain("outside-hub");
    String totals = report.substring(report.indexOf("Totals"));
    assertThat(totals)
        .contains("Work Groups  7 (6 without an error)")
        .contains("schools      36")
        .contains("errors       2")
        .contains("warnings     1")
        .contains("funding      GBP 18000.00")
        .contains("Result: NOT VALID, 2 errors, 1 warning");
  }

  @Test
  @DisplayName(
      "shows primary Embedding \"funded at lower levels\" as set by the hub, and the cohort 3"
          + " specialists' own schools' textbook caps without a Work Group")
  void showsFundingTheHubSetsAndSpecialistsOwnSchools() throws IOException {
    CommandRun text = CommandRun.inProcess("demo");
    String own = section(text.out, "Funding of Mastery Specialists' own schools", "Totals");
    assertThat(own)
        .contains("100008")
        .contains("own school of specialist 1000001")
        .contains("textbook match cap")
        .contains("GBP 2000.00");
    JsonNode json = JSON.readTree(CommandRun.inProcess("demo", "--format", "json").out);
    assertThat(json.get("funding"))
        .anySatisfy(
            line -> {
              assertThat(line.has("workGroup")).isFalse();
              assertThat(line.get("school").intValue()).isEqualTo(100008);
              assertThat(line.get("specialist").textValue()).isEqualTo("1000001");
              assertThat(line.get("kind").textValue()).isEqualTo("TEXTBOOK_MATCH_CAP");
              assertThat(line.get("amount").textValue()).isEqualTo("2000.00");
            });
    // the sample's Embedding group, WG-07, as if it were valid
    Enrolment enrolment = SampleHub.enrolment();
    WorkGroup wg07 = enrolment.workGroups().get(6);
    Decision.Builder withEmbedding = Decision.builder().from(sampleDecision(enrolment));
    for (Urn school : wg07.schools()) {
      withEmbedding.addFunding(FundingLine.setByHub(wg07.id(), school));
    }
    Decision decision = withEmbedding.build();
    CommandRun report = CommandRun.inProcess((e, r) -> decision, "demo");
    String group = report.out.substring(report.out.indexOf("Work Group WG-07"));
    assertThat(group)
        .contains("release set by hub")
        .contains("set by the hub")
        .doesNotContain("Funding: none");
    JsonNode lines =
        JSON.readTree(CommandRun.inProcess((e, r) -> decision, "demo", "--format", "json").out)
            .get("funding");
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.get("workGroup").textValue()).isEqualTo("WG-07");
              assertThat(line.get("kind").textValue()).isEqualTo("RELEASE_SET_BY_HUB");
              assertThat(line.get("amountSetByHub").booleanValue()).isTrue();
              assertThat(line.has("amount")).isFalse();
            });
  }

  @Test
  @DisplayName("prints only the decision's JSON on standard output on request")
  void printsOnlyTheDecisionsJsonOnStandardOutputOnRequest() throws IOException {
    Enrolment enrolment = SampleHub.enrolment();
    for (String[] args :
        List.of(
            new String[] {"validate", sampleFile.toString(), "--format", "json"},
            new String[] {"validate", "--format=json", sampleFile.toString()},
            new String[] {"demo", "--format", "json"})) {
      CommandRun run = CommandRun.inProcess((e, r) -> sampleDecision(e), args);
      if (args[0].equals("demo")) {
        assertThat(run.err).isEmpty();
      } else {
        assertThat(run.errLines()).singleElement().asString().startsWith(SAMPLE_NOTE);
      }
      assertThat(run.out)
          .isEqualTo(
              DecisionWriter.standard()
                  .toJson(
                      sampleDecision(enrolment),
                      DecisionSources.of(
                          DecisionSources.BUNDLED_SAMPLE,
                          SampleHub.register().size(),
                          0,
                          PolicyEditions.standard())));
      JsonNode json = JSON.readTree(run.out);
      assertThat(fieldNames(json))
          .containsExactly(
              "academicYear", "edition", "valid", "violations", "funding", "register", "editions");
      assertThat(json.get("register").get("source").textValue()).isEqualTo("bundled sample");
      assertThat(json.get("register").get("rowsRead").intValue()).isEqualTo(51);
      assertThat(json.get("editions").get(0).get("edition").textValue())
          .isEqualTo(PolicyEditions.standard().editions().get(0).edition());
      assertThat(json.get("valid").booleanValue()).isFalse();
      assertThat(json.get("violations").size()).isEqualTo(3);
      assertThat(json.get("funding").get(0).get("amount").textValue()).isEqualTo("1000.00");
      assertThat(json.get("funding").get(0).get("currency").textValue()).isEqualTo("GBP");
    }
  }

  @Test
  @DisplayName("reads the register given with schools and warns of rows it cannot use")
  void readsTheRegisterGivenWithSchoolsAndWarnsOfRowsItCannotUse() throws IOException {
    Path gias =
        Files.writeString(
            dir.resolve("register.csv"),
            "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),"
                + "EstablishmentStatus (code),PhaseOfEducation (code)\n"
                + "100010,202,Brecknock Primary School,01,1,2\n"
                + "12345,202,Short URN School,01,1,2\n",
            StandardCharsets.ISO_8859_1);
    AtomicReference<SchoolRegister> seen = new AtomicReference<>();
    CommandRun run =
        CommandRun.inProcess(
            (e, r) -> {
              seen.set(r);
              return valid(e);
            },
            "validate",
            sampleFile.toString(),
            "--schools",
            gias.toString());
    Files.delete(gias);
    assertThat(seen.get().size()).isEqualTo(1);
    assertThat(run.exitCode).isZero();
    assertThat(run.errLines())
        .containsExactly(
            "mastery: warning: "
                + gias
                + " line 3, column \"URN\": URN must have 6 digits:"
                + " \"12345\"; row skipped");
    assertThat(run.out).contains("against " + gias + " (1 establishment)");
  }

  private static String section(String report, String from, String to) {
    int start = report.indexOf(from);
    int end = report.indexOf(to, start + 1);
    assertThat(start).as(from).isNotNegative();
    assertThat(end).as(to).isGreaterThan(start);
    return report.substring(start, end);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
