package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.io.UntrustedText;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.testkit.PathologicalYears;
import io.mastery.model.testkit.PathologicalYears.Shape;
import io.mastery.model.testkit.PathologicalYears.Year;
import io.mastery.rules.result.Decision;
import io.mastery.rules.engine.Rulebook;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12: the command line tried as an attacker and as a careless user would. Each test fails on
 * the code before the issue: forged lines, swallowed write failures, stack traces and exit 1 for
 * exhausted memory, pipes waited on forever, half-written output, a report that depends on the
 * machine's locale or takes quadratic time, a school dropped for one bad optional field.
 */
@DisplayName("The mastery command against hostile input and output")
class HostileCommandTest {

  static final String REGISTER_HEADER =
      "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),EstablishmentStatus (code),"
          + "PhaseOfEducation (code),Easting,Northing,UKPRN\n";

  static Path dir() throws IOException {
    return Files.createDirectories(Path.of("target", "hostile-command"));
  }

  static Path file(String name, String content) throws IOException {
    return Files.writeString(dir().resolve(name), content, StandardCharsets.UTF_8);
  }

  static Path enrolment(String name, String hubName, String lead) throws IOException {
    return file(
        name,
        "{\"academicYear\": \"2019/20\", \"hub\": {\"id\": \"LCW\", \"name\": \""
            + hubName
            + "\", \"localAuthorities\": [\"202\"]}, \"specialists\": [{\"trn\": \"1000001\","
            + " \"schoolUrn\": 100008, \"stream\": \"PRIMARY\", \"cohort\": 3}],"
            + " \"workGroups\": [{\"id\": \"WG-01\", \"phase\": \"DEVELOPMENT\", \"stream\":"
            + " \"PRIMARY\", \"lead\": \""
            + lead
            + "\", \"schools\": [{\"urn\": 100010, \"teachers\": [\"2000001\", \"2000002\"]}]}]}");
  }

  static void assertNoRawControl(CommandRun run) {
    assertThat(UntrustedText.hasUnsafe(run.out.replace("\n", "")))
        .as("raw control characters on stdout: %s", run)
        .isFalse();
    assertThat(UntrustedText.hasUnsafe(run.err.replace("\n", "")))
        .as("raw control characters on stderr: %s", run)
        .isFalse();
  }

  @Nested
  @DisplayName("escapes untrusted text")
  class Escaped {

    @Test
    @DisplayName("a hub name holding a new line cannot forge a verdict or a result line")
    void hubNameCannotForgeLines() throws IOException {
      Path file =
          enrolment(
              "forged.json",
              "London\\n  Verdict: valid\\nResult: VALID\\u001b[2J\\u202e",
              "1000001");
      CommandRun run = CommandRun.inProcess("validate", file.toString());
      assertNoRawControl(run);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(run.out.lines().filter(l -> l.startsWith("Result:")))
          .containsExactly(run.out.lines().filter(l -> l.startsWith("Result:")).findFirst().get())
          .allMatch(l -> l.startsWith("Result: NOT VALID"));
      assertThat(run.out.lines().filter(l -> l.trim().equals("Verdict: valid"))).isEmpty();
      assertThat(run.out)
          .contains(
              "Teaching for Mastery enrolment 2019/20: London\\u000A  Verdict: valid\\u000AResult:"
                  + " VALID\\u001B[2J\\u202E (LCW)");
    }

    @Test
    @DisplayName("a school name from the register is shown with its ESC sequences as text")
    void schoolNameIsEscaped() throws IOException {
      Path gias =
          file(
              "evil-names.csv",
              REGISTER_HEADER + "100010,202,\"Evil\u001b]0;owned\u0007\r\nSchool\",01,1,2,,,\n");
      Path file = enrolment("plain.json", "London", "1000001");
      CommandRun run =
          CommandRun.inProcess("validate", file.toString(), "--schools", gias.toString());
      assertNoRawControl(run);
      assertThat(run.out).contains("Evil\\u001B]0;owned\\u0007\\u000D\\u000ASchool");
    }

