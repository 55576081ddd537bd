package io.mastery.io.gias;

import io.mastery.model.school.School;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes schools as a GIAS extract of selected fields: every {@link GiasColumn}, under the DfE's
 * header names, in the enum's order, so that {@link GiasRegisterReader} and other tools that read
 * the DfE's files read it back.
 *
 * <p>Type codes are written zero-padded to two digits, as the DfE does ({@code 02}); group names
 * are those of the current register; dates are written {@code dd-MM-yyyy}, as the DfE does. Absent
 * values are written as empty fields. Lines end with a
 * line feed.
 *
 * <p>A text that a spreadsheet would run as a formula, one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return (such as {@code =cmd|' /C calc'!A0}), is written
 * with a quote mark before it, as spreadsheets expect (and so is a text that already starts with a
 * quote mark and one of those characters or a second quote mark); {@link GiasRegisterReader} reads
 * such a name without the quote mark, so that every name reads back as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasRegisterWriter {

  private static final GiasRegisterWriter STANDARD = new GiasRegisterWriter();

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setRecordSeparator("\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .setHeader(
              Arrays.stream(GiasColumn.values()).map(GiasColumn::header).toArray(String[]::new))
          .get();

  private GiasRegisterWriter() {}

  /**
   * Returns the standard writer.
   *
   * @return the writer, not null
   */
  public static GiasRegisterWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a header row and one row per school; the writer is flushed, not closed.
   *
   * @param schools the schools, in the order to write, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Iterable<? extends School> schools, Writer out) throws IOException {
    Objects.requireNonNull(schools, "schools");
    Objects.requireNonNull(out, "out");
    CSVPrinter printer = FORMAT.print(out);
    for (School school : schools) {
      printer.printRecord(row(school));
    }
    printer.flush();
  }

  /**
   * Writes a header row and one row per school to a file, in UTF-8, replacing the file.
   *
   * @param schools the schools, in the order to write, not null
   * @param file the file, not null
   * @throws IOException if writing fails
   */
  public void write(Iterable<? extends School> schools, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(schools, out);
    }
  }

  private static List<String> row(School school) {
    List<String> row = new ArrayList<>(GiasColumn.values().length);
    for (GiasColumn column : GiasColumn.values()) {
      row.add(neutralised(value(school, column)));
    }
    return row;
  }

  /**
   * Puts a quote mark before a cell that a spreadsheet would read as a formula, and before one that
   * already starts with a quote mark the reader would remove, so that every text reads back as it
   * was.
   */
  static String neutralised(String cell) {
    return (!cell.isEmpty() && isFormulaStart(cell.charAt(0))) || isQuoted(cell) ? "'" + cell : cell;
  }

  /** Checks whether a cell starts with the quote mark that {@link #neutralised} adds. */
  static boolean isQuoted(String cell) {
    return cell.length() >= 2
        && cell.charAt(0) == '\''
        && (isFormulaStart(cell.charAt(1)) || cell.charAt(1) == '\'');
  }

  /** Checks whether a cell starting with this character is a formula to a spreadsheet. */
  static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String value(School school, GiasColumn column) {
    switch (column) {
      case URN:
        return school.urn().toString();
      case LA_CODE:
        return school.localAuthority().value();
      case LA_NAME:
        return school.localAuthorityName();
      case ESTABLISHMENT_NAME:
        return school.name();
      case TYPE_CODE:
        return String.format(Locale.ROOT, "%02d", school.type().code());
      case TYPE_NAME:
        return school.type().registerName();
      case GROUP_CODE:
        return Integer.toString(school.type().group().code());
      case GROUP_NAME:
        return school.type().group().registerName();
      case STATUS_CODE:
        return Integer.toString(school.status().code());
      case STATUS_NAME:
        return school.status().registerName();
      case PHASE_CODE:
        return Integer.toString(school.phaseOfEducation().code());
      case PHASE_NAME:
        return school.phaseOfEducation().registerName();
      case STATUTORY_LOW_AGE:
        return school.statutoryAgeRange().map(a -> Integer.toString(a.low())).orElse("");
      case STATUTORY_HIGH_AGE:
        return school.statutoryAgeRange().map(a -> Integer.toString(a.high())).orElse("");
      case UKPRN:
        return school.ukprn().map(Object::toString).orElse("");
      case GOR_NAME:
        return school.region().orElse("");
      case EASTING:
        return school.location().map(g -> Integer.toString(g.easting())).orElse("");
      case NORTHING:
        return school.location().map(g -> Integer.toString(g.northing())).orElse("");
      case OPEN_DATE:
        return school.openDate().map(GiasRegisterReader.DATE::format).orElse("");
      case CLOSE_DATE:
        return school.closeDate().map(GiasRegisterReader.DATE::format).orElse("");
      default:
        throw new AssertionError(column);
    }
  }
}
