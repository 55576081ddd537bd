package io.mastery.io.json;

import static io.mastery.model.testkit.Generators.enumValues;
import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.MasteryGen.poundAmounts;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.MasteryGen.workGroupIds;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Writing a decision as the contract's JSON")
class DecisionWriterExamples {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** The decision of the example in CONTRACT.md §3. */
  static Decision contractExample() {
    return Decision.builder()
        .academicYear(AcademicYear.of(2019))
        .edition("2019/20")
        .addViolations(
            Violation.builder()
                .rule("workgroup.size")
                .severity(Severity.ERROR)
                .workGroup(WorkGroupId.of("WG-01"))
                .message("Work Group WG-01 has 8 schools; Development groups have 6 to 7")
                .putArgument("workGroup", "WG-01")
                .putArgument("schools", 8)
                .putArgument("min", 6)
                .putArgument("max", 7)
                .putArgument("bounds", "6 to 7")
                .putArgument("phase", io.mastery.model.programme.Phase.DEVELOPMENT)
                .build())
        .addFunding(
            FundingLine.of(
                WorkGroupId.of("WG-02"),
                Urn.of(100012),
                FundingKind.RELEASE_GRANT,
                Money.parse("GBP 1000")),
            FundingLine.of(
                WorkGroupId.of("WG-02"),
                Urn.of(100012),
                FundingKind.TEXTBOOK_MATCH_CAP,
                Money.parse("GBP 2000.00")))
        .build();
  }

