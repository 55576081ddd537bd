package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reading an enrolment file")
class EnrolmentReaderExamples {

  /** The example of CONTRACT.md §2. */
  static final String CONTRACT_EXAMPLE =
      "{\n"
          + "  \"academicYear\": \"2019/20\",\n"
          + "  \"hub\": { \"id\": \"LCW\", \"name\": \"London Central and West\","
          + " \"localAuthorities\": [\"201\", \"202\"] },\n"
          + "  \"specialists\": [\n"
          + "    { \"trn\": \"1000001\", \"schoolUrn\": 100008, \"stream\": \"PRIMARY\","
          + " \"cohort\": 3 }\n"
          + "  ],\n"
          + "  \"history\": [\n"
          + "    { \"urn\": 100009, \"phase\": \"DEVELOPMENT\", \"academicYear\": \"2017/18\" }\n"
          + "  ],\n"
          + "  \"workGroups\": [\n"
          + "    { \"id\": \"WG-01\", \"phase\": \"DEVELOPMENT\", \"stream\": \"PRIMARY\","
          + " \"lead\": \"1000001\",\n"
          + "      \"schools\": [ { \"urn\": 100010, \"teachers\": [\"2000001\", \"2000002\"] } ]"
          + " }\n"
          + "  ]\n"
          + "}\n";

  static Enrolment parse(String json) {
    return EnrolmentReader.standard().parse(json);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> assertBad(
      String json, String path, String message) {
    return assertThatThrownBy(() -> parse(json))
        .isInstanceOfSatisfying(
            EnrolmentFormatException.class, e -> assertThat(e.path()).isEqualTo(path))
        .hasMessage(message);
  }

  /** The contract's example with one piece of text replaced. */
  static String example(String target, String replacement) {
    assertThat(CONTRACT_EXAMPLE).contains(target);
    return CONTRACT_EXAMPLE.replace(target, replacement);
  }

  @Nested
  @DisplayName("good files")
  class GoodFiles {

    @Test
    @DisplayName("reads the contract's example into the model")
    void readsTheContractsExampleIntoTheModel() {
      AcademicYear year = AcademicYear.of(2019);
      Enrolment expected =
          Enrolment.builder()
              .academicYear(year)
              .hub(
                  MathsHub.of(
                      "LCW",
                      "London Central and West",
                      List.of(LocalAuthorityCode.of("201"), LocalAuthorityCode.of("202"))))
              .addSpecialists(
                  MasterySpecialist.of(
                      Trn.of("1000001"), Urn.of(100008), Cohort.of(Stream.PRIMARY, 3)))
              .addHistory(
                  JourneyRecord.of(Urn.of(100009), Phase.DEVELOPMENT, AcademicYear.of(2017)))
              .addWorkGroups(
                  WorkGroup.builder().id(WorkGroupId.of("WG-01")).phase(Phase.DEVELOPMENT).stream(
                          Stream.PRIMARY)
                      .academicYear(year)
                      .lead(Trn.of("1000001"))
                      .addParticipations(
                          Participation.of(Urn.of(100010), Trn.of("2000001"), Trn.of("2000002")))
                      .build())
              .build();
      assertThat(parse(CONTRACT_EXAMPLE)).isEqualTo(expected);
    }

    @Test
    @DisplayName("reads a file without a hub, specialists or history")
    void readsAFileWithoutAHubSpecialistsOrHistory() {
      Enrolment enrolment = parse("{\"academicYear\": \"2024/25\", \"workGroups\": []}");
      assertThat(enrolment.hub()).isEmpty();
      assertThat(enrolment.specialists()).isEmpty();
      assertThat(enrolment.history()).isEmpty();
      assertThat(enrolment.workGroups()).isEmpty();
    }

    @Test
    @DisplayName("keeps what the rules judge: a school twice, a group of any size and any number of teachers")
    void keepsWhatTheRulesJudgeASchoolTwiceAGroupOfAnySizeAndAnyNumberOfTeachers() {
      Enrolment enrolment =
          parse(
              example(
                  "\"schools\": [ { \"urn\": 100010, \"teachers\": [\"2000001\", \"2000002\"] } ]",
                  "\"schools\": [ { \"urn\": 100010, \"teachers\": [] },"
                      + " { \"urn\": 100010, \"teachers\": [\"2000001\", \"2000001\","
                      + " \"2000002\"] } ]"));
      WorkGroup group = enrolment.workGroups().get(0);
      assertThat(group.schools()).containsExactly(Urn.of(100010), Urn.of(100010));
      assertThat(group.participations().get(1).teachers()).hasSize(3);
    }

    @Test
    @DisplayName("reads UTF-8 bytes and UTF-16 bytes")
    void readsUtf8BytesAndUtf16Bytes() throws IOException {
      String json = example("London Central and West", "Llundain Canol a’r Gorllewin");
      for (java.nio.charset.Charset charset :
          List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE)) {
        Enrolment enrolment =
            EnrolmentReader.standard().read(new ByteArrayInputStream(json.getBytes(charset)));
        assertThat(enrolment.hub().orElseThrow().name()).isEqualTo("Llundain Canol a’r Gorllewin");
      }
    }
  }

