package io.mastery.io.gias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.mastery.io.UntrustedText;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.testkit.PathologicalYears;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12: a GIAS register from a careless or hostile source: {@code /dev/zero}, a pipe, a million
 * bad rows, one bad optional field, formulas for a spreadsheet, an encoding that changes.
 */
@DisplayName("A hostile or careless school register")
class HostileRegisterTest {

  static final String HEADER =
      "URN,LA (code),EstablishmentName,TypeOfEstablishment (code),EstablishmentStatus (code),"
          + "PhaseOfEducation (code),StatutoryLowAge,StatutoryHighAge,UKPRN,Easting,Northing\n";

  static GiasImport read(String csv) throws IOException {
    return GiasRegisterReader.standard().read(new StringReader(csv));
  }

  @Nested
  @DisplayName("with one unusable optional field")
  class OptionalField {

    @Test
    @DisplayName("keeps the school with its required fields, reports the field for that row and"
        + " leaves it empty")
    void keepsTheSchool() throws IOException {
      GiasImport gias =
          read(
              HEADER
                  + "990001,202,Far East Primary,01,1,2,4,11,10012345,9999999,184000\n"
                  + "990002,202,Short UKPRN Primary,01,1,2,4,11,123,528000,184000\n"
                  + "990003,202,Backwards Ages Primary,01,1,2,11,3,10012347,528000,184000\n");
      assertThat(gias.register().size()).isEqualTo(3);
      assertThat(gias.rowsSkipped()).isZero();
      assertThat(gias.problems())
          .extracting(RowProblem::line, RowProblem::column, RowProblem::value, RowProblem::rowSkipped)
          .containsExactly(
              tuple(2L, "Easting", "9999999", false),
              tuple(3L, "UKPRN", "123", false),
              tuple(4L, "StatutoryHighAge", "3", false));
      School far = gias.register().find(Urn.of(990001)).orElseThrow();
      assertThat(far.location()).isEmpty();
      assertThat(far.statutoryAgeRange()).contains(AgeRange.of(4, 11));
      assertThat(gias.register().find(Urn.of(990002)).orElseThrow().ukprn()).isEmpty();
      assertThat(gias.register().find(Urn.of(990003)).orElseThrow().statutoryAgeRange()).isEmpty();
    }

    @Test
    @DisplayName("still drops the row when a required field is bad, and says so")
    void requiredFieldDropsTheRow() throws IOException {
      GiasImport gias = read(HEADER + "12345,202,Short URN Primary,01,1,2,4,11,,528000,9999999\n");
      assertThat(gias.register().size()).isZero();
      assertThat(gias.rowsSkipped()).isEqualTo(1);
      assertThat(gias.problems()).allMatch(RowProblem::rowSkipped).hasSize(2);
    }

    @Test
    @DisplayName("is still an exception for a strict reader")
    void strictReaderThrows() {
      assertThatThrownBy(
              () ->
                  GiasRegisterReader.standard()
                      .strict()
                      .read(new StringReader(HEADER + "990001,202,A,01,1,2,4,11,123,,\n")))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageStartingWith("line 2, column \"UKPRN\"");
    }
  }

