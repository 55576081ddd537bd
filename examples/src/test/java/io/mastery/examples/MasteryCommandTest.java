package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.result.Decision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@code mastery} command run as a user would, in this process, on everything that does not
 * need the rule engine's verdicts: help, the overview, and every kind of bad input.
 */
@DisplayName("The mastery command")
class MasteryCommandTest {

  static final String GOOD =
      "{\n"
          + "  \"academicYear\": \"2019/20\",\n"
          + "  \"hub\": { \"id\": \"LCW\", \"name\": \"London Central and West\","
          + " \"localAuthorities\": [\"201\", \"202\"] },\n"
          + "  \"specialists\": [\n"
          + "    { \"trn\": \"1000001\", \"schoolUrn\": 100008, \"stream\": \"PRIMARY\","
          + " \"cohort\": 3 }\n"
          + "  ],\n"
          + "  \"history\": [],\n"
          + "  \"workGroups\": [\n"
          + "    { \"id\": \"WG-01\", \"phase\": \"DEVELOPMENT\", \"stream\": \"PRIMARY\","
          + " \"lead\": \"1000001\",\n"
          + "      \"schools\": [ { \"urn\": 100010, \"teachers\": [\"2000001\", \"2000002\"] } ]"
          + " }\n"
          + "  ]\n"
          + "}\n";

  static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("mastery-command");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Path enrolment(String name, String target, String replacement) throws IOException {
    assertThat(GOOD).contains(target);
    return file(name, GOOD.replace(target, replacement));
  }

  /** An evaluator that counts its calls and must not be reached. */
  static final class Unreachable implements Evaluator {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Decision evaluate(Enrolment enrolment, SchoolRegister register) {
      calls.incrementAndGet();
      throw new AssertionError("bad input must not be judged");
    }
  }

  /**
   * Runs the command and checks it failed as bad input: status 2, nothing on standard output, one
   * line on standard error, no stack trace, and nothing judged.
   */
  static CommandRun badInputRun(String... args) {
    Unreachable evaluator = new Unreachable();
    CommandRun run = CommandRun.inProcess(evaluator, args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
    assertThat(run.out).as(run.toString()).isEmpty();
    assertThat(run.errLines()).as(run.toString()).hasSize(1);
    assertThat(evaluator.calls).hasValue(0);
    return run;
  }

  /**
   * Runs the command and checks it failed as bad input: status 2, nothing on standard output, one
   * line on standard error, no stack trace, and nothing judged; the line is the one expected.
   */
  static CommandRun badInput(String expectedError, String... args) {
    Unreachable evaluator = new Unreachable();
    CommandRun run = CommandRun.inProcess(evaluator, args);
    assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
    assertThat(run.out).as(run.toString()).isEmpty();
    assertThat(run.errLines()).as(run.toString()).containsExactly(expectedError);
    assertThat(evaluator.calls).hasValue(0);
    return run;
  }

  @Nested
  @DisplayName("help and overview")
  class HelpAndOverview {

    @Test
    @DisplayName("prints usage on standard output for help")
    void printsUsageOnStandardOutputForHelp() {
      for (String flag : new String[] {"--help", "-h", "help"}) {
        CommandRun run = CommandRun.inProcess(flag);
        assertThat(run.exitCode).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out)
            .startsWith("Usage:")
            .contains("mastery validate ENROLMENTS.json [--schools GIAS.csv] [--format text|json]")
            .contains("mastery overview [YEAR]")
            .contains("The demo exits 0");
      }
    }

    @Test
    @DisplayName("prints the programme overview of a year")
    void printsTheProgrammeOverviewOfAYear() {
      CommandRun run = CommandRun.inProcess("overview", "2019/20");
      assertThat(run.exitCode).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out)
          .startsWith("Teaching for Mastery, academic year 2019/20")
          .contains("policy edition 2019/20")
          .contains("Mastery Specialist cohorts")
          .contains("PRIMARY   cohort  1 trained 2015/16: Local Leader of Maths Education")
          .contains("PRIMARY   cohort  4 trained 2018/19: leading Work Groups")
          .contains("PRIMARY   cohort  5 trained 2019/20: training");
    }

    @Test
    @DisplayName("prints the overview of the current year without a year")
    void printsTheOverviewOfTheCurrentYearWithoutAYear() {
      CommandRun run = CommandRun.inProcess("overview");
      assertThat(run.exitCode).isZero();
      assertThat(run.out).startsWith("Teaching for Mastery, academic year ");
    }

