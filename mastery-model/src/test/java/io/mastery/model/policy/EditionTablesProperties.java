package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

@Tag(Area.TAG_EDITIONS)
@DisplayName("The edition tables")
class EditionTablesProperties {

  @TempDir Path dir;

  static final List<String> TABLES =
      List.of(
          "editions.csv",
          "phases.csv",
          "specialists.csv",
          "textbooks.csv",
          "textbook-funding.csv",
          "specialist-schools.csv",
          "delivery.csv");

  static String standardText(String table) {
    try (InputStream in =
        Objects.requireNonNull(
            EditionTables.class.getResourceAsStream("standard/" + table), table)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<CSVRecord> records(String text) {
    try {
      return CSVFormat.RFC4180.builder().get().parse(new StringReader(text)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<List<String>> rows(String table) {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : records(standardText(table))) {
      rows.add(new ArrayList<>(record.toList()));
    }
    return rows;
  }

  Path copyOfTheStandardTables(Path into) throws IOException {
    Files.createDirectories(into);
    for (String table : TABLES) {
      Files.writeString(into.resolve(table), standardText(table), StandardCharsets.UTF_8);
    }
    return into;
  }

  @Nested
  @DisplayName("as the library ships them")
  class Standard {

    @Test
    @DisplayName("give every row of every table a public source and say whether it is assumed")
    void everyRowHasASource() {
      for (String table : TABLES) {
        List<CSVRecord> records = records(standardText(table));
        List<String> header = records.get(0).toList();
        int source = header.indexOf("source");
        int assumption = header.indexOf("assumption");
        assertThat(source).as(table).isNotNegative();
        for (CSVRecord record : records.subList(1, records.size())) {
          assertThat(record.get(source)).as("%s line %s", table, record.getRecordNumber()).isNotBlank();
          assertThat(record.get(source)).doesNotContain("DOMAIN").doesNotContain("seed");
          assertThat(record.get(assumption)).isIn("yes", "no");
        }
      }
    }

    @Test
    @DisplayName("are what the standard editions are: read back from a copy, they give equal editions")
    void aCopyGivesTheStandardEditions() throws IOException {
      assertThat(PolicyEditions.load(copyOfTheStandardTables(dir.resolve("copy"))))
          .isEqualTo(PolicyEditions.standard());
    }
  }

  @Nested
  @DisplayName("follow the real programme")
  class RealProgramme {

    private ProgrammePolicy in(int start) {
      return ProgrammePolicy.forYear(AcademicYear.of(start));
    }

    private boolean offered(Stream stream, Phase phase, int start) {
      return in(start).offers(stream, phase, AcademicYear.of(start));
    }

    @Test
    @DisplayName(
        "no Work Group runs in 2015/16, the year cohort 1 trained; the first Development groups"
            + " are in 2016/17")
    void theFirstDevelopmentGroupsAreIn2016() {
      assertThat(offered(Stream.PRIMARY, Phase.DEVELOPMENT, 2015)).isFalse();
      assertThat(offered(Stream.PRIMARY, Phase.DEVELOPMENT, 2016)).isTrue();
    }

    @Test
    @DisplayName(
        "Mastery Readiness is not offered in 2016/17, nor Sustaining in 2017/18; they are from"
            + " 2019/20 and 2020/21")
    void readinessAndSustainingBeganLater() {
      assertThat(offered(Stream.PRIMARY, Phase.MASTERY_READINESS, 2016)).isFalse();
      assertThat(offered(Stream.PRIMARY, Phase.SUSTAINING, 2017)).isFalse();
      assertThat(offered(Stream.PRIMARY, Phase.MASTERY_READINESS, 2019)).isTrue();
      assertThat(offered(Stream.PRIMARY, Phase.EMBEDDING, 2019)).isTrue();
      assertThat(offered(Stream.PRIMARY, Phase.SUSTAINING, 2019)).isFalse();
      assertThat(offered(Stream.PRIMARY, Phase.SUSTAINING, 2020)).isTrue();
    }

    @Test
    @DisplayName(
        "the Introductory phase of 2025/26 lasts two years, takes six to twelve schools and is"
            + " led by a primary Mastery Specialist")
    void theIntroductoryPhase() {
      PhaseRules introductory =
          in(2025)
              .phaseRules(Stream.PRIMARY, Phase.INTRODUCTORY, AcademicYear.of(2025))
              .orElseThrow();
      assertThat(introductory.lengthInYears()).isEqualTo(2);
      assertThat(introductory.schoolsPerGroup()).isEqualTo(Bounds.of(6, 12));
      assertThat(introductory.readinessLeadMayLead()).isFalse();
      assertThat(introductory.source()).contains("abacusnwmathshub.co.uk");
      assertThat(offered(Stream.PRIMARY, Phase.INTRODUCTORY, 2024)).isFalse();
    }

    @Test
    @DisplayName(
        "a Mastery Readiness group may be led by one of the hub's Mastery Readiness Leads; no"
            + " other phase may")
    void readinessLeads() {
      qt().forAll(integers().between(2019, AcademicYear.MAX_START_YEAR), phases())
          .checkAssert(
              (start, phase) ->
                  in(start)
                      .phaseRules(Stream.PRIMARY, phase)
                      .ifPresent(
                          rules ->
                              assertThat(rules.readinessLeadMayLead())
                                  .isEqualTo(phase == Phase.MASTERY_READINESS)));
    }

    @Test
    @DisplayName(
        "primary specialists lead from the second year of their programme, secondary from the"
            + " third, FE specialists lead no school Work Groups")
    void whoLeadsFromWhen() {
      qt().forAll(integers().between(2015, AcademicYear.MAX_START_YEAR), integers().between(1, 12))
          .checkAssert(
              (start, cohort) -> {
                ProgrammePolicy policy = in(start);
                AcademicYear year = AcademicYear.of(start);
                policy
                    .streamRules(Stream.PRIMARY)
                    .ifPresent(
                        rules -> {
                          int yearOfProgramme = rules.trainingYear(cohort).yearsUntil(year) + 1;
                          assertThat(rules.leadsIn(cohort, year))
                              .isEqualTo(yearOfProgramme >= 2 && yearOfProgramme <= 3);
                        });
                policy
                    .streamRules(Stream.SECONDARY)
                    .ifPresent(
                        rules -> {
                          int yearOfProgramme = rules.trainingYear(cohort).yearsUntil(year) + 1;
                          assertThat(rules.leadsIn(cohort, year)).isEqualTo(yearOfProgramme == 3);
                        });
                policy
                    .streamRules(Stream.FE)
                    .ifPresent(rules -> assertThat(rules.leadsIn(cohort, year)).isFalse());
              });
    }

    @Test
    @DisplayName("from 2025/26 secondary specialists of cohort 10 on are no longer required to lead")
    void cohortTenNoLongerRequiredToLead() {
      assertThat(in(2025).streamRules(Stream.SECONDARY).orElseThrow().lastCohortRequiredToLead())
          .contains(9);
      assertThat(in(2024).streamRules(Stream.SECONDARY).orElseThrow().lastCohortRequiredToLead())
          .isEmpty();
    }

    @Test
    @DisplayName(
        "the approved textbook list grew: 2016/17 Maths — No Problem! only, 2017/18 adds Power"
            + " Maths Key Stage 1, 2018/19 and 2019/20 three schemes; the window closed in 2020/21")
    void theTextbookListGrew() {
      TextbookMatchFunding funding = in(2016).textbookMatchFunding().orElseThrow();
      assertThat(funding.approvedSchemesIn(AcademicYear.of(2016)))
          .containsExactly("Maths — No Problem!");
      assertThat(funding.approvedSchemesIn(AcademicYear.of(2017)))
          .containsExactly("Maths — No Problem!", "Power Maths Key Stage 1");
      assertThat(in(2019).textbookMatchFunding().orElseThrow().approvedSchemesIn(AcademicYear.of(2019)))
          .containsExactly(
              "Maths — No Problem!", "Power Maths Key Stage 1", "Power Maths Key Stage 2");
      assertThat(
              funding.appliesToSpecialistSchool(
                  io.mastery.model.specialist.Cohort.of(Stream.PRIMARY, 3), AcademicYear.of(2017)))
          .isTrue();
      assertThat(in(2020).textbookMatchFunding()).isEmpty();
    }

    @Test
    @DisplayName("primary Embedding is funded at lower levels, the amount set by the hub")
    void primaryEmbeddingIsFundedByTheHub() {
      qt().forAll(integers().between(2019, AcademicYear.MAX_START_YEAR))
          .checkAssert(
              start -> {
                PhaseRules embedding =
                    in(start).phaseRules(Stream.PRIMARY, Phase.EMBEDDING).orElseThrow();
                assertThat(embedding.fundingSetByHub()).isTrue();
                assertThat(embedding.releaseGrant()).isEmpty();
              });
    }

    private Gen<Phase> phases() {
      return io.mastery.model.testkit.MasteryGen.phases();
    }
  }

  @Nested
  @DisplayName("of a hub")
  class OfAHub {

    @Test
    @DisplayName(
        "override a standard row with the same key and keep every other standard row:"
            + " a hub's Development groups of 5 to 8 schools in 2019/20")
    void overrideAStandardRow() throws IOException {
      List<List<String>> phases = rows("phases.csv");
      List<List<String>> ours = new ArrayList<>();
      ours.add(phases.get(0));
      int edition = phases.get(0).indexOf("edition");
      int stream = phases.get(0).indexOf("stream");
      int phase = phases.get(0).indexOf("phase");
      for (List<String> row : phases.subList(1, phases.size())) {
        if (row.get(edition).equals("2019/20")
            && row.get(stream).equals("PRIMARY")
            && row.get(phase).equals("DEVELOPMENT")) {
          List<String> changed = new ArrayList<>(row);
          changed.set(phases.get(0).indexOf("schools_min"), "5");
          changed.set(phases.get(0).indexOf("schools_max"), "8");
          changed.set(phases.get(0).indexOf("source"), "our hub's agreement with the NCETM, 2019");
          ours.add(changed);
        }
      }
      Path file = dir.resolve("phases.csv");
      Files.writeString(file, write(ours), StandardCharsets.UTF_8);

      PolicyEditions editions = PolicyEditions.standardWith(file);

      AcademicYear y2019 = AcademicYear.of(2019);
      assertThat(
              editions
                  .forYear(y2019)
                  .phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT)
                  .orElseThrow()
                  .schoolsPerGroup())
          .isEqualTo(Bounds.of(5, 8));
      assertThat(editions.forYear(y2019).phaseRules(Stream.PRIMARY, Phase.EMBEDDING))
          .isEqualTo(PolicyEditions.standard().forYear(y2019).phaseRules(Stream.PRIMARY, Phase.EMBEDDING));
      assertThat(editions.forYear(AcademicYear.of(2024)))
          .isEqualTo(PolicyEditions.standard().forYear(AcademicYear.of(2024)));
    }

    @Test
    @DisplayName("a spreadsheet's byte order mark at the start of a file is no part of the header")
    void aByteOrderMarkIsIgnored() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("bom"));
      Files.writeString(copy.resolve("editions.csv"), "\uFEFF" + standardText("editions.csv"));
      assertThat(PolicyEditions.load(copy)).isEqualTo(PolicyEditions.standard());
    }
  }

  @Nested
  @DisplayName("when a file is bad")
  class Bad {

    @Test
    @DisplayName(
        "reject it naming the file, line, field and value, and load nothing: any bad number,"
            + " year, stream, phase or yes/no in phases.csv")
    void aBadValueIsRejectedWithItsPlace() {
      List<List<String>> phases = rows("phases.csv");
      List<String> header = phases.get(0);
      Gen<String> columns =
          oneOfValues(
              "schools_min",
              "teachers_min",
              "length_years",
              "meetings_per_year",
              "visits_per_school",
              "groups_per_lead",
              "offered_from",
              "stream",
              "phase",
              "readiness_lead_may_lead",
              "assumption",
              "release_grant");
      Gen<String> values = oneOfValues("-1", "six", "2019/21", "x", "1.5.0", "PRIMARY SCHOOL", "maybe");
      qt(200)
          .forAll(integers().between(1, phases.size() - 1), columns, values)
          .checkAssert(
              (row, column, value) -> {
                Path copy;
                try {
                  copy = copyOfTheStandardTables(Files.createTempDirectory(dir, "bad"));
                  List<List<String>> changed = new ArrayList<>(phases);
                  List<String> cells = new ArrayList<>(phases.get(row));
                  cells.set(header.indexOf(column), value);
                  changed.set(row, cells);
                  Files.writeString(copy.resolve("phases.csv"), write(changed));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                assertThatThrownBy(() -> PolicyEditions.load(copy))
                    .isInstanceOfSatisfying(
                        EditionFormatException.class,
                        e -> {
                          assertThat(e.file()).endsWith("phases.csv");
                          assertThat(e.line()).isEqualTo(row + 1L);
                          assertThat(e.field()).isEqualTo(column);
                          assertThat(e.value()).isEqualTo(value);
                          assertThat(e.getMessage())
                              .contains("phases.csv, line " + (row + 1))
                              .contains(column)
                              .contains("\"" + value + "\"");
                        });
              });
    }

    @Test
    @DisplayName(
        "never fail otherwise: any text in place of a row of any table is read or rejected as a"
            + " bad edition file")
    void anyTextIsReadOrRejected() {
      Gen<String> text = stringsOf("0123456789/,;\"\n .-abcyesnoPRIMARYhub\uFEFF", 0, 120);
      qt(300)
          .forAll(oneOfValues(TABLES), integers().between(0, 40), text)
          .checkAssert(
              (table, row, junk) -> {
                Path copy;
                try {
                  copy = copyOfTheStandardTables(Files.createTempDirectory(dir, "junk"));
                  List<String> lines = new ArrayList<>(List.of(standardText(table).split("\n")));
                  lines.set(Math.min(row, lines.size() - 1), junk);
                  Files.writeString(copy.resolve(table), String.join("\n", lines) + "\n");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                try {
                  assertThat(PolicyEditions.load(copy).editions()).isNotEmpty();
                } catch (EditionFormatException e) {
                  // the row replaced, or a row of another table that relied on it
                  assertThat(e.file()).endsWith(".csv");
                  assertThat(e.getMessage()).contains(e.file() + ", line ");
                } catch (IOException e) {
                  throw new AssertionError("not an edition format problem", e);
                }
              });
    }

    private EditionFormatException rejected(String table, String column, String value)
        throws IOException {
      List<List<String>> rows = rows(table);
      rows.get(1).set(rows.get(0).indexOf(column), value);
      Path copy = copyOfTheStandardTables(Files.createTempDirectory(dir, "one"));
      Files.writeString(copy.resolve(table), write(rows));
      try {
        PolicyEditions.load(copy);
      } catch (EditionFormatException e) {
        return e;
      }
      throw new AssertionError(table + " " + column + " " + value + " was accepted");
    }

    private void accepted(String table, String column, String value) throws IOException {
      List<List<String>> rows = rows(table);
      rows.get(1).set(rows.get(0).indexOf(column), value);
      Path copy = copyOfTheStandardTables(Files.createTempDirectory(dir, "one"));
      Files.writeString(copy.resolve(table), write(rows));
      assertThat(PolicyEditions.load(copy).editions()).isNotEmpty();
    }

    @Test
    @Tag(Area.TAG_DELIVERY)
    @DisplayName(
        "take a delivery row's meetings for completion as a whole number and its grant condition"
            + " by name, a charge only in pounds and pence; refuse others with the file, line,"
            + " field and value")
    void deliveryRows() throws IOException {
      accepted("delivery.csv", "meetings_for_completion", "0");
      accepted("delivery.csv", "grant_condition", "ENROLMENT");
      EditionFormatException bad = rejected("delivery.csv", "meetings_for_completion", "five");
      assertThat(bad.field()).isEqualTo("meetings_for_completion");
      assertThat(bad.value()).isEqualTo("five");
      assertThat(bad.line()).isEqualTo(2);
      assertThat(bad.file()).endsWith("delivery.csv");
      assertThat(rejected("delivery.csv", "grant_condition", "PAID").value()).isEqualTo("PAID");
      assertThat(rejected("delivery.csv", "grant_condition", "ATTENDANCE").field())
          .isEqualTo("grant_condition");
      assertThat(rejected("delivery.csv", "charge_per_missed_meeting", "-1").field())
          .isEqualTo("charge_per_missed_meeting");
      assertThat(rejected("delivery.csv", "phase", "SUSTAINING").field()).isEqualTo("phase");
    }

    @Test
    @DisplayName(
        "take amounts in pounds and pence below a billion, a share above 0 and at most 1, and"
            + " textbook years inside the window; refuse others")
    void amountsSharesAndWindows() throws IOException {
      accepted("phases.csv", "release_grant", "999999999.99");
      accepted("phases.csv", "release_grant", "0");
      assertThat(rejected("phases.csv", "release_grant", "1000000000.00").field())
          .isEqualTo("release_grant");
      assertThat(rejected("phases.csv", "release_grant", "1000.001").value()).isEqualTo("1000.001");
      assertThat(rejected("phases.csv", "release_grant", "-0.01").line()).isEqualTo(2);
      accepted("textbook-funding.csv", "share", "1");
      assertThat(rejected("textbook-funding.csv", "share", "0").field()).isEqualTo("share");
      assertThat(rejected("textbook-funding.csv", "share", "1.01").field()).isEqualTo("share");
      accepted("textbook-funding.csv", "last_year", "2019/20");
      assertThat(rejected("textbook-funding.csv", "last_year", "2015/16").field())
          .isEqualTo("last_year");
      assertThat(rejected("textbooks.csv", "year", "2020/21").field()).isEqualTo("year");
      assertThat(rejected("textbooks.csv", "year", "2015/16").field()).isEqualTo("year");
      accepted("specialists.csv", "last_cohort_required_to_lead", "1");
      accepted(
          "specialists.csv",
          "last_cohort_required_to_lead",
          String.valueOf(io.mastery.model.specialist.Cohort.MAX_NUMBER));
      assertThat(rejected("specialists.csv", "last_cohort_required_to_lead", "0").field())
          .isEqualTo("last_cohort_required_to_lead");
      assertThat(rejected("textbook-funding.csv", "specialist_cohorts", "PRIMARY").field())
          .isEqualTo("specialist_cohorts");
      assertThat(rejected("textbook-funding.csv", "specialist_cohorts", "PRIMARY three").field())
          .isEqualTo("specialist_cohorts");
      assertThat(rejected("textbook-funding.csv", "specialist_cohorts", "PRIMARY 0").field())
          .isEqualTo("specialist_cohorts");
      assertThat(rejected("textbook-funding.csv", "streams", "PRIMARY;KS5").value())
          .isEqualTo("KS5");
    }

    @Test
    @DisplayName("refuse a file larger than the tables ever need, naming it")
    void aFileTooLarge() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("large"));
      Files.writeString(
          copy.resolve("textbooks.csv"),
          standardText("textbooks.csv") + "\n".repeat(EditionTables.MAX_CHARS));
      assertThatThrownBy(() -> PolicyEditions.load(copy))
          .isInstanceOf(EditionFormatException.class)
          .hasMessageContaining("textbooks.csv")
          .hasMessageContaining("larger than");
      Path empty = dir.resolve("empty");
      Files.createDirectories(empty);
      assertThatThrownBy(() -> PolicyEditions.standardWith(empty))
          .isInstanceOf(EditionFormatException.class)
          .hasMessageContaining("none of the edition tables");
    }

    @Test
    @DisplayName("reject a row naming an edition that editions.csv does not define")
    void aRowOfAnUnknownEdition() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("unknown"));
      Files.writeString(
          copy.resolve("specialists.csv"),
          standardText("specialists.csv")
              + "2030/31,PRIMARY,2015/16,3,yes,2,,a hub's plan,yes\n");
      assertThatThrownBy(() -> PolicyEditions.load(copy))
          .isInstanceOf(EditionFormatException.class)
          .hasMessageEndingWith(
              "specialists.csv, line 15, field edition, value \"2030/31\": no such edition in"
                  + " editions.csv");
    }