  @Nested
  @DisplayName("that would exhaust memory")
  class Exhaustion {

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("of endless NUL bytes, as /dev/zero gives, is refused after one field's length")
    void endlessZeros() {
      Counting zeros = new Counting(new Repeated((byte) 0, 1L << 40));
      InputStream in =
          new SequenceInputStream(
              new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.US_ASCII)), zeros);
      assertThatThrownBy(() -> GiasRegisterReader.standard().read(in))
          .isInstanceOf(GiasFormatException.class)
          .hasMessage(
              "line 2: not valid CSV for a register: a field is longer than "
                  + GiasRegisterReader.MAX_FIELD_LENGTH
                  + " characters");
      assertThat(zeros.count).isLessThan(1024L * 1024);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("of one record of short fields without end is refused after a million characters")
    void endlessRecord() {
      Counting commas = new Counting(new Repeated((byte) ',', 1L << 40));
      InputStream in =
          new SequenceInputStream(
              new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.US_ASCII)), commas);
      assertThatThrownBy(() -> GiasRegisterReader.standard().read(in))
          .isInstanceOf(GiasFormatException.class)
          .hasMessageContaining("a record is longer than " + GiasRegisterReader.MAX_RECORD_LENGTH);
      assertThat(commas.count).isLessThan(4L * 1024 * 1024);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("of 200,000 bad rows keeps a thousand problems and counts the rest")
    void manyBadRowsAreCounted() throws IOException {
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 0; i < 200_000; i++) {
        csv.append("12345,202,Bad,01,1,2,,,,,\n");
      }
      GiasImport gias = read(csv.toString());
      assertThat(gias.problems()).hasSize(GiasRegisterReader.MAX_PROBLEMS_KEPT);
      assertThat(gias.problemsNotKept()).isEqualTo(200_000 - GiasRegisterReader.MAX_PROBLEMS_KEPT);
      assertThat(gias.rowsSkipped()).isEqualTo(200_000);
      assertThat(gias.rowsRead()).isEqualTo(200_000);
      assertThat(gias.isClean()).isFalse();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("named as a device or a pipe is refused at once, never read or waited on")
    void devicesAndPipesAreRefused() throws Exception {
      if (Files.exists(Path.of("/dev/zero"))) {
        assertThatThrownBy(() -> GiasRegisterReader.standard().read(Path.of("/dev/zero")))
            .isInstanceOf(IOException.class)
            .hasMessage("/dev/zero: not a regular file; only a regular file is read");
      }
      Path dir = Files.createDirectories(Path.of("target", "hostile"));
      Path fifo = dir.resolve("register.fifo");
      Files.deleteIfExists(fifo);
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
        assertThatThrownBy(() -> GiasRegisterReader.standard().read(fifo))
            .isInstanceOf(IOException.class)
            .hasMessageEndingWith("not a regular file; only a regular file is read");
      }
    }
  }

  @Nested
  @DisplayName("with hostile text")
  class HostileText {

    @Test
    @DisplayName("reports a value with control characters in one line, escaped")
    void problemsAreOneLine() throws IOException {
      GiasImport gias =
          read(
              HEADER
                  + "\"99\u001b[2J\r\nmastery: all good\",202,Bad,01,1,2,,,,,\n");
      assertThat(gias.problems()).hasSize(1);
      RowProblem problem = gias.problems().get(0);
      assertThat(problem.value()).isEqualTo("99\u001b[2J\r\nmastery: all good");
      assertThat(problem.toString())
          .isEqualTo(
              "line 2, column \"URN\": URN must have 6 digits:"
                  + " \"99\\u001B[2J\\u000D\\u000Amastery: all good\"");
      assertThat(UntrustedText.hasUnsafe(problem.toString())).isFalse();
    }

    @Test
    @DisplayName("written for a spreadsheet, starts no formula, and reads back as it was")
    void formulasAreNeutralised() throws IOException {
      List<String> names =
          List.of(
              "=cmd|' /C calc'!A0",
              "+SUM(A1)",
              "-2+3",
              "@SUM(1)",
              "\tTabbed",
              "'=already quoted",
              "''twice",
              "O'Neill Primary");
      List<School> schools = new java.util.ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        schools.add(
            School.builder()
                .from(PathologicalYears.primary(Urn.of(990100 + i)))
                .name(names.get(i))
                .build());
      }
      StringWriter csv = new StringWriter();
      GiasRegisterWriter.standard().write(schools, csv);
      for (String line : csv.toString().split("\n")) {
        for (String cell : line.split(",")) {
          String text = cell.startsWith("\"") ? cell.substring(1) : cell;
          assertThat(text).as(line).doesNotStartWith("=").doesNotStartWith("+")
              .doesNotStartWith("@").doesNotStartWith("\t");
          assertThat(text.startsWith("-") && !text.matches("-\\d+")).as(line).isFalse();
        }
      }
      assertThat(csv.toString()).contains(",'=cmd|' /C calc'!A0,").contains(",'-2+3,");
      GiasImport back = GiasRegisterReader.standard().read(new StringReader(csv.toString()));
      assertThat(back.isClean()).isTrue();
      assertThat(back.register().schools()).extracting(School::name).containsExactlyElementsOf(names);
    }

    @Test
    @DisplayName("in Latin-1 that turns into UTF-8 part-way is read, with a warning naming the"
        + " line")
    void encodingThatChangesIsReported() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
      bytes.writeBytes(
          "990001,202,\u00c9cole Primary,01,1,2,,,,,\n".getBytes(StandardCharsets.ISO_8859_1));
      bytes.writeBytes(
          "990002,202,Saint-\u00c9tienne Primary,01,1,2,,,,,\n".getBytes(StandardCharsets.UTF_8));
      GiasImport gias = GiasRegisterReader.standard().read(new ByteArrayInputStream(bytes.toByteArray()));
      assertThat(gias.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
      assertThat(gias.register().size()).isEqualTo(2);
      assertThat(gias.warnings())
          .singleElement()
          .asString()
          .startsWith("line 3: the file was read as ISO-8859-1 (Latin-1), from its first byte"
              + " beyond ASCII on line 2, but bytes 0xC3 0x89 here are UTF-8 for \"\u00c9\"");
      GiasImport clean =
          GiasRegisterReader.standard()
              .read(
                  new ByteArrayInputStream(
                      (HEADER + "990001,202,\u00c9cole Primary,01,1,2,,,,,\n")
                          .getBytes(StandardCharsets.ISO_8859_1)));
      assertThat(clean.warnings()).isEmpty();
    }
  }

  /** Counts the bytes read through it. */
  static final class Counting extends InputStream {
    final InputStream in;
    long count;

    Counting(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

  /** One byte repeated, made as it is read. */
  static final class Repeated extends InputStream {
    final byte value;
    long left;

    Repeated(byte value, long length) {
      this.value = value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (left == 0) {
        return len == 0 ? 0 : -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(buffer, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