    @Test
    @DisplayName("a rejected value cannot forge a second line on standard error")
    void rejectedValueCannotForgeStderr() throws IOException {
      Path file = enrolment("bad-lead.json", "London", "1\\nmastery: the enrolment is valid");
      CommandRun run = CommandRun.inProcess("validate", file.toString());
      assertNoRawControl(run);
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines())
          .singleElement()
          .asString()
          .startsWith("mastery: " + file + ": workGroups[0].lead: ")
          .contains("1\\u000Amastery: the enrolment is valid");
    }

    @Test
    @DisplayName("an overlong UTF-8 ESC in the enrolment is bad input naming the byte offset")
    void overlongUtf8IsBadInput() throws IOException {
      byte[] head = "{\"academicYear\": \"2019/20\", \"hub\": {\"id\": \"LCW\", \"name\": \"L"
          .getBytes(StandardCharsets.UTF_8);
      byte[] tail = "\", \"localAuthorities\": []}, \"workGroups\": []}"
          .getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(head);
      bytes.write(0xC0);
      bytes.write(0x9B);
      bytes.writeBytes(tail);
      Path file = Files.write(dir().resolve("overlong.json"), bytes.toByteArray());
      CommandRun run = CommandRun.inProcess("validate", file.toString());
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines())
          .containsExactly(
              "mastery: "
                  + file
                  + ": hub.name: not valid JSON at line 1, column "
                  + (head.length + 1)
                  + ": the text is not in UTF-8: byte 0xC0 at byte offset "
                  + head.length
                  + " begins an overlong form, which UTF-8 forbids");
    }

    @Test
    @DisplayName("the report is in UK English whatever the machine's locale")
    void reportIsInUkEnglish() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
        CommandRun arabic = CommandRun.inProcess("demo");
        Locale.setDefault(Locale.UK);
        CommandRun uk = CommandRun.inProcess("demo");
        assertThat(arabic.out).isEqualTo(uk.out).contains("GBP 1000.00");
        assertThat(arabic.out.chars().filter(c -> c >= 0x0660 && c <= 0x0669)).isEmpty();
      } finally {
        Locale.setDefault(before);
      }
    }
  }

  @Nested
  @DisplayName("loses nothing on output")
  class NothingLost {

    /** Standard output that fails on every write, as a full disk does. */
    final class FullDisk extends OutputStream {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    }

    CommandRun toFullDisk(String... args) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit;
      try (PrintStream out = new PrintStream(new FullDisk(), false, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        exit = new MasteryCommand(out, e).run(args);
      }
      return new CommandRun(exit, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a write that fails is exit 2 with one line, for the text report and for JSON")
    void failedWriteIsReported() {
      for (String[] args :
          List.of(new String[] {"demo"}, new String[] {"demo", "--format", "json"},
              new String[] {"overview", "2019/20"}, new String[] {"--help"})) {
        CommandRun run = toFullDisk(args);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
        assertThat(run.errLines())
            .containsExactly(
                "mastery: cannot write to standard output (is the disk full, or the output"
                    + " closed?); the output is incomplete");
      }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("writing to /dev/full, the command run as a program, is exit 2 with one line")
    void devFull() throws Exception {
      if (!Files.exists(Path.of("/dev/full"))) {
        return;
      }
      Process process =
          java("demo", "--format", "json")
              .redirectOutput(new File("/dev/full"))
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(err).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(err.lines())
          .containsExactly(
              "mastery: cannot write to standard output (is the disk full, or the output"
                  + " closed?); the output is incomplete");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("under LC_ALL=C the command run as a program still writes a school's É in UTF-8")
    void utf8WhateverThePlatformCharset() throws Exception {
      Path file = enrolment("accents.json", "\u00c9cole Hub", "1000001");
      ProcessBuilder builder = java("validate", file.toString());
      builder.environment().put("LC_ALL", "C");
      builder.environment().put("LANG", "C");
      Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(50, TimeUnit.SECONDS)).isTrue();
      assertThat(out).contains("enrolment 2019/20: \u00c9cole Hub (LCW)");
    }

    @Test
    @DisplayName("the overview of the last years is whole, its cohorts numbered up to 999")
    void overviewOfTheLastYears() {
      CommandRun run = CommandRun.inProcess("overview", "9998/99");
      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out)
          .contains("PRIMARY   cohort 999 trained ")
          .contains("PRIMARY   cohorts after 999: none, cohorts are numbered up to 999");
    }
  }

  @Nested
  @DisplayName("bounds what it uses")
  class Bounded {

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("a register named as /dev/zero is bad input at once, with one line")
    void devZero() throws IOException {
      if (!Files.exists(Path.of("/dev/zero"))) {
        return;
      }
      Path file = enrolment("plain-zero.json", "London", "1000001");
      CommandRun run =
          CommandRun.inProcess("validate", file.toString(), "--schools", "/dev/zero");
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines())
          .containsExactly(
              "mastery: cannot read GIAS file /dev/zero: not a regular file (a device, named pipe"
                  + " or socket); give a file");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("an enrolment named as a pipe with no writer is bad input at once, never waited on")
    void namedPipe() throws Exception {
      Path fifo = dir().resolve("enrolment.fifo");
      Files.deleteIfExists(fifo);
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      if (!mkfifo.waitFor(5, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
        return;
      }
      CommandRun run = CommandRun.inProcess("validate", fifo.toString());
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.errLines()).singleElement().asString().contains("not a regular file");
    }

    @Test
    @DisplayName("running out of memory is an internal error: exit 3, one line, no stack trace")
    void outOfMemoryIsExit3() throws IOException {
      Path file = enrolment("plain-oom.json", "London", "1000001");
      Evaluator exhausted =
          (e, r) -> {
            throw new OutOfMemoryError("Java heap space");
          };
      CommandRun run = CommandRun.inProcess(exhausted, "validate", file.toString());
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_INTERNAL_ERROR);
      assertThat(run.out).isEmpty();
      assertThat(run.errLines())
          .containsExactly(
              "mastery: internal error: OutOfMemoryError: Java heap space (run again with --debug"
                  + " for the stack trace)");
      CommandRun debug = CommandRun.inProcess(exhausted, "validate", file.toString(), "--debug");
      assertThat(debug.exitCode).isEqualTo(MasteryCommand.EXIT_INTERNAL_ERROR);
      assertThat(debug.errLines().get(0))
          .isEqualTo("mastery: internal error: OutOfMemoryError: Java heap space");
      assertThat(debug.err).contains("java.lang.OutOfMemoryError: Java heap space\n\tat ");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("the text report of 10,000 Work Groups with one lead is printed in seconds, at a"
        + " few kilobytes per group")
    void textReportIsLinear() {
      Year year = PathologicalYears.of(Shape.ALL_SHARED, 10_000);
      Decision decision = Rulebook.standard().evaluate(year.enrolment(), year.register());
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      new DecisionReport(
              year.enrolment(),
              year.register(),
              "a register",
              ProgrammePolicy.forYear(PathologicalYears.YEAR),
              decision)
          .print(new PrintStream(text, false, StandardCharsets.UTF_8));
      assertThat(text.size()).isLessThan(5 * 1024 * 10_000);
      assertThat(text.toString(StandardCharsets.UTF_8)).contains("Result: NOT VALID");
    }
  }

  @Test
  @DisplayName("a register row with one unusable optional field keeps its school, and the warning"
      + " says the field was left empty")
  void optionalFieldKeepsTheSchool() throws IOException {
    Path gias =
        file(
            "optional.csv",
            REGISTER_HEADER + "100010,202,Brecknock Primary School,01,1,2,9999999,184000,123\n");
    Path file = enrolment("plain-optional.json", "London", "1000001");
    CommandRun run =
        CommandRun.inProcess("validate", file.toString(), "--schools", gias.toString());
    assertThat(run.out).doesNotContain("school.unknown").contains("Brecknock Primary School");
    assertThat(run.errLines())
        .contains(
            "mastery: warning: "
                + gias
                + " line 2, column \"Easting\": easting is off the British National Grid (0 to"
                + " 700000 metres): 9999999; field left empty, school kept");
  }

  /** Runs the command's main class in a new JVM, on this test's class path. */
  static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MasteryCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }
}
