package io.mastery.io.gias;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.model.school.School;
import io.mastery.model.school.SchoolLink;
import io.mastery.model.school.SchoolLinks;
import io.mastery.model.school.Urn;
import io.mastery.model.testkit.MasteryGen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("Reading the register's dates and the DfE's links between URNs")
class GiasDatesAndLinksExamples {

  private static final String HEADER =
      "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),EstablishmentStatus (code),"
          + "PhaseOfEducation (code),OpenDate,CloseDate\n";

  private static GiasImport register(String csv) {
    try {
      return GiasRegisterReader.standard().read(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GiasLinksImport links(GiasLinksReader reader, String csv) {
    try {
      return reader.read(new StringReader(csv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GiasLinksImport realLinks() {
    try (InputStream in =
        new GZIPInputStream(
            GiasDatesAndLinksExamples.class.getResourceAsStream(
                "/gias/links_edubasealldata20250422.csv.gz"))) {
      return GiasLinksReader.standard().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  @DisplayName("OpenDate and CloseDate")
  class Dates {

    @Test
    @DisplayName(
        "the 2018 extract's 100004 (Closed, CloseDate 31-08-1992) and 100001 (OpenDate"
            + " 01-01-1920) are read with their dates; 100000 has none")
    void theRealExtractsDatesAreRead() {
      GiasImport gias = GiasRegisterReaderExamples.read("edubasealldata20181029_20.csv");
      assertThat(gias.problems()).isEmpty();
      School closed = GiasRegisterReaderExamples.school(gias, 100004);
      assertThat(closed.closeDate()).contains(LocalDate.of(1992, 8, 31));
      assertThat(GiasRegisterReaderExamples.school(gias, 100001).openDate())
          .contains(LocalDate.of(1920, 1, 1));
      School undated = GiasRegisterReaderExamples.school(gias, 100000);
      assertThat(undated.openDate()).isEmpty();
      assertThat(undated.closeDate()).isEmpty();
    }

    @Test
    @DisplayName(
        "a CloseDate of 31/08/2019 or 31-02-2019 is a problem naming line, column and value; the"
            + " school is kept without the date")
    void aBadDateIsAFieldProblem() {
      GiasImport gias =
          register(
              HEADER
                  + "990001,202,Slashed School,01,2,2,,31/08/2019\n"
                  + "990002,202,February School,01,2,2,,31-02-2019\n");

      assertThat(gias.register().size()).isEqualTo(2);
      assertThat(gias.problems())
          .extracting(p -> p.line() + " " + p.column() + " " + p.value() + " " + p.rowSkipped())
          .containsExactly("2 CloseDate 31/08/2019 false", "3 CloseDate 31-02-2019 false");
      assertThat(gias.problems().get(0).message())
          .isEqualTo(
              "must be a date in the register's form dd-MM-yyyy, such as 31-08-2019:"
                  + " \"31/08/2019\"");
      assertThat(gias.register().find(Urn.of(990001)).orElseThrow().closeDate()).isEmpty();
    }

    @Test
    @DisplayName("a strict reader throws for a bad OpenDate, naming its line and column")
    void aStrictReaderThrows() {
      assertThatThrownBy(
              () ->
                  GiasRegisterReader.standard()
                      .strict()
                      .read(new StringReader(HEADER + "990001,202,Early School,01,1,2,1-9-2019,\n")))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("OpenDate")
          .hasMessageContaining("\"1-9-2019\"");
    }

    @Test
    @DisplayName("every register with open and close dates written reads back equal")
    void datesReadBackEqual() {
      Gen<Optional<LocalDate>> dates =
          SourceDSL.booleans()
              .all()
              .zip(
                  MasteryGen.datesInAnyAcademicYear(),
                  (present, date) -> present ? Optional.of(date) : Optional.<LocalDate>empty());
      qt(100)
          .forAll(MasteryGen.schools(), dates, dates)
          .checkAssert(
              (school, opened, closed) -> {
                School dated = school.withDates(opened, closed);
                StringWriter out = new StringWriter();
                try {
                  GiasRegisterWriter.standard().write(List.of(dated), out);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                GiasImport read = register(out.toString());
                assertThat(read.problems()).isEmpty();
                School back = read.register().find(dated.urn()).orElseThrow();
                assertThat(back.openDate()).isEqualTo(opened);
                assertThat(back.closeDate()).isEqualTo(closed);
              });
    }
  }

  @Nested
  @DisplayName("the links file")
  class Links {

    private static final String HEADER =
        "\"URN\",\"LinkURN\",\"LinkName\",\"LinkType\",\"LinkEstablishedDate\"\n";

    @Test
    @DisplayName(
        "the 22 April 2025 links extract reads whole: 33,801 links, no problem; 132245 Kingsgate"
            + " Primary School has the predecessors 100016 and 100017")
    void theRealFileReadsWhole() {
      GiasLinksImport read = realLinks();

      assertThat(read.rowsRead()).isEqualTo(33_801);
      assertThat(read.problems()).isEmpty();
      assertThat(read.links().size()).isEqualTo(33_801);
      assertThat(read.links().predecessorsOf(Urn.of(132245)))
          .containsExactlyInAnyOrder(Urn.of(100016), Urn.of(100017));
      assertThat(read.links().predecessorsOf(Urn.of(100016))).isEmpty();
    }

    @Test
    @DisplayName(
        "in the real file, 148764's predecessors are followed back through 14 URNs, and the links"
            + " that point both ways end: no school is its own predecessor")
    void theRealFilesChainsAndCyclesEnd() {
      SchoolLinks links = realLinks().links();

      assertThat(links.predecessorsOf(Urn.of(148764))).hasSize(14).contains(Urn.of(122175));
      for (SchoolLink link : links.links()) {
        assertThat(links.predecessorsOf(link.school())).doesNotContain(link.school());
      }
    }

    @Test
    @DisplayName(
        "the real file's link types are the seventeen of the extract, each read with its"
            + " direction")
    void theRealFilesLinkTypes() {
      Set<String> types =
          realLinks().links().links().stream()
              .map(SchoolLink::linkType)
              .collect(Collectors.toSet());

      assertThat(types)
          .containsExactlyInAnyOrder(
              "Successor",
              "Predecessor",
              "Predecessor - merged",
              "Successor - merged",
              "Sixth Form Centre School",
              "Predecessor - amalgamated",
              "Result of Amalgamation",
              "Successor - amalgamated",
              "Sixth Form Centre Link",
              "Successor - Split School",
              "Predecessor - Split School",
              "Other",
              "Merged - expansion in school capacity and changer in age range",
              "Merged - change in age range",
              "Merged - expansion of school capacity",
              "Expansion",
              "Closure");
      assertThat(SchoolLink.Kind.of("Predecessor - Split School"))
          .isEqualTo(SchoolLink.Kind.PREDECESSOR);
      assertThat(SchoolLink.Kind.of("Successor - amalgamated")).isEqualTo(SchoolLink.Kind.SUCCESSOR);
      assertThat(SchoolLink.Kind.of("Result of Amalgamation")).isEqualTo(SchoolLink.Kind.OTHER);
    }

    @Test
    @DisplayName(
        "a row with a URN of two digits, an empty type or a URN linked to itself is left out and"
            + " reported with its line, column and value; a bad date only loses the date")
    void badRowsAreReported() {
      GiasLinksImport read =
          links(
              GiasLinksReader.standard(),
              HEADER
                  + "100016,132245,\"Kingsgate Primary School\",\"Successor\",\"\"\n"
                  + "100017,12,\"Short\",\"Successor\",\"\"\n"
                  + "100018,132246,\"Untyped\",\"\",\"\"\n"
                  + "100019,100019,\"Itself\",\"Successor\",\"\"\n"
                  + "100020,132247,\"Badly dated\",\"Successor\",\"2020-09-01\"\n");

      assertThat(read.rowsRead()).isEqualTo(5);
      assertThat(read.rowsSkipped()).isEqualTo(3);
      assertThat(read.problems())
          .extracting(p -> p.line() + " " + p.column() + " " + p.value() + " " + p.rowSkipped())
          .containsExactly(
              "3 LinkURN 12 true",
              "4 LinkType  true",
              "5 LinkURN 100019 true",
              "6 LinkEstablishedDate 2020-09-01 false");
      assertThat(read.links().links())
          .containsExactly(
              SchoolLink.of(Urn.of(100016), Urn.of(132245), "Successor", Optional.empty()),
              SchoolLink.of(Urn.of(100020), Urn.of(132247), "Successor", Optional.empty()));
    }

    @Test
    @DisplayName("a strict reader throws for the first bad row, and a file without LinkURN always")
    void strictAndMissingColumn() {
      assertThatThrownBy(
              () ->
                  links(
                      GiasLinksReader.standard().strict(),
                      HEADER + "100017,12,\"Short\",\"Successor\",\"\"\n"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageContaining("line 2")
          .hasMessageContaining("LinkURN");
      assertThatThrownBy(() -> links(GiasLinksReader.standard(), "URN,LinkType\n100016,Successor\n"))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageContaining("no column \"LinkURN\"");
      assertThatThrownBy(() -> links(GiasLinksReader.standard(), ""))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageContaining("empty");
    }

    @Test
    @DisplayName("a field longer than the reader's bound is refused after that many characters")
    void readsAreBounded() {
      String huge = "1".repeat(GiasRegisterReader.MAX_FIELD_LENGTH + 10);
      assertThatThrownBy(
              () ->
                  GiasLinksReader.standard()
                      .read(
                          new ByteArrayInputStream(
                              (HEADER + huge + ",1,a,b,c\n").getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(GiasFormatException.class);
    }

    @Test
    @DisplayName(
        "any links written in the file's columns read back as the same links, in the same order")
    void anyLinksReadBack() {
      List<String> types = List.of("Successor", "Predecessor", "Predecessor - merged", "Other");
      Gen<SchoolLink> linkGen =
          MasteryGen.urns()
              .zip(
                  SourceDSL.integers().between(1, 99),
                  SourceDSL.integers().between(0, types.size() - 1),
                  SourceDSL.booleans().all(),
                  (urn, step, type, dated) ->
                      SchoolLink.of(
                          urn,
                          Urn.of(urn.value() < 500_000 ? urn.value() + step : urn.value() - step),
                          types.get(type),
                          dated ? Optional.of(LocalDate.of(2021, 8, 31)) : Optional.empty()));
      qt(100)
          .forAll(SourceDSL.lists().of(linkGen).ofSizeBetween(0, 20))
          .checkAssert(
              links -> {
                StringWriter out = new StringWriter();
                try (CSVPrinter printer =
                    CSVFormat.RFC4180
                        .builder()
                        .setHeader("URN", "LinkURN", "LinkName", "LinkType", "LinkEstablishedDate")
                        .get()
                        .print(out)) {
                  for (SchoolLink link : links) {
                    printer.printRecord(
                        link.school(),
                        link.linked(),
                        "Name, with a comma",
                        link.linkType(),
                        link.established().map(GiasRegisterReader.DATE::format).orElse(""));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                GiasLinksImport read = links(GiasLinksReader.standard().strict(), out.toString());
                assertThat(read.links().links()).isEqualTo(new ArrayList<>(links));
              });
    }
  }
}
