package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.io.json.DecisionWriter;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.io.json.EnrolmentWriter;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.engine.Rulebook;
import io.mastery.rules.result.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@code mastery} command with the standard rulebook, on the bundled sample hub: every verdict
 * of the rule catalogue appears, the two valid groups are funded, and the exit status follows the
 * decision.
 */
@DisplayName("The mastery command with the rule engine")
class RuleEngineEndToEndTest {

  /** Every rule code CONTRACT.md §1 says must exist; the sample holds a case of each. */
  static final List<String> EVERY_RULE =
      List.of(
          "school.unknown",
          "school.not-state-funded",
          "school.outside-england",
          "school.closed",
          "school.wrong-phase",
          "school.outside-hub",
          "workgroup.size",
          "workgroup.teachers-per-school",
          "workgroup.duplicate-school",
          "workgroup.lead-unknown",
          "workgroup.lead-not-eligible",
          "workgroup.lead-overcommitted",
          "journey.development-repeated",
          "journey.prerequisite-missing",
          "journey.out-of-order",
          "journey.one-phase-per-year",
          "teacher.double-enrolment");

  static final ObjectMapper JSON = new ObjectMapper();

  static Path dir;
  static Path sampleFile;
  static Path validFile;

  @BeforeAll
  static void writeFiles() throws IOException {
    dir = Files.createTempDirectory("mastery-engine");
    sampleFile =
        Files.writeString(
            dir.resolve("sample.json"), SampleHub.enrolmentJson(), StandardCharsets.UTF_8);
    Enrolment sample = SampleHub.enrolment();
    Enrolment valid =
        sample.withWorkGroups(
            sample.workGroups().stream()
                .filter(g -> g.id().value().equals("WG-01") || g.id().value().equals("WG-02"))
                .collect(Collectors.toList()));
    validFile = dir.resolve("valid.json");
    EnrolmentWriter.standard().write(valid, validFile);
  }

  @AfterAll
  static void removeFiles() throws IOException {
    Files.deleteIfExists(sampleFile);
    Files.deleteIfExists(validFile);
    Files.deleteIfExists(dir);
  }

  @Test
  @DisplayName("the demo shows every verdict of the rule catalogue and exits 0")
  void theDemoShowsEveryVerdictOfTheRuleCatalogueAndExits0() {
    CommandRun run = CommandRun.inProcess();
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    for (String rule : EVERY_RULE) {
      assertThat(run.out).as(rule).contains(rule);
    }
    assertThat(run.out).contains("Result: NOT VALID");
  }

  @Test
  @DisplayName("validate on the same file exits 1 and its JSON names every rule")
  void validateOnTheSameFileExits1AndItsJsonNamesEveryRule() throws IOException {
    CommandRun text = CommandRun.inProcess("validate", sampleFile.toString());
    assertThat(text.exitCode).as(text.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
    CommandRun run = CommandRun.inProcess("validate", sampleFile.toString(), "--format", "json");
    assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_INVALID);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith(MasteryCommandReportTest.SAMPLE_NOTE);
    JsonNode decision = JSON.readTree(run.out);
    assertThat(decision.get("academicYear").textValue()).isEqualTo("2019/20");
    assertThat(decision.get("edition").textValue()).isEqualTo("2019/20");
    assertThat(decision.get("valid").booleanValue()).isFalse();
    Set<String> rules = new HashSet<>();
    for (JsonNode violation : decision.get("violations")) {
      rules.add(violation.get("rule").textValue());
      assertThat(violation.get("severity").textValue()).isIn("ERROR", "WARNING");
      assertThat(violation.get("message").textValue()).isNotBlank();
      if (violation.has("school")) {
        assertThat(violation.get("school").isInt()).isTrue();
      }
    }
    assertThat(rules).containsAll(EVERY_RULE);
  }

  @Test
  @DisplayName("the valid groups have no violation and fund each of their schools")
  void theValidGroupsHaveNoViolationAndFundEachOfTheirSchools() throws IOException {
    JsonNode decision =
        JSON.readTree(
            CommandRun.inProcess("validate", sampleFile.toString(), "--format", "json").out);
    for (String id : List.of("WG-01", "WG-02")) {
      WorkGroup group =
          SampleHub.enrolment().workGroups().stream()
              .filter(g -> g.id().value().equals(id))
              .findFirst()
              .orElseThrow();
      for (JsonNode violation : decision.get("violations")) {
        assertThat(violation.path("workGroup").asText()).as(violation.toString()).isNotEqualTo(id);
        if (violation.has("school")) {
          assertThat(group.schools()).doesNotContain(Urn.of(violation.get("school").intValue()));
        }
      }
      for (Urn school : group.schools()) {
        assertThat(decision.get("funding"))
            .as(id + " " + school)
            .anySatisfy(
                line -> {
                  assertThat(line.path("workGroup").asText()).isEqualTo(id);
                  assertThat(line.get("school").intValue()).isEqualTo(school.value());
                  assertThat(line.get("kind").textValue()).isEqualTo("RELEASE_GRANT");
                  assertThat(line.get("amount").textValue()).isEqualTo("1000.00");
                  assertThat(line.get("currency").textValue()).isEqualTo("GBP");
                });
      }
    }
  }