  @Nested
  @DisplayName("bad input, each naming the JSON path and the value")
  class BadInput {

    @Test
    @DisplayName("a URN that is not six digits")
    void aUrnThatIsNotSixDigits() {
      assertBad(
              example("\"urn\": 100010", "\"urn\": 12345"),
              "workGroups[0].schools[0].urn",
              "workGroups[0].schools[0].urn: URN must have 6 digits: 12345")
          .satisfies(e -> assertThat(((EnrolmentFormatException) e).value()).contains("12345"));
      assertBad(
          example("\"schoolUrn\": 100008", "\"schoolUrn\": 99999999999"),
          "specialists[0].schoolUrn",
          "specialists[0].schoolUrn: URN must have 6 digits: 99999999999");
      assertBad(
          example("\"urn\": 100009", "\"urn\": -100009"),
          "history[0].urn",
          "history[0].urn: URN must have 6 digits: -100009");
    }

    @Test
    @DisplayName("a URN given as a string or a decimal")
    void aUrnGivenAsAStringOrADecimal() {
      assertBad(
          example("\"urn\": 100010", "\"urn\": \"100010\""),
          "workGroups[0].schools[0].urn",
          "workGroups[0].schools[0].urn: expected a whole number, got a string: \"100010\"");
      assertBad(
          example("\"urn\": 100010", "\"urn\": 100010.5"),
          "workGroups[0].schools[0].urn",
          "workGroups[0].schools[0].urn: expected a whole number, got a decimal number: 100010.5");
    }

    @Test
    @DisplayName("a TRN that is not seven digits")
    void aTrnThatIsNotSevenDigits() {
      assertBad(
              example("\"2000002\"", "\"200002\""),
              "workGroups[0].schools[0].teachers[1]",
              "workGroups[0].schools[0].teachers[1]: TRN must have 7 digits: \"200002\"")
          .satisfies(e -> assertThat(((EnrolmentFormatException) e).value()).contains("200002"));
      assertBad(
          example("\"lead\": \"1000001\"", "\"lead\": \"100000A\""),
          "workGroups[0].lead",
          "workGroups[0].lead: TRN must have 7 digits: \"100000A\"");
      assertBad(
          example("\"trn\": \"1000001\"", "\"trn\": 1000001"),
          "specialists[0].trn",
          "specialists[0].trn: expected a string, got a whole number: 1000001");
    }

    @Test
    @DisplayName("an academic year whose second part is not the year after")
    void anAcademicYearWhoseSecondPartIsNotTheYearAfter() {
      assertBad(
          example("\"academicYear\": \"2019/20\"", "\"academicYear\": \"2019/21\""),
          "academicYear",
          "academicYear: academic year must end in the year after it starts (2019/20):"
              + " \"2019/21\"");
      assertBad(
          example("\"academicYear\": \"2017/18\"", "\"academicYear\": \"2017-18\""),
          "history[0].academicYear",
          "history[0].academicYear: academic year must have the form YYYY/YY: \"2017-18\"");
    }

