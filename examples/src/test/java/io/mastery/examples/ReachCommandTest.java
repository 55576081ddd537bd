package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.rules.reach.ProjectedYear;
import io.mastery.rules.reach.PublishedReach;
import io.mastery.rules.reach.ReachCalibration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The {@code mastery reach} command run as a user would, in this process. */
@DisplayName("The mastery reach command")
class ReachCommandTest {

  static final ReachCalibration FIT =
      ReachCalibration.fit(
          Stream.PRIMARY,
          ProgrammePolicy.forYear(AcademicYear.of(2019)),
          PublishedReach.PRIMARY_TO_2018_19.subList(0, 3));

  static Path file(String name, String content) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "reach-command"));
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Nested
  @DisplayName("with no options")
  class Calibration {

    @Test
    @DisplayName("sets the model calibrated on 2015/16 to 2017/18 beside the published 136/136,"
        + " 283/964, 465/2,567 and 675/5,116, and predicts 2018/19 within 2%")
    void besideThePublishedTable() {
      CommandRun run = CommandRun.inProcess("reach");
      assertThat(run.exitCode).as(run.toString()).isZero();
      assertThat(run.err).isEmpty();
      assertThat(run.out)
          .contains(String.format(java.util.Locale.UK, "fitted rate: %.3f new schools", FIT.rate()))
          .contains("2015/16          136                136               136")
          .contains("2016/17          283                964")
          .contains("2017/18          465              2,567")
          .contains("2018/19          675              5,116")
          .contains("predicted, not fitted")
          .contains("2018/19 predicted within 2%: 5,111 schools against 5,116 published (-0.09%)");
    }

    @Test
    @DisplayName("as JSON gives the fitted rate, each year published and modelled, and the error"
        + " of the year held out")
    void asJson() throws IOException {
      CommandRun run = CommandRun.inProcess("reach", "--format", "json");
      assertThat(run.exitCode).as(run.toString()).isZero();
      JsonNode json = new ObjectMapper().readTree(run.out);
      assertThat(json.get("rate").asDouble()).isEqualTo(FIT.rate());
      assertThat(json.get("years")).hasSize(4);
      assertThat(json.get("years").get(1).get("schoolsPublished").asInt()).isEqualTo(964);
      assertThat(json.get("years").get(3).get("fitted").asBoolean()).isFalse();
      ReachCalibration.Check check = FIT.predict(PublishedReach.PRIMARY_TO_2018_19.get(3));
      assertThat(json.get("heldOut").get("relativeError").asDouble())
          .isEqualTo(check.relativeError())
          .isBetween(-0.02, 0.02);
    }

    @Test
    @DisplayName("prints the table the README shows")
    void theReadmeShowsIt() throws IOException {
      String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
      assertThat(readme).contains("$ examples/target/mastery reach\n" + CommandRun.inProcess("reach").out);
    }
  }

  @Nested
  @DisplayName("with a cohorts file")
  class Projection {

    @Test
    @DisplayName("projects forward from the cohorts given after the published years, those years"
        + " taken from the published figures")
    void projectsForward() throws IOException {
      Path cohorts =
          file("cohorts.csv", "academicYear,specialists\n2019/20,230\n2020/21,240\n2021/22,0\n");
      CommandRun run = CommandRun.inProcess("reach", "--cohorts", cohorts.toString(), "-f", "json");
      assertThat(run.exitCode).as(run.toString()).isZero();
      List<ProjectedYear> expected =
          FIT.model().project(List.of(136, 147, 182, 210, 230, 240, 0), AcademicYear.of(2021));
      JsonNode years = new ObjectMapper().readTree(run.out).get("years");
      assertThat(years).hasSize(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertThat(years.get(i).get("academicYear").asText()).isEqualTo(expected.get(i).year().toString());
        assertThat(years.get(i).get("schools").asDouble()).isEqualTo(expected.get(i).schools());
        assertThat(years.get(i).get("cohortFrom").asText()).isEqualTo(i < 4 ? "published" : "file");
      }
      CommandRun text = CommandRun.inProcess("reach", "--cohorts", cohorts.toString());
      assertThat(text.exitCode).isZero();
      assertThat(text.out)
          .contains("cohorts of 2015/16 to 2018/19: the published figures")
          .contains("2021/22")
          .contains(String.format(java.util.Locale.UK, "%,d", expected.get(6).schoolsRounded()));
    }

    @Test
    @DisplayName("from 2015/16 uses the file's cohorts alone, read from standard input given as -")
    void fromTheFirstYear() throws IOException {
      byte[] csv = "\uFEFFacademicYear,specialists\r\n2015/16,100\r\n2016/17,100\r\n".getBytes(StandardCharsets.UTF_8);
      CommandRun run = CommandRun.withInput(csv, "reach", "--cohorts", "-", "-f", "json");
      assertThat(run.exitCode).as(run.toString()).isZero();
      JsonNode years = new ObjectMapper().readTree(run.out).get("years");
      assertThat(years).hasSize(2);
      assertThat(years.get(0).get("cohortFrom").asText()).isEqualTo("file");
      assertThat(years.get(1).get("schools").asDouble()).isEqualTo(200 + 100 * FIT.rate());
    }

    @Test
    @DisplayName("refuses a bad file with one line naming the line and the value")
    void badFiles() throws IOException {
      List<String[]> cases = new ArrayList<>();
      cases.add(new String[] {"year,specialists\n2019/20,1\n", "line 1: the header must be academicYear,specialists; found year,specialists"});
      cases.add(new String[] {"academicYear,specialists\n2019/20,1\n2021/22,1\n", "line 3: academicYear: expected 2020/21, the year after the row before: \"2021/22\""});
      cases.add(new String[] {"academicYear,specialists\n2019/20,-4\n", "line 2: specialists: not a whole number from 0 to 100000: \"-4\""});
      cases.add(new String[] {"academicYear,specialists\n2019-20,4\n", "line 2: academicYear: not an academic year such as 2019/20: \"2019-20\""});
      cases.add(new String[] {"academicYear,specialists\n2022/23,4\n", "line 2: academicYear: the first year must be from 2015/16 (cohort 1 trains) to 2019/20 (the year after the published figures): \"2022/23\""});
      cases.add(new String[] {"academicYear,specialists\n", "no rows after the header; expected a row a year"});
      cases.add(new String[] {"", "the file is empty; expected the header academicYear,specialists and a row a year"});
      cases.add(new String[] {"academicYear,specialists\n2019/20,4,5\n", "line 2: 3 fields; expected 2 (academicYear,specialists)"});
      int i = 0;
      for (String[] c : cases) {
        Path bad = file("bad-" + i++ + ".csv", c[0]);
        MasteryCommandTest.badInput("mastery: " + bad + ": " + c[1], "reach", "--cohorts", bad.toString());
      }
      Path latin1 = Files.write(file("latin1.csv", "").resolveSibling("latin1.csv"),
          "academicYear,specialists\n2019/20,4\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
      MasteryCommandTest.badInput(
          "mastery: " + latin1 + ": the text is not UTF-8; save the file as UTF-8 and run again",
          "reach", "--cohorts", latin1.toString());
      MasteryCommandTest.badInput(
          "mastery: cannot read cohorts file no-such.csv: no such file", "reach", "--cohorts", "no-such.csv");
      if (Files.exists(Path.of("/dev/zero"))) {
        MasteryCommandTest.badInput(
            "mastery: cannot read cohorts file /dev/zero: not a regular file (a device, named pipe"
                + " or socket); give a file",
            "reach", "--cohorts", "/dev/zero");
      }
      MasteryCommandTest.badInput(
          "mastery: unknown option \"--cohort\" for reach; did you mean --cohorts?", "reach", "--cohort", "x.csv");
    }
  }
}
