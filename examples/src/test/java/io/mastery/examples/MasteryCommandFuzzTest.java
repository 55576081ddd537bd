package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mastery.io.UntrustedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;

/**
 * Hostile bytes against the command's outputs (issue 12): whatever an enrolment file and a register
 * hold, the text report and standard error hold no raw control or bidirectional character (a line
 * feed ends each line and nothing else), every line on standard error starts with {@code mastery: },
 * a result line is printed at most once and last, and a failed command prints nothing on standard
 * output.
 *
 * <p>The input is the enrolment's bytes, then optionally a line {@code --- register ---} and the
 * bytes of a GIAS register to judge it against (else the bundled sample register), so that saved
 * inputs under {@code MasteryCommandFuzzTestInputs} can be written by hand; they replay in every
 * build, and {@code JAZZER_FUZZ=1} fuzzes for real (see CONTRIBUTING.md).
 */
@DisplayName("The mastery command, fed hostile files")
class MasteryCommandFuzzTest {

  private static final byte[] SEPARATOR = "\n--- register ---\n".getBytes(StandardCharsets.UTF_8);

  @DisplayName("prints no raw control character in its report or on standard error")
  @FuzzTest(maxDuration = "90s")
  void reportAndStandardErrorHoldNoRawControlCharacter(byte[] input) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "fuzz-command"));
    int split = indexOf(input, SEPARATOR);
    Path enrolment = dir.resolve("enrolment.json");
    List<String> args = new ArrayList<>(List.of("validate", enrolment.toString()));
    if (split < 0) {
      Files.write(enrolment, input);
    } else {
      Files.write(enrolment, Arrays.copyOfRange(input, 0, split));
      Path register = dir.resolve("register.csv");
      Files.write(register, Arrays.copyOfRange(input, split + SEPARATOR.length, input.length));
      args.add("--schools");
      args.add(register.toString());
    }
    CommandRun run = CommandRun.inProcess(args.toArray(String[]::new));

    assertThat(run.exitCode).as(run.toString()).isBetween(0, 2);
    assertThat(UntrustedText.hasUnsafe(run.out.replace("\n", "")))
        .as("raw control characters in the report: %s", run)
        .isFalse();
    assertThat(UntrustedText.hasUnsafe(run.err.replace("\n", "")))
        .as("raw control characters on standard error: %s", run)
        .isFalse();
    assertThat(run.errLines()).allMatch(line -> line.startsWith("mastery: "));
    List<String> results = run.out.lines().filter(l -> l.startsWith("Result: ")).toList();
    if (run.exitCode == MasteryCommand.EXIT_BAD_INPUT) {
      assertThat(run.out).isEmpty();
      assertThat(run.errLines()).last().asString().doesNotStartWith("mastery: warning: ");
    } else {
      assertThat(results).hasSize(1);
      List<String> lines = run.out.lines().toList();
      assertThat(lines.get(lines.size() - 1)).isEqualTo(results.get(0));
      assertThat(results.get(0).startsWith("Result: VALID"))
          .isEqualTo(run.exitCode == MasteryCommand.EXIT_VALID);
    }
  }

  private static int indexOf(byte[] input, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= input.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (input[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
