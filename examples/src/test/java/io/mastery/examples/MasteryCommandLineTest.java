package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the command line a hub developer expects: a version, short options, standard input,
 * suggestions for what was misspelt, a completion script, no silent default, and messages that
 * say what to do when a file of the wrong kind is given.
 */
@DisplayName("The mastery command as a hub's staff use it")
class MasteryCommandLineTest {

  static Path dir() throws IOException {
    return Files.createDirectories(Path.of("target", "command-line"));
  }

  static Path sampleEnrolment() throws IOException {
    return Files.writeString(
        dir().resolve("sample-enrolment.json"), SampleHub.enrolmentJson(), StandardCharsets.UTF_8);
  }

  static byte[] sampleRegisterBytes() throws IOException {
    try (InputStream in = SampleHub.open(SampleHub.REGISTER_RESOURCE)) {
      return in.readAllBytes();
    }
  }

  static Path sampleRegister() throws IOException {
    return Files.write(dir().resolve("sample-register.csv"), sampleRegisterBytes());
  }

  @Nested
  @DisplayName("answers what it is asked")
  class Answers {

    @Test
    @DisplayName("prints its version for --version and -V, on any command, and exits 0")
    void printsItsVersion() {
      for (String[] args :
          new String[][] {{"--version"}, {"-V"}, {"validate", "--version"}, {"demo", "-V"}}) {
        CommandRun run = CommandRun.inProcess(args);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).matches("mastery \\S+\\n");
        assertThat(run.err).isEmpty();
      }
    }