    @Test
    @DisplayName("reject a column the table does not have, and a column it misses")
    void unknownAndMissingColumns() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("columns"));
      Files.writeString(
          copy.resolve("editions.csv"),
          standardText("editions.csv").replaceFirst("in_force_from", "in_force"));
      assertThatThrownBy(() -> PolicyEditions.load(copy))
          .isInstanceOfSatisfying(
              EditionFormatException.class,
              e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.field()).isEqualTo("in_force");
              });
    }

    @Test
    @DisplayName("reject the same row twice in one file")
    void theSameRowTwice() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("twice"));
      String text = standardText("editions.csv");
      String last = text.strip().substring(text.strip().lastIndexOf('\n') + 1);
      Files.writeString(copy.resolve("editions.csv"), text + last + "\n");
      assertThatThrownBy(() -> PolicyEditions.load(copy))
          .isInstanceOfSatisfying(
              EditionFormatException.class,
              e -> {
                assertThat(e.line()).isEqualTo(7);
                assertThat(e.getMessage()).contains("the same row as line 6");
              });
    }

    @Test
    @DisplayName("reject a row without its source")
    void aRowWithoutItsSource() throws IOException {
      Path file = dir.resolve("editions.csv");
      Files.writeString(file, "edition,in_force_from,source,assumption\n2030/31,2030/31,,no\n");
      assertThatThrownBy(() -> PolicyEditions.standardWith(file))
          .isInstanceOfSatisfying(
              EditionFormatException.class,
              e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.field()).isEqualTo("source");
              });
    }

    @Test
    @DisplayName("reject a file that is not one of the tables, or a set of editions without editions.csv")
    void notATable() throws IOException {
      Path file = dir.resolve("grants.csv");
      Files.writeString(file, "edition\n");
      assertThatThrownBy(() -> PolicyEditions.standardWith(file))
          .isInstanceOf(EditionFormatException.class)
          .hasMessageContaining("grants.csv");
      Path phasesOnly = dir.resolve("phases-only");
      Files.createDirectories(phasesOnly);
      Files.writeString(phasesOnly.resolve("phases.csv"), standardText("phases.csv"));
      assertThatThrownBy(() -> PolicyEditions.load(phasesOnly))
          .isInstanceOf(EditionFormatException.class)
          .hasMessageContaining("editions.csv");
    }
  }

  @Nested
  @DisplayName(
      "specialist-schools.csv: secondary Embedding and Sustaining are for Development departments"
          + " 'and all Cohort 1-4 Mastery Specialist Departments' (wymathshub.co.uk)")
  class SpecialistSchools {

    @Test
    @DisplayName(
        "let a secondary specialist's department into secondary Embedding and Sustaining, and a"
            + " primary specialist's school into primary Sustaining, without the prerequisite;"
            + " not into primary Embedding")
    void theStandardRows() {
      qt().forAll(integers().between(2019, 2030))
          .checkAssert(
              start -> {
                AcademicYear year = AcademicYear.of(start);
                ProgrammePolicy edition = PolicyEditions.standard().forYear(year);
                assertThat(
                        edition
                            .phaseRules(Stream.SECONDARY, Phase.EMBEDDING, year)
                            .orElseThrow()
                            .specialistSchoolWithoutPrerequisite())
                    .isTrue();
                assertThat(
                        edition
                            .phaseRules(Stream.PRIMARY, Phase.EMBEDDING, year)
                            .orElseThrow()
                            .specialistSchoolWithoutPrerequisite())
                    .isFalse();
                for (PhaseRules rules : edition.phaseRules()) {
                  if (rules.phase() == Phase.DEVELOPMENT
                      || rules.phase() == Phase.MASTERY_READINESS
                      || rules.phase() == Phase.INTRODUCTORY) {
                    assertThat(rules.specialistSchoolWithoutPrerequisite()).isFalse();
                  }
                  if (rules.phase() == Phase.SUSTAINING) {
                    assertThat(rules.specialistSchoolWithoutPrerequisite()).isTrue();
                  }
                }
              });
    }

    @Test
    @DisplayName(
        "without the table, or without a phase's row, keep the earlier rule: Sustaining only")
    void withoutARowSustainingOnly() throws IOException {
      Path copy = copyOfTheStandardTables(dir.resolve("without"));
      Files.delete(copy.resolve("specialist-schools.csv"));
      for (ProgrammePolicy edition : PolicyEditions.load(copy).editions()) {
        for (PhaseRules rules : edition.phaseRules()) {
          assertThat(rules.specialistSchoolWithoutPrerequisite())
              .isEqualTo(rules.phase() == Phase.SUSTAINING);
        }
      }
    }

    @Test
    @DisplayName(
        "reject a value other than yes or no, and a row for a phase the edition does not list,"
            + " with the file, line, field and value")
    void badRows() throws IOException {
      List<List<String>> rows = rows("specialist-schools.csv");
      int column = rows.get(0).indexOf("without_prerequisite");
      Path copy = copyOfTheStandardTables(dir.resolve("bad-value"));
      List<List<String>> changed = new ArrayList<>(rows);
      List<String> cells = new ArrayList<>(rows.get(2));
      cells.set(column, "maybe");
      changed.set(2, cells);
      Files.writeString(copy.resolve("specialist-schools.csv"), write(changed));
      assertThatThrownBy(() -> PolicyEditions.load(copy))
          .isInstanceOfSatisfying(
              EditionFormatException.class,
              e -> {
                assertThat(e.file()).endsWith("specialist-schools.csv");
                assertThat(e.line()).isEqualTo(3L);
                assertThat(e.field()).isEqualTo("without_prerequisite");
                assertThat(e.value()).isEqualTo("maybe");
              });
      Path other = copyOfTheStandardTables(dir.resolve("bad-phase"));
      List<List<String>> sustaining = new ArrayList<>(rows);
      List<String> row = new ArrayList<>(rows.get(1));
      row.set(rows.get(0).indexOf("edition"), "2015/16");
      sustaining.add(row);
      Files.writeString(other.resolve("specialist-schools.csv"), write(sustaining));
      assertThatThrownBy(() -> PolicyEditions.load(other))
          .isInstanceOfSatisfying(
              EditionFormatException.class,
              e -> {
                assertThat(e.file()).endsWith("specialist-schools.csv");
                assertThat(e.line()).isEqualTo((long) sustaining.size());
                assertThat(e.field()).isEqualTo("phase");
                assertThat(e.getMessage()).contains("no PRIMARY EMBEDDING row in phases.csv");
              });
    }
  }
}
