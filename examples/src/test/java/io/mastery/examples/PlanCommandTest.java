package io.mastery.examples;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.io.UntrustedText;
import io.mastery.io.json.ApplicationsWriter;
import io.mastery.io.json.EnrolmentReader;
import io.mastery.io.json.EnrolmentWriter;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The {@code mastery plan} command run as a user would, in this process. */
@DisplayName("The mastery plan command")
class PlanCommandTest {

  /** The bundled sample applications, as the README names them from the project's root. */
  static final String README_SAMPLE = "mastery-io/src/main/resources" + SampleHub.APPLICATIONS_RESOURCE;

  static final String SAMPLE = "../" + README_SAMPLE;

  static Path dir() throws IOException {
    return Files.createDirectories(Path.of("target", "plan-command"));
  }

  static Path file(String name, String content) throws IOException {
    return Files.writeString(dir().resolve(name), content, StandardCharsets.UTF_8);
  }

  static Plan samplePlan(long seed) {
    return WorkGroupPlanner.standard()
        .withSeed(seed)
        .plan(SampleHub.applications(), SampleHub.register());
  }

  /** Gives each school of a plan's enrolment two teachers, as the hub would. */
  static Enrolment withTeachers(Enrolment enrolment) {
    List<WorkGroup> groups = new ArrayList<>();
    int next = 3_000_000;
    for (WorkGroup group : enrolment.workGroups()) {
      List<Participation> filled = new ArrayList<>();
      for (Participation p : group.participations()) {
        filled.add(
            Participation.of(
                p.school(), Trn.of(Integer.toString(next++)), Trn.of(Integer.toString(next++))));
      }
      groups.add(group.withParticipations(filled));
    }
    return enrolment.withWorkGroups(groups);
  }

  @Nested
  @DisplayName("as text")
  class AsText {

    @Test
    @DisplayName("lists each group of the bundled sample hub with its lead, meeting place, schools"
        + " and distances, the plan's quality, and every school left out with its rule code")
    void listsTheSampleHubsGroups() {
      CommandRun run = CommandRun.inProcess("plan", SAMPLE);
      assertThat(run.exitCode).as(run.toString()).isZero();
      Plan plan = samplePlan(0);
      assertThat(run.out)
          .startsWith("mastery plan: London Central and West (LCW), 2019/20, DEVELOPMENT, PRIMARY"
              + " stream; edition 2019/20, seed 0")
          .contains("WG-01  led by 1000001, meets at 100008")
          .contains("Quality: total travel 56.1 km, worst 4.3 km; lower bound 50.7 km")
          .contains("10.5% above it")
          .contains("school.not-state-funded")
          .contains("school.closed")
          .contains("school.wrong-phase")
          .contains("school.outside-england")
          .contains("journey.development-repeated")
          .contains("1000005  workgroup.lead-not-eligible")
          .contains(plan.placed() + " of 51 applicants placed in " + plan.groups().size()
              + " Work Groups");
      for (var group : plan.groups()) {
        assertThat(run.out).contains(group.id() + "  led by " + group.lead());
        for (var school : group.schools()) {
          assertThat(run.out).contains("  " + school.urn() + "  ");
        }
      }
      for (var left : plan.leftOut()) {
        assertThat(run.out).contains("  " + left.urn() + "  " + left.rule().orElseThrow() + ": ");
      }
      assertThat(run.errLines())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("mastery: note: no --schools given: planned with the bundled sample register");
    }

    @Test
    @DisplayName("prints the plan of the bundled sample hub that the README shows")
    void theReadmeShowsIt() throws IOException {
      String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
      assertThat(readme)
          .contains("$ examples/target/mastery plan " + README_SAMPLE + "\n"
              + CommandRun.inProcess("plan", SAMPLE).out);
    }

