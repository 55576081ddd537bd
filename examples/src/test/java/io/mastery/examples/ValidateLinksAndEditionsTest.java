package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("mastery validate with the DfE's links and a hub's edition tables")
class ValidateLinksAndEditionsTest {

  private static final String LINKS_HEADER =
      "\"URN\",\"LinkURN\",\"LinkName\",\"LinkType\",\"LinkEstablishedDate\"\n";

  /** School 100010 converted: its predecessor 100099 took part in Development in 2017/18. */
  private static final String CONVERTED_HISTORY =
      "\"history\": [ { \"urn\": 100099, \"phase\": \"DEVELOPMENT\", \"academicYear\":"
          + " \"2017/18\" } ]";

  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("mastery-links");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static Path enrolment(String name, String target, String replacement)
      throws IOException {
    assertThat(MasteryCommandTest.GOOD).contains(target);
    return file(name, MasteryCommandTest.GOOD.replace(target, replacement));
  }

  @Nested
  @DisplayName("--links")
  class Links {

    @Test
    @DisplayName(
        "`journey.development-repeated`: a converter academy whose predecessor took Development in"
            + " 2017/18 cannot take it again in 2019/20, and the refusal names the predecessor URN")
    void aConverterAcademyCannotRepeatDevelopment() throws IOException {
      Path enrolment = enrolment("converted.json", "\"history\": []", CONVERTED_HISTORY);
      Path links =
          file(
              "links.csv",
              LINKS_HEADER
                  + "100010,100099,\"Example Primary (before conversion)\",\"Predecessor\",\"\"\n"
                  + "100099,100010,\"Example Primary 100010\",\"Successor\",\"01-09-2018\"\n");

      CommandRun without =
          CommandRun.inProcess("validate", enrolment.toString(), "--format", "json");
      CommandRun with =
          CommandRun.inProcess(
              "validate", enrolment.toString(), "--links", links.toString(), "--format", "json");

      assertThat(without.out).doesNotContain("journey.development-repeated");
      assertThat(with.exitCode).isEqualTo(MasteryCommand.EXIT_INVALID);
      assertThat(with.out)
          .contains("\"rule\": \"journey.development-repeated\"")
          .contains(
              "School 100010 already took part in Development in 2017/18, as its predecessor"
                  + " 100099 (GIAS links)")
          .contains("\"predecessor\":\"100099\"")
          .contains("\"links\": {")
          .contains("\"source\": \"" + links + "\"")
          .contains("\"rowsRead\": 2");
    }

    @Test
    @DisplayName(
        "a links file with a URN of two digits is bad input: one line naming the file, line,"
            + " column and value, exit 2, nothing on standard output")
    void aBadLinkRowIsBadInput() throws IOException {
      Path enrolment = enrolment("plain.json", "\"history\": []", "\"history\": []");
      Path links =
          file(
              "bad-links.csv",
              LINKS_HEADER
                  + "100010,100099,\"Old\",\"Predecessor\",\"\"\n"
                  + "100011,12,\"Older\",\"Predecessor\",\"\"\n");

      CommandRun run =
          CommandRun.inProcess("validate", enrolment.toString(), "--links", links.toString());

      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.err.lines()).hasSize(1);
      assertThat(run.err)
          .startsWith("mastery: " + links)
          .contains("line 3")
          .contains("LinkURN")
          .contains("\"12\"");
    }