    @Test
    @DisplayName("prints the help of one command, with its short and long options")
    void printsTheHelpOfOneCommand() {
      for (String[] args : new String[][] {{"validate", "--help"}, {"help", "validate"}}) {
        CommandRun run = CommandRun.inProcess(args);
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out)
            .startsWith("Usage: mastery validate")
            .contains("-s, --schools=GIAS.csv")
            .contains("-f, --format=text|json")
            .contains("- for standard input");
      }
    }

    @Test
    @DisplayName("prints a completion script for bash and zsh that knows every command")
    void printsACompletionScript() {
      CommandRun run = CommandRun.inProcess("completion");
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.out)
          .startsWith("#!/usr/bin/env bash")
          .contains("complete -F _complete_mastery")
          .contains("zsh")
          .contains("validate")
          .contains("overview")
          .contains("--schools");
    }
  }

  @Nested
  @DisplayName("suggests what was probably meant, in one line, with status 2")
  class Suggests {

    @Test
    @DisplayName("--shcools: did you mean --schools?")
    void aMisspeltOption() throws IOException {
      MasteryCommandTest.badInput(
          "mastery: unknown option \"--shcools\" for validate; did you mean --schools?",
          "validate",
          "enrolment.json",
          "--shcools",
          "gias.csv");
    }

    @Test
    @DisplayName("valdate: did you mean validate?")
    void aMisspeltCommand() {
      MasteryCommandTest.badInput(
          "mastery: unknown command \"valdate\"; did you mean validate?", "valdate", "a.json");
    }

    @Test
    @DisplayName("a format of jsn: did you mean json?")
    void aMisspeltFormat() {
      MasteryCommandTest.badInput(
          "mastery: option --format must be text or json: \"jsn\"; did you mean json?",
          "demo",
          "-f",
          "jsn");
    }
  }

  @Nested
  @DisplayName("reads what it is given")
  class Reads {

    @Test
    @DisplayName("the enrolment from standard input when it is named -")
    void theEnrolmentFromStandardInput() throws IOException {
      CommandRun file = CommandRun.inProcess("validate", sampleEnrolment().toString(), "-f", "json");
      CommandRun stdin =
          CommandRun.withInput(
              SampleHub.enrolmentJson().getBytes(StandardCharsets.UTF_8),
              "validate",
              "-",
              "--format",
              "json");
      assertThat(stdin.exitCode).as(stdin.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(stdin.out).isEqualTo(file.out);
    }

    @Test
    @DisplayName("the register from standard input when --schools is -, named so in the JSON")
    void theRegisterFromStandardInput() throws IOException {
      CommandRun stdin =
          CommandRun.withInput(
              sampleRegisterBytes(), "validate", sampleEnrolment().toString(), "-s", "-", "-f",
              "json");
      assertThat(stdin.exitCode).as(stdin.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(stdin.err).isEmpty();
      JsonNode register = new ObjectMapper().readTree(stdin.out).get("register");
      assertThat(register.get("source").textValue()).isEqualTo("standard input");
      assertThat(register.get("rowsRead").intValue()).isEqualTo(51);
      assertThat(register.get("rowsUnusable").intValue()).isZero();
    }

    @Test
    @DisplayName("not both files from standard input")
    void notBothFromStandardInput() {
      MasteryCommandTest.badInput(
          "mastery: the enrolment and the register cannot both come from standard input (-);"
              + " give one of them as a file",
          "validate",
          "-",
          "--schools",
          "-");
    }

    @Test
    @DisplayName("a GIAS file saved as UTF-8 with a byte order mark and quoted headers")
    void aRegisterWithAByteOrderMarkAndQuotedHeaders() throws IOException {
      byte[] register = sampleRegisterBytes();
      assertThat(new String(register, 0, 5, StandardCharsets.UTF_8)).startsWith("\"URN\"");
      byte[] withBom = new byte[register.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(register, 0, withBom, 3, register.length);
      Path gias = Files.write(dir().resolve("bom-quoted.csv"), withBom);
      CommandRun run =
          CommandRun.inProcess("validate", sampleEnrolment().toString(), "-s", gias.toString());
      assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(run.err).isEmpty();
      assertThat(run.out).contains("against " + gias + " (51 establishments)");
    }
  }

  @Nested
  @DisplayName("uses no silent default")
  class NoSilentDefault {

    @Test
    @DisplayName("without --schools it says on standard error and in the report that the bundled"
        + " sample register stood in for the DfE's")
    void announcesTheSampleRegister() throws IOException {
      CommandRun run = CommandRun.inProcess("validate", sampleEnrolment().toString());
      assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(run.errLines())
          .containsExactly(
              "mastery: note: no --schools given: judged against the bundled sample register (51"
                  + " establishments), not the DfE's; a school missing from it is school.unknown."
                  + " Give --schools GIAS.csv to judge against the DfE's register");
      assertThat(run.out)
          .contains("against the bundled sample register (51 establishments)")
          .contains("  note: no --schools given: judged against the bundled sample register");
    }

    @Test
    @DisplayName("the decision JSON records the register, its rows read and unusable, and the"
        + " editions")
    void theJsonRecordsWhatWasUsed() throws IOException {
      Path gias =
          Files.writeString(
              dir().resolve("one-bad-row.csv"),
              HostileCommandTest.REGISTER_HEADER
                  + "100010,202,Brecknock Primary School,01,1,2,,,\n"
                  + "12345,202,Bad URN School,01,1,2,,,\n",
              StandardCharsets.UTF_8);
      CommandRun run =
          CommandRun.inProcess(
              "validate", sampleEnrolment().toString(), "--schools", gias.toString(), "-f",
              "json");
      JsonNode json = new ObjectMapper().readTree(run.out);
      assertThat(json.get("register").get("source").textValue()).isEqualTo(gias.toString());
      assertThat(json.get("register").get("rowsRead").intValue()).isEqualTo(2);
      assertThat(json.get("register").get("rowsUnusable").intValue()).isEqualTo(1);
      List<ProgrammePolicy> editions = PolicyEditions.standard().editions();
      assertThat(json.get("editions")).hasSize(editions.size());
      for (int i = 0; i < editions.size(); i++) {
        assertThat(json.get("editions").get(i).get("edition").textValue())
            .isEqualTo(editions.get(i).edition());
        assertThat(json.get("editions").get(i).get("inForceFrom").textValue())
            .isEqualTo(editions.get(i).inForceFrom().toString());
      }
    }
  }

  @Nested
  @DisplayName("says what to do when a file of the wrong kind is given")
  class WrongKind {

    @Test
    @DisplayName("a CSV file given as the enrolment: did you mean --schools?")
    void aCsvAsTheEnrolment() throws IOException {
      Path gias = sampleRegister();
      CommandRun run = MasteryCommandTest.badInputRun("validate", gias.toString());
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("mastery: " + gias + ": not valid JSON at line 1: this looks like a CSV file")
          .endsWith("did you mean --schools? A GIAS register is given as --schools GIAS.csv,"
              + " after the enrolment JSON");
    }

    @Test
    @DisplayName("an enrolment saved in Latin-1: save the enrolment as UTF-8")
    void aLatin1Enrolment() throws IOException {
      byte[] json =
          SampleHub.enrolmentJson()
              .replace("London Central and West", "\u00c9cole Hub")
              .getBytes(StandardCharsets.ISO_8859_1);
      Path file = Files.write(dir().resolve("latin1.json"), json);
      CommandRun run = MasteryCommandTest.badInputRun("validate", file.toString());
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .contains("the text is not in UTF-8")
          .endsWith("; save the enrolment as UTF-8 (the contract's encoding) and run again");
    }

    @Test
    @DisplayName("a JSON file given as the register: this looks like JSON, not a GIAS CSV")
    void aJsonAsTheRegister() throws IOException {
      Path file = sampleEnrolment();
      CommandRun run =
          MasteryCommandTest.badInputRun("validate", file.toString(), "--schools", file.toString());
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("mastery: " + file + ": line 1: this looks like JSON, not a GIAS CSV file")
          .endsWith("The enrolment JSON comes first: mastery validate ENROLMENTS.json --schools"
              + " GIAS.csv");
    }

    @Test
    @DisplayName("a register without a required column: the headers found are named")
    void theHeadersFoundAreNamed() throws IOException {
      Path gias =
          Files.writeString(
              dir().resolve("wrong-headers.csv"), "Urn;Name;Phase\n100010;A;2\n",
              StandardCharsets.UTF_8);
      CommandRun run =
          MasteryCommandTest.badInputRun(
              "validate", sampleEnrolment().toString(), "--schools", gias.toString());
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .endsWith("the header found has 1 column: \"Urn;Name;Phase\"");
    }
  }
}