    @Test
    @DisplayName("is named in the help with reach, in lines no wider than the rest of the help (82 characters)")
    void inTheHelp() {
      CommandRun run = CommandRun.inProcess("--help");
      assertThat(run.out)
          .contains("mastery plan APPLICATIONS.json [--schools GIAS.csv] [--seed N]")
          .contains("mastery reach [--format text|json] [--cohorts FILE]");
      assertThat(run.out.split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(82));
      for (String command : new String[] {"plan", "reach"}) {
        CommandRun help = CommandRun.inProcess("help", command);
        assertThat(help.exitCode).isZero();
        assertThat(help.out).startsWith("Usage: mastery " + command);
      }
    }

    @Test
    @DisplayName("is offered by the completion script, with its options")
    void completes() {
      assertThat(CommandRun.inProcess("completion").out)
          .contains("plan")
          .contains("reach")
          .contains("--seed")
          .contains("--svg")
          .contains("--cohorts");
    }

    @Test
    @DisplayName("reads the applications from standard input given as -, and gives the same plan")
    void readsStandardInput() throws IOException {
      byte[] bytes = Files.readAllBytes(Path.of(SAMPLE));
      CommandRun piped = CommandRun.withInput(bytes, "plan", "-", "--seed", "3");
      CommandRun named = CommandRun.inProcess("plan", SAMPLE, "--seed", "3");
      assertThat(piped.exitCode).as(piped.toString()).isZero();
      assertThat(piped.out).isEqualTo(named.out);
    }

    @Test
    @DisplayName("gives the planner's plan for the seed given, the same for the same seed")
    void followsTheSeed() {
      for (long seed : new long[] {0, 1, 42}) {
        CommandRun json = CommandRun.inProcess("plan", SAMPLE, "--seed", Long.toString(seed), "-f", "json");
        assertThat(json.out).isEqualTo(ApplicationsWriter.standard().planToJson(samplePlan(seed)));
        assertThat(CommandRun.inProcess("plan", SAMPLE, "--seed", Long.toString(seed)).out)
            .isEqualTo(CommandRun.inProcess("plan", SAMPLE, "--seed", Long.toString(seed)).out);
      }
    }

    @Test
    @DisplayName("shows a hub name holding a new line or an escape escaped, so that it forges no"
        + " line")
    void escapesTheHubName() throws IOException {
      String json =
          Files.readString(Path.of(SAMPLE))
              .replace("London Central and West", "LCW\\nWG-09  led by 1000009\\u001B[2J");
      Path forged = file("forged-applications.json", json);
      CommandRun run = CommandRun.inProcess("plan", forged.toString());
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(UntrustedText.hasUnsafe(run.out.replace("\n", ""))).isFalse();
      assertThat(run.out).doesNotContain("\nWG-09").contains("LCW\\u000AWG-09");
    }
  }

  @Nested
  @DisplayName("as JSON")
  class AsJson {

    @Test
    @DisplayName("prints an enrolment file of the contract that validate reads, each school's"
        + " teachers left empty, so that workgroup.teachers-per-school is the only error")
    void printsAnEnrolmentThatValidateReads() throws IOException {
      CommandRun run = CommandRun.inProcess("plan", SAMPLE, "--format", "json");
      assertThat(run.exitCode).as(run.toString()).isZero();
      Enrolment read = EnrolmentReader.standard().parse(run.out);
      assertThat(read.workGroups()).isNotEmpty();
      read.workGroups().forEach(g -> g.participations().forEach(p -> assertThat(p.teachers()).isEmpty()));
      Path planFile = file("plan.json", run.out);
      CommandRun validated = CommandRun.inProcess("validate", planFile.toString(), "-f", "json");
      assertThat(validated.exitCode).as(validated.toString()).isEqualTo(MasteryCommand.EXIT_INVALID);
      JsonNode decision = new ObjectMapper().readTree(validated.out);
      List<String> errors = new ArrayList<>();
      for (JsonNode v : decision.get("violations")) {
        if (v.get("severity").asText().equals("ERROR")) {
          errors.add(v.get("rule").asText());
        }
      }
      assertThat(errors).isNotEmpty().containsOnly("workgroup.teachers-per-school");
      assertThat(errors).hasSize(read.workGroups().stream().mapToInt(g -> g.participations().size()).sum());
    }