    @Test
    @DisplayName("a links file without a LinkType column is bad input naming the column")
    void aLinksFileWithoutItsColumnsIsBadInput() throws IOException {
      Path enrolment = enrolment("plain2.json", "\"history\": []", "\"history\": []");
      Path links = file("no-type.csv", "URN,LinkURN\n100010,100099\n");

      CommandRun run =
          CommandRun.inProcess("validate", enrolment.toString(), "--links", links.toString());

      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.err.lines()).hasSize(1);
      assertThat(run.err).contains(links.toString()).contains("\"LinkType\"");
    }

    @Test
    @DisplayName("a links file that does not exist is bad input, said in one line")
    void aMissingLinksFileIsBadInput() throws IOException {
      Path enrolment = enrolment("plain3.json", "\"history\": []", "\"history\": []");

      CommandRun run =
          CommandRun.inProcess("validate", enrolment.toString(), "--links", "no-such-links.csv");

      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.err)
          .isEqualTo("mastery: cannot read GIAS links file no-such-links.csv: no such file\n");
    }
  }

  @Nested
  @DisplayName("--editions")
  class Editions {

    private static final String PHASES_HEADER =
        "edition,stream,phase,name,offered_from,schools_min,schools_max,teachers_min,"
            + "teachers_max,length_years,meetings_per_year,visits_per_school,groups_per_lead,"
            + "readiness_lead_may_lead,release_grant,source,assumption\n";

    @Test
    @DisplayName(
        "`workgroup.size`: a hub's phases table over the standard editions lets its 2019/20"
            + " Development groups have one school, and the decision records the tables read")
    void aHubRowReplacesTheStandardRow() throws IOException {
      Path enrolment = enrolment("one-school.json", "\"history\": []", "\"history\": []");
      Path phases =
          file(
              "phases.csv",
              PHASES_HEADER
                  + "2019/20,PRIMARY,DEVELOPMENT,Development,,1,7,2,2,1,6,3,1,no,1000.00,"
                  + "\"the hub's own pilot\",yes\n");

      CommandRun standard =
          CommandRun.inProcess("validate", enrolment.toString(), "--format", "json");
      CommandRun hub =
          CommandRun.inProcess(
              "validate", enrolment.toString(), "--editions", phases.toString(), "--format", "json");

      assertThat(standard.out).contains("\"rule\": \"workgroup.size\"");
      assertThat(hub.out)
          .doesNotContain("\"rule\": \"workgroup.size\"")
          .contains("\"editionsSource\": \"" + phases + "\"");
    }

    @Test
    @DisplayName(
        "a phases table with a school count that is not a number is bad input: one line naming"
            + " the file, line, field and value, exit 2, nothing on standard output")
    void aBadTableIsBadInput() throws IOException {
      Path enrolment = enrolment("one-school2.json", "\"history\": []", "\"history\": []");
      Files.createDirectories(dir.resolve("bad-tables"));
      Path phases =
          file(
              "bad-tables/phases.csv",
              PHASES_HEADER
                  + "2019/20,PRIMARY,DEVELOPMENT,Development,,many,7,2,2,1,6,3,1,no,1000.00,"
                  + "\"the hub's own pilot\",yes\n");

      CommandRun run =
          CommandRun.inProcess("validate", enrolment.toString(), "--editions", phases.toString());

      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.out).isEmpty();
      assertThat(run.err.lines()).hasSize(1);
      assertThat(run.err)
          .startsWith("mastery: edition tables ")
          .contains("phases.csv")
          .contains("line 2")
          .contains("schools_min")
          .contains("\"many\"");
    }

    @Test
    @DisplayName("--editions - is refused: the tables are read from a file or directory")
    void standardInputIsRefused() throws IOException {
      Path enrolment = enrolment("one-school3.json", "\"history\": []", "\"history\": []");

      CommandRun run = CommandRun.inProcess("validate", enrolment.toString(), "--editions", "-");

      assertThat(run.exitCode).isEqualTo(MasteryCommand.EXIT_BAD_INPUT);
      assertThat(run.err).contains("option --editions takes a file");
    }

    @Test
    @DisplayName("validate --help says that --editions overrides the standard rows")
    void theHelpSaysWhichForm() {
      CommandRun run = CommandRun.inProcess("validate", "--help");

      assertThat(run.out).contains("--links").contains("--editions").contains("replaces the");
    }
  }
}