    @Test
    @DisplayName("refuses an overview of a year badly written or without an edition")
    void refusesAnOverviewOfAYearBadlyWrittenOrWithoutAnEdition() {
      badInput("mastery: academic year must have the form YYYY/YY: \"2019\"", "overview", "2019");
      badInput(
          "mastery: no policy edition is in force for 2013/14; the earliest edition is in force"
              + " from 2015/16",
          "overview",
          "2013/14");
    }
  }

  @Nested
  @DisplayName("bad input: status 2, one line on standard error, nothing judged")
  class BadInput {

    @Test
    @DisplayName("a file that does not exist")
    void aFileThatDoesNotExist() {
      Path missing = dir.resolve("missing.json");
      badInput(
          "mastery: cannot read enrolment file " + missing + ": no such file",
          "validate",
          missing.toString());
    }

    @Test
    @DisplayName("a directory instead of a file")
    void aDirectoryInsteadOfAFile() {
      badInput(
          "mastery: cannot read enrolment file " + dir + ": it is a directory",
          "validate",
          dir.toString());
    }

    @Test
    @DisplayName("text that is not JSON")
    void textThatIsNotJson() throws IOException {
      Path file = file("not-json.json", "{ \"academicYear\": \"2019/20\", ");
      CommandRun run = CommandRun.inProcess(new Unreachable(), "validate", file.toString());
      assertThat(run.exitCode).isEqualTo(2);
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("mastery: " + file + ": academicYear: not valid JSON at line 1, column ");
    }

    @Test
    @DisplayName("a required field missing")
    void aRequiredFieldMissing() throws IOException {
      Path file = enrolment("no-lead.json", "\"lead\": \"1000001\",", "");
      badInput(
          "mastery: " + file + ": workGroups[0].lead: required field is missing",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("a URN that is not six digits")
    void aUrnThatIsNotSixDigits() throws IOException {
      Path file = enrolment("bad-urn.json", "\"urn\": 100010", "\"urn\": 12345");
      badInput(
          "mastery: " + file + ": workGroups[0].schools[0].urn: URN must have 6 digits: 12345",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("a TRN that is not seven digits")
    void aTrnThatIsNotSevenDigits() throws IOException {
      Path file = enrolment("bad-trn.json", "\"2000002\"", "\"20000002\"");
      badInput(
          "mastery: "
              + file
              + ": workGroups[0].schools[0].teachers[1]: TRN must have 7 digits:"
              + " \"20000002\"",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("an academic year that is not one year")
    void anAcademicYearThatIsNotOneYear() throws IOException {
      Path file = enrolment("bad-year.json", "\"2019/20\"", "\"2019/21\"");
      badInput(
          "mastery: "
              + file
              + ": academicYear: academic year must end in the year after it"
              + " starts (2019/20): \"2019/21\"",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("an unknown phase")
    void anUnknownPhase() throws IOException {
      Path file = enrolment("bad-phase.json", "\"DEVELOPMENT\"", "\"TRAINING\"");
      badInput(
          "mastery: "
              + file
              + ": workGroups[0].phase: unknown phase \"TRAINING\"; expected"
              + " MASTERY_READINESS, INTRODUCTORY, DEVELOPMENT, EMBEDDING or SUSTAINING",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("an unknown stream")
    void anUnknownStream() throws IOException {
      Path file =
          enrolment(
              "bad-stream.json",
              "\"stream\": \"PRIMARY\", \"lead\"",
              "\"stream\": \"NURSERY\", \"lead\"");
      badInput(
          "mastery: "
              + file
              + ": workGroups[0].stream: unknown stream \"NURSERY\"; expected"
              + " PRIMARY, SECONDARY or FE",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("an academic year with no policy edition")
    void anAcademicYearWithNoPolicyEdition() throws IOException {
      Path file = file("old-year.json", GOOD.replace("2019/20", "2014/15"));
      badInput(
          "mastery: "
              + file
              + ": academicYear: no policy edition is in force for 2014/15; the"
              + " earliest edition is in force from 2015/16",
          "validate",
          file.toString());
    }

    @Test
    @DisplayName("an unknown option")
    void anUnknownOption() throws IOException {
      Path file = file("good.json", GOOD);
      badInput(
          "mastery: unknown option \"--colour\" for validate",
          "validate",
          file.toString(),
          "--colour");
      badInput("mastery: unknown option \"--verbose\" for demo", "demo", "--verbose");
      badInput("mastery: unknown option \"--verbose\"; run mastery --help for usage", "--verbose");
    }

    @Test
    @DisplayName("an option without its value")
    void anOptionWithoutItsValue() throws IOException {
      Path file = file("good.json", GOOD);
      badInput("mastery: option --schools needs a value", "validate", file.toString(), "--schools");
      badInput("mastery: option --format needs a value", "validate", file.toString(), "--format");
      badInput(
          "mastery: option --schools needs a value",
          "validate",
          file.toString(),
          "--schools",
          "--format",
          "json");
      badInput("mastery: option --format needs a value", "demo", "--format=");
    }

    @Test
    @DisplayName("an unknown format or an option twice")
    void anUnknownFormatOrAnOptionTwice() throws IOException {
      Path file = file("good.json", GOOD);
      badInput(
          "mastery: option --format must be text or json: \"xml\"",
          "validate",
          file.toString(),
          "--format",
          "xml");
      badInput(
          "mastery: option --format is given twice",
          "validate",
          file.toString(),
          "--format=json",
          "--format",
          "text");
    }

    @Test
    @DisplayName("a GIAS file without a required column")
    void aGiasFileWithoutARequiredColumn() throws IOException {
      Path file = file("good.json", GOOD);
      Path gias =
          file(
              "no-phase.csv",
              "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),"
                  + "EstablishmentStatus (code)\n100010,202,Brecknock Primary School,01,1\n");
      badInput(
          "mastery: "
              + gias
              + ": the GIAS file has no column \"PhaseOfEducation (code)\"; a"
              + " register needs the columns URN, LA (code), EstablishmentName,"
              + " TypeOfEstablishment (code), EstablishmentStatus (code), PhaseOfEducation (code);"
              + " the header found has 5 columns: \"URN\", \"LA (code)\", \"EstablishmentName\","
              + " \"TypeOfEstablishment (code)\", \"EstablishmentStatus (code)\"",
          "validate",
          file.toString(),
          "--schools",
          gias.toString());
    }

    @Test
    @DisplayName("a GIAS file that does not exist")
    void aGiasFileThatDoesNotExist() throws IOException {
      Path file = file("good.json", GOOD);
      Path gias = dir.resolve("missing.csv");
      badInput(
          "mastery: cannot read GIAS file " + gias + ": no such file",
          "validate",
          file.toString(),
          "--schools=" + gias);
    }

    @Test
    @DisplayName("a command line that cannot be run")
    void aCommandLineThatCannotBeRun() {
      badInput("mastery: unknown command \"check\"; run mastery --help for usage", "check");
      badInput(
          "mastery: validate needs an enrolment file: mastery validate ENROLMENTS.json"
              + " [--schools GIAS.csv] [--format text|json]",
          "validate");
      badInput(
          "mastery: unexpected argument \"b.json\" for validate", "validate", "a.json", "b.json");
      badInput("mastery: unexpected argument \"extra\" for demo", "demo", "extra");
      badInput(
          "mastery: unexpected argument \"2020/21\" for overview",
          "overview",
          "2019/20",
          "2020/21");
    }
  }

  @Nested
  @DisplayName("a failing rule engine")
  class FailingEngine {

    @Test
    @DisplayName("is an internal error: exit 3, one line, no stack trace, nothing on standard output")
    void isAnInternalErrorWithStatus3AndNoStackTrace() throws IOException {
      Path file = file("good.json", GOOD);
      Evaluator failing =
          (enrolment, register) -> {
            throw new IllegalStateException("rule table missing");
          };
      CommandRun run = CommandRun.inProcess(failing, "validate", file.toString());
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_INTERNAL_ERROR);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines())
          .containsExactly(
              "mastery: internal error: the rule engine could not judge the enrolment:"
                  + " IllegalStateException: rule table missing (run again with --debug for the"
                  + " stack trace)");
      CommandRun demo = CommandRun.inProcess(failing);
      assertThat(demo.exitCode).isEqualTo(MasteryCommand.EXIT_INTERNAL_ERROR);
      assertThat(demo.out).isEmpty();
      assertThat(demo.errLines()).hasSize(1);
    }
  }
}