    @Test
    @DisplayName("for any applicants of the sample register and any seed, every planned group"
        + " validates with validate once each school names its two teachers")
    void everyPlannedGroupValidates() {
      List<Urn> all = SampleHub.applications().applicants();
      qt(15)
          .forAll(longs().all(), integers().between(0, all.size()))
          .checkAssert(
              (seed, count) -> {
                List<Urn> some = new ArrayList<>(all);
                java.util.Collections.shuffle(some, new java.util.Random(seed));
                Applications applications =
                    SampleHub.applications().withApplicants(some.subList(0, count));
                try {
                  Path in = file("applications-" + count + ".json", ApplicationsWriter.standard().toJson(applications));
                  CommandRun planned =
                      CommandRun.inProcess("plan", in.toString(), "--seed", Long.toString(seed), "-f", "json");
                  assertThat(planned.exitCode).as(planned.toString()).isZero();
                  Enrolment filled = withTeachers(EnrolmentReader.standard().parse(planned.out));
                  Path out = file("filled-" + count + ".json", EnrolmentWriter.standard().toJson(filled));
                  CommandRun validated = CommandRun.inProcess("validate", out.toString(), "-f", "json");
                  assertThat(validated.exitCode).as(validated.toString()).isEqualTo(MasteryCommand.EXIT_VALID);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
  }

  @Nested
  @DisplayName("with a map")
  class WithAMap {

    static Document parse(Path svg) throws Exception {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    @DisplayName("writes an SVG of bounded size with a point for every school and a line from"
        + " each placed school to its meeting place")
    void writesTheMap() throws Exception {
      Path svg = dir().resolve("sample.svg");
      Files.deleteIfExists(svg);
      CommandRun run = CommandRun.inProcess("plan", SAMPLE, "--svg", svg.toString());
      assertThat(run.exitCode).as(run.toString()).isZero();
      Document doc = parse(svg);
      Plan plan = samplePlan(0);
      int width = Integer.parseInt(doc.getDocumentElement().getAttribute("width"));
      int height = Integer.parseInt(doc.getDocumentElement().getAttribute("height"));
      assertThat(width).isBetween(1, PlanMap.SIZE);
      assertThat(height).isBetween(1, PlanMap.SIZE);
      assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(plan.placed());
      long located =
          plan.leftOut().stream()
              .filter(l -> SampleHub.register().find(l.urn()).flatMap(s -> s.location()).isPresent())
              .count();
      assertThat(doc.getElementsByTagName("circle").getLength())
          .isBetween(plan.placed() + plan.groups().size() + 1, plan.placed() + plan.groups().size() + (int) located);
      assertThat(width).as("framed on the groups, not on the far-away Welsh school left out").isGreaterThan(PlanMap.SIZE / 2);
      assertThat(height).isGreaterThan(PlanMap.SIZE / 2);
      if (svg.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Path plain = Files.writeString(dir().resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(svg))
            .as("the map has the permissions of any file the user writes")
            .isEqualTo(Files.getPosixFilePermissions(plain));
      }
      try (Stream<Path> files = Files.list(dir())) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
      }
    }

    @Test
    @DisplayName("escapes a school name holding markup or a control character, so that the map"
        + " stays one well-formed document with no element of the name's")
    void escapesSchoolNames() throws Exception {
      Path register = dir().resolve("hostile-register.csv");
      String csv =
          Files.readString(
              Path.of("../mastery-io/src/main/resources" + SampleHub.REGISTER_RESOURCE));
      csv = csv.replaceFirst("Sample ", "<script>alert(1)</script>&\u001B[2J Sample ");
      Files.writeString(register, csv, StandardCharsets.UTF_8);
      Path svg = dir().resolve("hostile.svg");
      CommandRun run =
          CommandRun.inProcess("plan", SAMPLE, "-s", register.toString(), "--svg", svg.toString());
      assertThat(run.exitCode).as(run.toString()).isZero();
      Document doc = parse(svg);
      assertThat(doc.getElementsByTagName("script").getLength()).isZero();
      String text = Files.readString(svg);
      assertThat(text).contains("&lt;script&gt;").contains("\\u001B").doesNotContain("\u001B");
      assertThat(run.out).contains("\\u001B").doesNotContain("\u001B");
    }

    @Test
    @DisplayName("is not written when the command fails, and a map written before is left whole")
    void notWrittenOnFailure() throws IOException {
      Path svg = dir().resolve("kept.svg");
      Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
      Path bad = file("bad-applications.json", "{\"academicYear\": \"2019/20\"}");
      CommandRun run = CommandRun.inProcess("plan", bad.toString(), "--svg", svg.toString());
      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(Files.readString(svg)).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    }
  }

  @Nested
  @DisplayName("refuses bad input with one line and status 2")
  class BadInput {

    @Test
    @DisplayName("a missing applications file, a seed that is not a number, an unknown format")
    void badArguments() {
      MasteryCommandTest.badInput(
          "mastery: cannot read applications file no-such.json: no such file", "plan", "no-such.json");
      MasteryCommandTest.badInput(
          "mastery: option --seed must be a whole number: \"seven\"", "plan", SAMPLE, "--seed", "seven");
      MasteryCommandTest.badInput(
          "mastery: option --format must be text or json: \"jsn\"; did you mean json?",
          "plan", SAMPLE, "-f", "jsn");
      MasteryCommandTest.badInput(
          "mastery: plan needs an applications file: mastery plan APPLICATIONS.json [--schools"
              + " GIAS.csv] [--seed N] [--format text|json] [--svg FILE]",
          "plan");
      MasteryCommandTest.badInputRun("plan", SAMPLE, "--sed", "1");
    }

    @Test
    @DisplayName("the applications and the register both from standard input, a map to standard"
        + " output or to a directory")
    void badDestinations() throws IOException {
      MasteryCommandTest.badInput(
          "mastery: the applications and the register cannot both come from standard input (-);"
              + " give one of them as a file",
          "plan", "-", "-s", "-");
      MasteryCommandTest.badInput(
          "mastery: option --svg needs a file name; the map is not written on standard output,"
              + " which holds the plan",
          "plan", SAMPLE, "--svg", "-");
      CommandRun run = MasteryCommandTest.badInputRun("plan", SAMPLE, "--svg", dir().toString());
      assertThat(run.err).contains("it is a directory");
      CommandRun nowhere =
          MasteryCommandTest.badInputRun("plan", SAMPLE, "--svg", dir().resolve("no/such/map.svg").toString());
      assertThat(nowhere.err).endsWith(": no such directory\n");
      assertThat(dir().resolve("no")).doesNotExist();
    }

    @Test
    @DisplayName("a device given as the applications file, refused before it is opened")
    void aDevice() {
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
      MasteryCommandTest.badInput(
          "mastery: cannot read applications file /dev/zero: not a regular file (a device, named"
              + " pipe or socket); give a file",
          "plan", "/dev/zero");
    }

    @Test
    @DisplayName("an enrolment file given as the applications, naming the field and what to do")
    void anEnrolmentFile() throws IOException {
      Path enrolment = file("enrolment.json", SampleHub.enrolmentJson());
      CommandRun run = MasteryCommandTest.badInputRun("plan", enrolment.toString());
      assertThat(run.err).contains("workGroups").contains("mastery validate reads an enrolment");
    }

    @Test
    @DisplayName("applications of a year no edition covers")
    void noEdition() throws IOException {
      Path early = file("early.json", Files.readString(Path.of(SAMPLE)).replace("2019/20", "2009/10"));
      CommandRun run = MasteryCommandTest.badInputRun("plan", early.toString());
      assertThat(run.err).contains("academicYear: no policy edition is in force for 2009/10");
    }
  }
}
