package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.io.sample.SampleHub;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README's guide, tried as a hub developer would: its code samples are the files of two
 * consumer projects in {@code src/it} (one on the class path, one a named module), which are built
 * with Maven against the library's artifacts, installed into a repository of their own, and run.
 * Offline: the consumer build resolves everything else from the local repository of this build.
 */
@DisplayName("The README's guide for hub systems")
@Tag(io.mastery.model.testkit.Area.TAG_MECHANICS)
class HubConsumerIT {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path SOURCES = Path.of("src", "it").toAbsolutePath();
  static final Path WORK = Path.of("target", "hub-consumer").toAbsolutePath();
  static final Path REPO = Path.of("target", "hub-consumer-repo").toAbsolutePath();
  static final String VERSION = MasteryCommand.version();

  static String readme;
  static Path gias;
  static Path enrolment;
  static String build;

  @BeforeAll
  static void buildTheConsumers() throws Exception {
    readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    copyTree(SOURCES, WORK);
    install();
    gias = WORK.resolve("gias.csv");
    try (InputStream in = SampleHub.open(SampleHub.REGISTER_RESOURCE)) {
      Files.copy(in, gias, StandardCopyOption.REPLACE_EXISTING);
    }
    try (InputStream in = SampleHub.open(SampleHub.APPLICATIONS_RESOURCE)) {
      Files.copy(in, WORK.resolve("hub-system").resolve("applications-2019-20.json"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    enrolment =
        Files.writeString(
            WORK.resolve("enrolments.json"), SampleHub.enrolmentJson(), StandardCharsets.UTF_8);
    Path settings =
        Files.writeString(
            WORK.resolve("settings.xml"),
            "<settings><mirrors><mirror><id>this-build</id><mirrorOf>*</mirrorOf><url>"
                + Path.of(System.getProperty("mastery.localRepository")).toUri()
                + "</url></mirror></mirrors></settings>\n",
            StandardCharsets.UTF_8);
    String mvn =
        Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    build =
        run(
            WORK,
            List.of(
                mvn, "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + REPO, "-Dgias=" + gias, "-Denrolments=" + enrolment,
                "compile"));
  }

  /** Installs the library's artifacts as {@code mvn install} lays them out, into a repository. */
  static void install() throws IOException {
    put("mastery-parent", ROOT.resolve("pom.xml"), null);
    put("mastery-bom", ROOT.resolve("mastery-bom").resolve("pom.xml"), null);
    for (String module : List.of("mastery-model", "mastery-rules", "mastery-io")) {
      Path dir = ROOT.resolve(module);
      put(module, dir.resolve("pom.xml"),
          dir.resolve("target").resolve(module + "-" + VERSION + ".jar"));
    }
  }

  static void put(String artifact, Path pom, Path jar) throws IOException {
    Path dir =
        Files.createDirectories(REPO.resolve("io").resolve("mastery").resolve(artifact)
            .resolve(VERSION));
    Files.copy(pom, dir.resolve(artifact + "-" + VERSION + ".pom"),
        StandardCopyOption.REPLACE_EXISTING);
    if (jar != null) {
      assertThat(jar).as("built by the reactor before this test").isRegularFile();
      Files.copy(jar, dir.resolve(artifact + "-" + VERSION + ".jar"),
          StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static String run(Path dir, List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in 5 minutes").isTrue();
    String text = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s\n%s", command, text).isZero();
    return text;
  }



  /** Returns the lines of a text, each without its indentation, as one text. */
  static String trimmedLines(String text) {
    return "\n" + text.lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"))
        + "\n";
  }

  /** Returns the README's Java samples. */
  static List<String> javaBlocks() {
    List<String> blocks = new ArrayList<>();
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    return blocks;
  }

  @Nested
  @DisplayName("shows only code that a hub system compiles")
  class Samples {

    @Test
    @DisplayName("each Java sample of the README is a whole file of a consumer project, or lines"
        + " of one, so that the build compiles and runs every line it shows")
    void eachSampleIsAWholeFileOrLinesOfOne() throws IOException {
      List<String> files = new ArrayList<>();
      try (Stream<Path> paths = Files.walk(SOURCES)) {
        for (Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
          files.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      List<String> blocks = javaBlocks();
      assertThat(blocks).as("the README's Java samples").hasSizeGreaterThanOrEqualTo(10);
      List<String> lines = files.stream().map(HubConsumerIT::trimmedLines).toList();
      for (String block : blocks) {
        if (block.startsWith("package org.example.hub;")) {
          assertThat(files).as("a file of src/it that is this sample").contains(block);
        } else {
          assertThat(lines)
              .as("a file of src/it that holds these lines, indented as it needs:%n%s", block)
              .anyMatch(file -> file.contains(trimmedLines(block)));
        }
      }
      assertThat(blocks).anyMatch(b -> b.contains("class ValidateInCode"));
      assertThat(blocks).anyMatch(b -> b.contains("module org.example.hub"));
    }

    @Test
    @DisplayName("its dependency section imports the BOM and depends on mastery-io, as the"
        + " consumer projects do")
    void theDependencySectionIsTheConsumers() throws IOException {
      String pom =
          Files.readString(SOURCES.resolve("hub-system").resolve("pom.xml"), StandardCharsets.UTF_8);
      Matcher xml = Pattern.compile("```xml\\n(.*?)```", Pattern.DOTALL).matcher(readme);
      assertThat(xml.find()).as("an XML block in the README").isTrue();
      assertThat(squeeze(pom)).contains(squeeze(xml.group(1)));
      assertThat(xml.group(1)).contains("<artifactId>mastery-bom</artifactId>")
          .contains("<scope>import</scope>").contains("<artifactId>mastery-io</artifactId>");
      assertThat(readme).contains("mvn -B install -DskipTests");
    }
  }

  static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  @Test
  @DisplayName("validates in code on the class path and as a named module: prints the errors and"
      + " the funding, and writes the decision JSON with the register it used")
  void validatesInCode() throws Exception {
    assertThat(build.split("workgroup.size: ", -1))
        .as("both programs print the errors: %s", build)
        .hasSize(3);
    assertThat(build.split("pay 100010 RELEASE_GRANT GBP 1000.00", -1)).hasSize(3);
    for (String module : List.of("hub-system", "hub-system-jpms")) {
      String json =
          Files.readString(WORK.resolve(module).resolve("decision.json"), StandardCharsets.UTF_8);
      assertThat(json).contains("\"source\": \"" + gias + "\"").contains("\"rowsRead\": 51");
    }
  }

  @Test
  @DisplayName("maps rule codes to the hub's own messages")
  void mapsRuleCodesToItsOwnMessages() {
    assertThat(build).contains("ERROR WG-03 This group needs 6 or 7 schools.");
  }

  @Test
  @DisplayName("runs the guide's shorter samples: the hub's own editions, arguments, wording,"
      + " rulebook and one change at a time")
  void runsTheShorterSamples() {
    assertThat(build)
        .contains("sizes, standard editions: [WG-03]")
        .contains("sizes, our editions: []")
        .contains("This group has 8 schools; it needs 6 to 7.")
        .contains("Mae gan Weithgor WG-03 8 ysgol; 6 i 7 yw'r terfyn")
        .contains("our rulebook: 7 hub.group-id-prefix, 0 school.outside-hub, workgroup.size [WARNING]")
        .contains("one change removes: [workgroup.size WG-03, journey.development-repeated WG-03]")
        .contains("after it, WG-03 sizes: []");
  }

  @Test
  @DisplayName("plans the sample hub's applications and projects reach, as the planners' guide"
      + " shows")
  void plansAndProjects() {
    assertThat(build)
        .contains("planned 34 schools in 5 groups; the plan's JSON starts {")
        .contains("reach: rate 5.019")
        .contains("sample hub ");
  }

  @Test
  @DisplayName("builds with no error, in bounded time, offline")
  void buildsWithNoError() {
    assertThat(build).doesNotContain("[ERROR]").doesNotContain("Downloading from central");
  }
}