  @Test
  @DisplayName("an enrolment of only the valid groups exits 0")
  void anEnrolmentOfOnlyTheValidGroupsExits0() throws IOException {
    CommandRun run = CommandRun.inProcess("validate", validFile.toString(), "--format", "json");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_VALID);
    JsonNode decision = JSON.readTree(run.out);
    assertThat(decision.get("valid").booleanValue()).isTrue();
    assertThat(decision.get("violations").size()).isZero();
    assertThat(decision.get("funding").size()).isGreaterThanOrEqualTo(13);
    CommandRun text = CommandRun.inProcess("validate", validFile.toString());
    assertThat(text.exitCode).isZero();
    assertThat(text.out).contains("Result: VALID");
  }

  @Test
  @DisplayName("the README guide runs on the sample files")
  void theReadmeGuideRunsOnTheSampleFiles() throws IOException {
    Path registerFile = dir.resolve("edubasealldata-sample.csv");
    try (var in = SampleHub.open(SampleHub.REGISTER_RESOURCE)) {
      Files.copy(in, registerFile);
    }
    List<String> printed = new java.util.ArrayList<>();
    // the README's "Validate in code", with its file names and callbacks filled in
    GiasImport gias = GiasRegisterReader.standard().read(registerFile);
    gias.problems().forEach(p -> printed.add("GIAS " + p));
    SchoolRegister register = gias.register();

    Enrolment enrolment = EnrolmentReader.standard().read(sampleFile);
    Decision decision = Rulebook.standard().evaluate(enrolment, register);

    if (!decision.isValid()) {
      decision.errors().forEach(v -> printed.add(v.rule() + ": " + v.message()));
    }
    List<FundingLine> paid = new java.util.ArrayList<>();
    decision.funding().forEach(paid::add);
    String json = DecisionWriter.standard().toJson(decision);

    Map<String, String> ours =
        Map.of(
            "workgroup.size", "This group needs 6 or 7 schools.",
            "school.closed", "This school is closed in the DfE register.",
            "journey.development-repeated", "This school has already taken part in Development.");
    List<String> shown = new java.util.ArrayList<>();
    for (Violation v : decision.violations()) {
      shown.add(ours.getOrDefault(v.rule(), v.message()));
    }
    Files.delete(registerFile);

    assertThat(printed).noneMatch(line -> line.startsWith("GIAS"));
    assertThat(printed).anyMatch(line -> line.startsWith("workgroup.size: "));
    assertThat(paid).isNotEmpty();
    assertThat(JSON.readTree(json).get("valid").booleanValue()).isFalse();
    assertThat(shown).contains("This group needs 6 or 7 schools.");
  }

  @Test
  @DisplayName("giving the sample register with schools judges the same as leaving it out")
  void givingTheSampleRegisterWithSchoolsJudgesTheSameAsLeavingItOut() throws IOException {
    Path gias = dir.resolve("register.csv");
    try (var in = SampleHub.open(SampleHub.REGISTER_RESOURCE)) {
      Files.copy(in, gias);
    }
    CommandRun withSchools =
        CommandRun.inProcess(
            "validate", sampleFile.toString(), "--schools", gias.toString(), "--format", "json");
    CommandRun without =
        CommandRun.inProcess("validate", sampleFile.toString(), "--format", "json");
    Files.delete(gias);
    assertThat(withSchools.exitCode).isEqualTo(MasteryCommand.EXIT_INVALID);
    assertThat(withSchools.out.replace("\"source\": \"" + gias + "\"", "\"source\": \"bundled sample\""))
        .as("the same decision; only the register's source differs")
        .isEqualTo(without.out);
    assertThat(withSchools.err).as("a register given is not announced").isEmpty();
    assertThat(without.errLines()).singleElement().asString()
        .startsWith(MasteryCommandReportTest.SAMPLE_NOTE);
  }
}