  @Test
  @DisplayName("writes the contract's example exactly")
  void writesTheContractsExampleExactly() {
    assertThat(DecisionWriter.standard().toJson(contractExample()))
        .isEqualTo(
            "{\n"
                + "  \"academicYear\": \"2019/20\",\n"
                + "  \"edition\": \"2019/20\",\n"
                + "  \"valid\": false,\n"
                + "  \"violations\": [\n"
                + "    {\n"
                + "      \"rule\": \"workgroup.size\",\n"
                + "      \"severity\": \"ERROR\",\n"
                + "      \"workGroup\": \"WG-01\",\n"
                + "      \"message\": \"Work Group WG-01 has 8 schools; Development groups have 6"
                + " to 7\",\n"
                + "      \"arguments\": {\"schools\":8,\"min\":6,\"max\":7,\"bounds\":\"6 to 7\","
                + "\"phase\":\"DEVELOPMENT\"}\n"
                + "    }\n"
                + "  ],\n"
                + "  \"funding\": [\n"
                + "    {\n"
                + "      \"workGroup\": \"WG-02\",\n"
                + "      \"school\": 100012,\n"
                + "      \"kind\": \"RELEASE_GRANT\",\n"
                + "      \"amount\": \"1000.00\",\n"
                + "      \"currency\": \"GBP\"\n"
                + "    },\n"
                + "    {\n"
                + "      \"workGroup\": \"WG-02\",\n"
                + "      \"school\": 100012,\n"
                + "      \"kind\": \"TEXTBOOK_MATCH_CAP\",\n"
                + "      \"amount\": \"2000.00\",\n"
                + "      \"currency\": \"GBP\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  @DisplayName("writes every subject of a violation where it has one and only there")
  void writesEverySubjectOfAViolationWhereItHasOneAndOnlyThere() throws IOException {
    Decision decision =
        Decision.builder()
            .academicYear(AcademicYear.of(2019))
            .edition("2019/20")
            .addViolations(
                Violation.builder()
                    .rule("teacher.double-enrolment")
                    .severity(Severity.ERROR)
                    .workGroup(WorkGroupId.of("WG-03"))
                    .school(Urn.of(990005))
                    .teacher(Trn.of("0000017"))
                    .message("teacher 0000017 is in WG-03 and WG-07")
                    .build(),
                Violation.builder()
                    .rule("school.outside-hub")
                    .severity(Severity.WARNING)
                    .school(Urn.of(990041))
                    .message("school 990041 is in Islington (206)")
                    .build())
            .build();
    JsonNode json = PLAIN.readTree(DecisionWriter.standard().toJson(decision));
    assertThat(json.get("valid").booleanValue()).isFalse();
    JsonNode outside = violation(json, "school.outside-hub");
    assertThat(fieldNames(outside)).containsExactly("rule", "severity", "school", "message", "arguments");
    assertThat(outside.get("school").isInt()).isTrue();
    assertThat(outside.get("severity").textValue()).isEqualTo("WARNING");
    JsonNode teacher = violation(json, "teacher.double-enrolment");
    assertThat(fieldNames(teacher))
        .containsExactly(
            "rule", "severity", "workGroup", "school", "teacher", "message", "arguments");
    assertThat(teacher.get("teacher").textValue()).isEqualTo("0000017");
    assertThat(json.get("funding").size()).isZero();
  }

  @Test
  @DisplayName("writes a valid decision with empty lists")
  void writesAValidDecisionWithEmptyLists() {
    Decision decision =
        Decision.builder().academicYear(AcademicYear.of(2024)).edition("2024/25").build();
    assertThat(DecisionWriter.standard().toJson(decision))
        .isEqualTo(
            "{\n"
                + "  \"academicYear\": \"2024/25\",\n"
                + "  \"edition\": \"2024/25\",\n"
                + "  \"valid\": true,\n"
                + "  \"violations\": [],\n"
                + "  \"funding\": []\n"
                + "}\n");
  }

  @Test
  @DisplayName("writes UTF-8 bytes to a stream")
  void writesUtf8BytesToAStream() throws IOException {
    Decision decision =
        Decision.builder()
            .academicYear(AcademicYear.of(2019))
            .edition("2019/20")
            .addViolations(
                Violation.builder()
                    .rule("school.unknown")
                    .severity(Severity.ERROR)
                    .school(Urn.of(990999))
                    .message("Ysgol Tŷ Gwyn – not in the register")
                    .build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DecisionWriter.standard().write(decision, out);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(DecisionWriter.standard().toJson(decision))
        .contains("Ysgol Tŷ Gwyn – not in the register");
  }

  @Test
  @DisplayName(
      "every amount is written with two decimals and reads back as the same money; a line the hub"
          + " sets has no amount, a specialist's own school no Work Group")
  void everyAmountIsWrittenWithTwoDecimals() {
    qt(200)
        .forAll(fundingLines())
        .checkAssert(
            lines -> {
              Decision decision =
                  Decision.builder()
                      .academicYear(AcademicYear.of(2019))
                      .edition("2019/20")
                      .addAllFunding(lines)
                      .build();
              JsonNode funding = readTree(DecisionWriter.standard().toJson(decision)).get("funding");
              assertThat(funding.size()).isEqualTo(lines.size());
              for (int i = 0; i < lines.size(); i++) {
                FundingLine line = decision.funding().get(i);
                JsonNode written = funding.get(i);
                if (line.amount().isPresent()) {
                  assertThat(written.get("amount").textValue()).matches("\\d+\\.\\d\\d");
                  assertThat(
                          Money.parse(
                              written.get("currency").textValue()
                                  + " "
                                  + written.get("amount").textValue()))
                      .isEqualTo(line.amount().get());
                  assertThat(written.has("amountSetByHub")).isFalse();
                } else {
                  assertThat(written.has("amount")).isFalse();
                  assertThat(written.has("currency")).isFalse();
                  assertThat(written.get("amountSetByHub").booleanValue()).isTrue();
                }
                assertThat(written.get("school").intValue()).isEqualTo(line.school().value());
                if (line.workGroup().isPresent()) {
                  assertThat(written.get("workGroup").textValue())
                      .isEqualTo(line.workGroup().get().value());
                  assertThat(written.has("specialist")).isFalse();
                } else {
                  assertThat(written.has("workGroup")).isFalse();
                  assertThat(written.get("specialist").textValue())
                      .isEqualTo(line.specialist().orElseThrow().value());
                }
                assertThat(written.get("kind").textValue()).isEqualTo(line.kind().name());
              }
            });
  }

  private static Gen<List<FundingLine>> fundingLines() {
    return listsOf(
        workGroupIds()
            .zip(
                urns(),
                enumValues(FundingKind.class),
                poundAmounts(),
                (g, u, k, m) -> k.hasAmount() ? FundingLine.of(g, u, k, m) : FundingLine.setByHub(g, u))
            .mix(
                urns()
                    .zip(
                        trns(),
                        poundAmounts(),
                        (u, t, m) ->
                            FundingLine.forSpecialistSchool(u, t, FundingKind.TEXTBOOK_MATCH_CAP, m)),
                25),
        0,
        6);
  }

  private static JsonNode readTree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode violation(JsonNode decision, String rule) {
    for (JsonNode violation : decision.get("violations")) {
      if (violation.get("rule").textValue().equals(rule)) {
        return violation;
      }
    }
    throw new AssertionError("no violation " + rule + " in " + decision);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
