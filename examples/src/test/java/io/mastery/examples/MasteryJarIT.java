package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The built {@code examples/target/mastery.jar}, run with {@code java -jar} in a new JVM as a user
 * would. Run by failsafe after {@code package}.
 */
@DisplayName("The mastery jar")
class MasteryJarIT {

  static final Path JAR = Path.of("target", "mastery.jar");

  static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("mastery-jar");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  static CommandRun run(String... args) {
    assumeTrue(Files.isRegularFile(JAR), "the jar is built: " + JAR);
    return CommandRun.jar(JAR, args);
  }

  @Test
  @DisplayName("prints usage and exits 0")
  void printsUsageAndExits0() {
    CommandRun run = run("--help");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Usage:");
    assertThat(run.err).isEmpty();
  }

  @Test
  @DisplayName("prints the programme overview")
  void printsTheProgrammeOverview() {
    CommandRun run = run("overview", "2019/20");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).startsWith("Teaching for Mastery, academic year 2019/20");
  }

  @Test
  @DisplayName("reports a bad URN in one line with status 2 and no stack trace")
  void reportsABadUrnInOneLineWithStatus2AndNoStackTrace() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad-urn.json"),
            MasteryCommandTest.GOOD.replace("\"urn\": 100010", "\"urn\": 12345"),
            StandardCharsets.UTF_8);
    CommandRun run = run("validate", file.toString(), "--format", "json");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "mastery: " + file + ": workGroups[0].schools[0].urn: URN must have 6 digits: 12345");
  }

  @Test
  @DisplayName("reports a missing file in one line with status 2")
  void reportsAMissingFileInOneLineWithStatus2() {
    CommandRun run = run("validate", dir.resolve("none.json").toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("mastery: cannot read");
  }

  @Test
  @DisplayName("runs the demo without arguments and exits 0")
  void runsTheDemoWithoutArgumentsAndExits0() {
    CommandRun run = run();
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Work Group WG-01").contains("Result: NOT VALID");
    assertThat(run.err).isEmpty();
  }

  @Test
  @DisplayName("validates the sample as JSON and exits 1")
  void validatesTheSampleAsJsonAndExits1() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("sample.json"),
            io.mastery.io.sample.SampleHub.enrolmentJson(),
            StandardCharsets.UTF_8);
    CommandRun run = run("validate", file.toString(), "--format", "json");
    assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(run.out).get("valid").booleanValue()).isFalse();
  }
}
