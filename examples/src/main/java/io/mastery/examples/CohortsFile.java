package io.mastery.examples;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.specialist.Cohort;
import io.mastery.rules.reach.PublishedReach;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The cohorts file of {@code mastery reach --cohorts} (CONTRACT.md §4): a CSV file in UTF-8 with
 * the header {@code academicYear,specialists} and one row a year, in order, each the number of
 * primary specialists who start training that year (one cohort).
 *
 * <p>The years follow each other without a gap; the first is 2015/16 (cohort 1's training year)
 * or a later year up to the one after the published figures end (2019/20), the cohorts of the
 * years before it then taken from the published figures. Read with Commons CSV; a missing or
 * unknown column, a year out of order, a number that is not a whole number from 0 to {@link
 * #MAX_SPECIALISTS}, more than {@link Cohort#MAX_NUMBER} cohorts in all, text that is not UTF-8 or
 * a file over {@link #MAX_BYTES} bytes is bad input, named by line.
 */
final class CohortsFile {

  /** The largest file read. */
  static final int MAX_BYTES = 1 << 20;

  /** The largest cohort accepted. */
  static final int MAX_SPECIALISTS = 100_000;

  static final String YEAR = "academicYear";
  static final String SPECIALISTS = "specialists";

  /** The cohort sizes, cohort 1 first, and how many of them come from the published figures. */
  record Cohorts(List<Integer> sizes, int published, AcademicYear lastYear) {}

  /** A cohorts file that cannot be used; the message names the line and the value. */
  static final class BadCohorts extends Exception {
    private static final long serialVersionUID = 1L;

    BadCohorts(String message) {
      super(message, null, false, false);
    }
  }

  private CohortsFile() {}

  /** Reads a cohorts file; the stream is not closed. */
  static Cohorts read(InputStream in) throws IOException, BadCohorts {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new BadCohorts("the file is over " + MAX_BYTES + " bytes; a cohorts file is small");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadCohorts("the text is not UTF-8; save the file as UTF-8 and run again");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<Integer> sizes = new ArrayList<>(publishedSizes());
    AcademicYear first = AcademicYear.of(2015);
    int published = -1;
    AcademicYear last = first;
    try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
      Map<String, Integer> header = csv.getHeaderMap();
      if (header == null || header.isEmpty()) {
        throw new BadCohorts(
            "the file is empty; expected the header " + YEAR + "," + SPECIALISTS
                + " and a row a year");
      }
      if (!header.keySet().equals(java.util.Set.of(YEAR, SPECIALISTS))) {
        throw new BadCohorts(
            "line 1: the header must be "
                + YEAR
                + ","
                + SPECIALISTS
                + "; found "
                + String.join(",", csv.getHeaderNames()));
      }
      AcademicYear expected = null;
      for (CSVRecord row : csv) {
        long line = row.getParser().getCurrentLineNumber();
        if (!row.isConsistent()) {
          throw new BadCohorts(
              "line " + line + ": " + row.size() + " fields; expected 2 (" + YEAR + ","
                  + SPECIALISTS + ")");
        }
        String yearText = row.get(YEAR);
        AcademicYear year;
        try {
          year = AcademicYear.parse(yearText);
        } catch (IllegalArgumentException e) {
          throw new BadCohorts(
              "line " + line + ": " + YEAR + ": not an academic year such as 2019/20: \""
                  + yearText + "\"");
        }
        if (expected == null) {
          int after = first.startYear() + PublishedReach.PRIMARY_TO_2018_19.size();
          if (year.startYear() < first.startYear() || year.startYear() > after) {
            throw new BadCohorts(
                String.format(
                    Locale.UK,
                    "line %d: %s: the first year must be from %s (cohort 1 trains) to %s (the"
                        + " year after the published figures): \"%s\"",
                    line,
                    YEAR,
                    first,
                    AcademicYear.of(after),
                    yearText));
          }
          published = year.startYear() - first.startYear();
          sizes = new ArrayList<>(sizes.subList(0, published));
        } else if (!year.equals(expected)) {
          throw new BadCohorts(
              "line " + line + ": " + YEAR + ": expected " + expected + ", the year after the"
                  + " row before: \"" + yearText + "\"");
        }
        String count = row.get(SPECIALISTS);
        int size;
        try {
          size = Integer.parseInt(count);
        } catch (NumberFormatException e) {
          size = -1;
        }
        if (size < 0 || size > MAX_SPECIALISTS) {
          throw new BadCohorts(
              "line " + line + ": " + SPECIALISTS + ": not a whole number from 0 to "
                  + MAX_SPECIALISTS + ": \"" + count + "\"");
        }
        if (sizes.size() >= Cohort.MAX_NUMBER) {
          throw new BadCohorts(
              "line " + line + ": more than " + Cohort.MAX_NUMBER + " cohorts in all");
        }
        sizes.add(size);
        last = year;
        expected = year.next();
      }
      if (expected == null) {
        throw new BadCohorts("no rows after the header; expected a row a year");
      }
    } catch (java.io.UncheckedIOException e) {
      throw new BadCohorts("not a CSV file: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new BadCohorts("not a CSV file: " + e.getMessage());
    }
    return new Cohorts(List.copyOf(sizes), published, last);
  }

  private static List<Integer> publishedSizes() {
    return ReachReport.publishedCohorts();
  }
}