    @Test
    @DisplayName("an unknown phase or stream")
    void anUnknownPhaseOrStream() {
      assertBad(
          example(
              "\"phase\": \"DEVELOPMENT\", \"stream\"", "\"phase\": \"Development\", \"stream\""),
          "workGroups[0].phase",
          "workGroups[0].phase: unknown phase \"Development\" (did you mean DEVELOPMENT?); expected"
              + " MASTERY_READINESS, INTRODUCTORY,"
              + " DEVELOPMENT, EMBEDDING or SUSTAINING");
      assertBad(
          example("\"stream\": \"PRIMARY\", \"lead\"", "\"stream\": \"EARLY_YEARS\", \"lead\""),
          "workGroups[0].stream",
          "workGroups[0].stream: unknown stream \"EARLY_YEARS\"; expected PRIMARY, SECONDARY or"
              + " FE");
      assertBad(
          example("\"stream\": \"PRIMARY\", \"cohort\"", "\"stream\": \"primary\", \"cohort\""),
          "specialists[0].stream",
          "specialists[0].stream: unknown stream \"primary\" (did you mean PRIMARY?); expected"
              + " PRIMARY, SECONDARY or FE");
      assertBad(
          example(
              "\"phase\": \"DEVELOPMENT\", \"stream\"", "\"phase\": \"DEVELOPEMENT\", \"stream\""),
          "workGroups[0].phase",
          "workGroups[0].phase: unknown phase \"DEVELOPEMENT\" (did you mean DEVELOPMENT?);"
              + " expected MASTERY_READINESS, INTRODUCTORY, DEVELOPMENT, EMBEDDING or SUSTAINING");
    }

    @Test
    @DisplayName("a required field missing")
    void aRequiredFieldMissing() {
      assertBad(
              example("\"lead\": \"1000001\",", ""),
              "workGroups[0].lead",
              "workGroups[0].lead: required field is missing")
          .satisfies(e -> assertThat(((EnrolmentFormatException) e).value()).isEmpty());
      assertBad("{\"workGroups\": []}", "academicYear", "academicYear: required field is missing");
      assertBad(
          "{\"academicYear\": \"2019/20\"}", "workGroups", "workGroups: required field is missing");
      assertBad(
          example(", \"cohort\": 3", ""),
          "specialists[0].cohort",
          "specialists[0].cohort: required field is missing");
      assertBad(
          example(", \"localAuthorities\": [\"201\", \"202\"]", ""),
          "hub.localAuthorities",
          "hub.localAuthorities: required field is missing");
    }

    @Test
    @DisplayName("an unknown field, most likely a typo")
    void anUnknownFieldMostLikelyATypo() {
      assertBad(
          example("\"schools\": [", "\"shools\": ["),
          "workGroups[0].shools",
          "workGroups[0].shools: unknown field (did you mean \"schools\"?); a Work Group has the"
              + " fields id, phase, stream,"
              + " lead, schools");
      assertBad(
          example("\"history\":", "\"histories\":"),
          "histories",
          "histories: unknown field; an enrolment has the fields academicYear, hub, specialists,"
              + " readinessLeads, history, workGroups, delivery");
    }

    @Test
    @DisplayName("a value of the wrong JSON type")
    void aValueOfTheWrongJsonType() {
      assertBad(
          example("\"teachers\": [\"2000001\", \"2000002\"]", "\"teachers\": \"2000001\""),
          "workGroups[0].schools[0].teachers",
          "workGroups[0].schools[0].teachers: expected an array, got a string: \"2000001\"");
      assertBad(
          example("\"cohort\": 3", "\"cohort\": \"3\""),
          "specialists[0].cohort",
          "specialists[0].cohort: expected a whole number, got a string: \"3\"");
      assertBad(
          example("\"academicYear\": \"2019/20\"", "\"academicYear\": 2019"),
          "academicYear",
          "academicYear: expected a string, got a whole number: 2019");
      assertBad(
          "{\"academicYear\": \"2019/20\", \"hub\": null, \"workGroups\": []}",
          "hub",
          "hub: expected an object, got null");
      assertBad("[]", "", "expected an object, got an array: []");
    }

    @Test
    @DisplayName("other impossible values")
    void otherImpossibleValues() {
      assertBad(
          example("\"cohort\": 3", "\"cohort\": 0"),
          "specialists[0].cohort",
          "specialists[0].cohort: cohort number must be from 1 to 999: 0");
      assertBad(
          example("\"id\": \"WG-01\"", "\"id\": \"\""),
          "workGroups[0].id",
          "workGroups[0].id: Work Group id must be 1 to 64 letters, digits, spaces or ._/-"
              + " starting with a letter or digit: \"\"");
      assertBad(
          example("[\"201\", \"202\"]", "[\"201\", \"20\"]"),
          "hub.localAuthorities[1]",
          "hub.localAuthorities[1]: local authority code must have 3 digits: \"20\"");
      assertBad(
          example("[\"201\", \"202\"]", "[\"201\", \"201\"]"),
          "hub.localAuthorities[1]",
          "hub.localAuthorities[1]: local authority 201 is listed twice");
      assertBad(
          example("\"id\": \"LCW\"", "\"id\": \"L C W\""),
          "hub.id",
          "hub.id: hub id must be 1 to 32 letters, digits, underscores or hyphens: \"L C W\"");
      assertBad(
          example("\"name\": \"London Central and West\"", "\"name\": \" \""),
          "hub.name",
          "hub.name: hub name must not be blank");
    }

    @Test
    @DisplayName("text that is not JSON, naming where the parser stopped")
    void textThatIsNotJsonNamingWhereTheParserStopped() {
      assertThatThrownBy(() -> parse(example("\"2000002\"] }", "\"2000002\" }")))
          .isInstanceOfSatisfying(
              EnrolmentFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("workGroups[0].schools[0].teachers[1]");
                assertThat(e.line()).hasValue(12);
                assertThat(e.column().orElse(0)).isPositive();
                assertThat(e.value()).isEmpty();
              })
          .hasMessageStartingWith(
              "workGroups[0].schools[0].teachers[1]: not valid JSON at line 12, column ");
      assertBad(
          "{\"academicYear\": \"2019/20\", \"workGroups\": []",
          "workGroups",
          "workGroups: not valid JSON at line 1, column 45: Unexpected end-of-input: expected close"
              + " marker for Object (start marker at line 1, column 1)");
      assertBad("", "", "the file is empty; expected a JSON object");
      assertBad("   \n ", "", "the file is empty; expected a JSON object");
    }

    @Test
    @DisplayName("content after the object")
    void contentAfterTheObject() {
      assertBad(
          "{\"academicYear\": \"2019/20\", \"workGroups\": []} {}",
          "",
          "not valid JSON at line 1, column 47: content after the end of the enrolment object");
      assertThatThrownBy(
              () -> parse("{\"academicYear\": \"2019/20\", \"workGroups\": []} trailing"))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageStartingWith("not valid JSON at line 1, column 47: Unrecognized token");
    }

    @Test
    @DisplayName("a field given twice")
    void aFieldGivenTwice() {
      assertThatThrownBy(
              () -> parse("{\"academicYear\": \"2019/20\", \"academicYear\": \"2020/21\"}"))
          .isInstanceOfSatisfying(
              EnrolmentFormatException.class, e -> assertThat(e.path()).isEqualTo("academicYear"))
          .hasMessageContaining("Duplicate field 'academicYear'");
    }

    @Test
    @DisplayName("comments and other JSON extensions are refused")
    void commentsAndOtherJsonExtensionsAreRefused() {
      assertThatThrownBy(() -> parse("// a comment\n" + CONTRACT_EXAMPLE))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageStartingWith("not valid JSON at line 1, column 1: Unexpected character ('/'");
      assertThatThrownBy(() -> parse(example("\"urn\": 100010", "\"urn\": 0100010")))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("Leading zeroes not allowed");
      assertThatThrownBy(() -> parse(example("\"cohort\": 3 }", "\"cohort\": 3, }")))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageStartingWith("specialists[0].cohort: not valid JSON at line 5");
    }

    @Test
    @DisplayName("bytes that are not UTF-8")
    void bytesThatAreNotUtf8() {
      byte[] latin1 = example("London", "Londres \u00e9").getBytes(StandardCharsets.ISO_8859_1);
      assertThatThrownBy(() -> EnrolmentReader.standard().read(new ByteArrayInputStream(latin1)))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageStartingWith("hub.name: not valid JSON at line 3, column ")
          .hasMessageContaining("UTF-8");
    }
  }

  @Nested
  @DisplayName("limits against hostile files")
  class Limits {

    @Test
    @DisplayName("nesting deeper than sixteen levels")
    void nestingDeeperThanSixteenLevels() {
      String deep = "{\"academicYear\": " + "[".repeat(40) + "]".repeat(40) + "}";
      assertThatThrownBy(() -> parse(deep))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("the file exceeds a limit of this reader at line 1, column ")
          .hasMessageContaining("nesting depth");
    }

    @Test
    @DisplayName("a document over sixteen mebibytes")
    void aDocumentOverSixteenMebibytes() {
      String big =
          "{\"academicYear\": \"2019/20\", \"workGroups\": []" + " ".repeat(17 * 1024 * 1024) + "}";
      assertThatThrownBy(() -> parse(big))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("the file exceeds a limit of this reader")
          .hasMessageContaining("Document length");
      assertThatThrownBy(
              () ->
                  EnrolmentReader.standard()
                      .read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("Document length");
    }

    @Test
    @DisplayName("a string longer than ten thousand characters")
    void aStringLongerThanTenThousandCharacters() {
      assertThatThrownBy(() -> parse(example("London Central and West", "L".repeat(20_000))))
          .isInstanceOf(EnrolmentFormatException.class)
          .hasMessageContaining("String value length");
    }
  }

  @Nested
  @DisplayName(
      "the hub's Mastery Readiness Leads and a history record's stream: 'Each Work Group will be"
          + " led by one of the Maths Hub's Mastery Readiness Leads' (emsmathshub.org.uk, Mastery"
          + " Readiness Work Group 2024/25); a school's primary and secondary journeys are separate")
  class ReadinessLeadsAndStreams {

    @Test
    @DisplayName(
        "reads readinessLeads, a history record naming its stream and one naming none, and"
            + " writes them back")
    void readsAndWritesThem() {
      String json =
          example(
              "  \"history\": [\n"
                  + "    { \"urn\": 100009, \"phase\": \"DEVELOPMENT\", \"academicYear\":"
                  + " \"2017/18\" }\n",
              "  \"readinessLeads\": [\"3000001\", \"3000002\"],\n"
                  + "  \"history\": [\n"
                  + "    { \"urn\": 100009, \"phase\": \"DEVELOPMENT\", \"academicYear\":"
                  + " \"2017/18\" },\n"
                  + "    { \"urn\": 100010, \"phase\": \"DEVELOPMENT\", \"academicYear\":"
                  + " \"2017/18\", \"stream\": \"PRIMARY\" }\n");
      Enrolment enrolment = parse(json);
      assertThat(enrolment.readinessLeads()).containsExactly(Trn.of("3000001"), Trn.of("3000002"));
      assertThat(enrolment.history())
          .containsExactly(
              JourneyRecord.of(Urn.of(100009), Phase.DEVELOPMENT, AcademicYear.of(2017)),
              JourneyRecord.of(
                  Urn.of(100010), Phase.DEVELOPMENT, AcademicYear.of(2017), Stream.PRIMARY));
      String written = EnrolmentWriter.standard().toJson(enrolment);
      assertThat(written).contains("\"readinessLeads\"").contains("\"PRIMARY\"");
      assertThat(parse(written)).isEqualTo(enrolment);
      assertThat(EnrolmentWriter.standard().toJson(parse(CONTRACT_EXAMPLE)))
          .as("a file without them is written as before")
          .doesNotContain("readinessLeads");
    }

    @Test
    @DisplayName("a Readiness Lead listed twice, a bad TRN, a bad stream and a misspelt field")
    void badValues() {
      String leads = "  \"history\": [";
      assertBad(
          example(leads, "  \"readinessLeads\": [\"3000001\", \"3000001\"],\n" + leads),
          "readinessLeads[1]",
          "readinessLeads[1]: Mastery Readiness Lead 3000001 is listed twice");
      assertBad(
          example(leads, "  \"readinessLeads\": [\"300001\"],\n" + leads),
          "readinessLeads[0]",
          "readinessLeads[0]: TRN must have 7 digits: \"300001\"");
      assertBad(
          example("\"academicYear\": \"2017/18\" }", "\"academicYear\": \"2017/18\", \"stream\": \"KS3\" }"),
          "history[0].stream",
          "history[0].stream: unknown stream \"KS3\"; expected PRIMARY, SECONDARY or FE");
      assertBad(
          example(leads, "  \"readinesLeads\": [],\n" + leads),
          "readinesLeads",
          "readinesLeads: unknown field (did you mean \"readinessLeads\"?); an enrolment has the"
              + " fields academicYear, hub, specialists, readinessLeads, history, workGroups,"
              + " delivery");
    }
  }
}
