package io.mastery.io.gias;

import io.mastery.model.school.SchoolLink;
import io.mastery.model.school.SchoolLinks;
import io.mastery.model.school.Urn;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DfE's GIAS links extract ({@code links_edubasealldata*.csv}) into {@link SchoolLinks}:
 * for each URN, the URNs that came before or after it (academy conversions, mergers,
 * amalgamations, splits).
 *
 * <p>The columns are those of the DfE's file, matched by header name ignoring case and surrounding
 * spaces, in any order: {@code URN}, {@code LinkURN} and {@code LinkType} are required; {@code
 * LinkEstablishedDate} ({@code dd-MM-yyyy}, often empty) is read when present; {@code LinkName} and
 * any other column are ignored. The link types of the 22 April 2025 extract are kept as written:
 * "Successor", "Predecessor", "Predecessor - merged", "Successor - merged", "Predecessor -
 * amalgamated", "Successor - amalgamated", "Result of Amalgamation", "Predecessor - Split School",
 * "Successor - Split School", "Sixth Form Centre School", "Sixth Form Centre Link", "Merged - ...",
 * "Expansion", "Closure" and "Other"; {@link SchoolLink.Kind} reads which of them have a direction.
 *
 * <p>As {@link GiasRegisterReader} does, it detects UTF-8 or Latin-1, streams the file row by row,
 * and bounds what hostile input can make it hold: a field of more than {@value
 * GiasRegisterReader#MAX_FIELD_LENGTH} characters or a record of more than {@value
 * GiasRegisterReader#MAX_RECORD_LENGTH} is a {@link GiasFormatException}; at most {@value
 * GiasRegisterReader#MAX_PROBLEMS_KEPT} problems are kept; {@link #read(Path)} reads only a
 * regular file. A row whose URN, linked URN or type cannot be used (not six digits, empty, a URN
 * linked to itself) is left out and reported with its line, column and value; a bad date leaves
 * only the date out. A {@linkplain #strict() strict} reader throws for the first problem instead.
 *
 * <pre>{@code
 * GiasLinksImport links = GiasLinksReader.standard().read(Path.of("links_edubasealldata.csv"));
 * links.problems().forEach(p -> log.warn("GIAS links {}", p));
 * SchoolRegister register = gias.register().withLinks(links.links());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasLinksReader {

  /** The school's URN column. */
  public static final String URN = "URN";

  /** The linked URN column. */
  public static final String LINK_URN = "LinkURN";

  /** The link type column. */
  public static final String LINK_TYPE = "LinkType";

  /** The date the link was established, {@code dd-MM-yyyy}; optional. */
  public static final String LINK_ESTABLISHED_DATE = "LinkEstablishedDate";

  private static final List<String> REQUIRED = List.of(URN, LINK_URN, LINK_TYPE);

  private static final GiasLinksReader STANDARD = new GiasLinksReader(false);

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private final boolean strict;

  private GiasLinksReader(boolean strict) {
    this.strict = strict;
  }

  /**
   * Returns the standard reader: it detects UTF-8 or Latin-1 and reports unusable rows as problems.
   *
   * @return the reader, not null
   */
  public static GiasLinksReader standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this reader that throws for the first row it cannot use.
   *
   * @return the strict reader, not null
   */
  public GiasLinksReader strict() {
    return new GiasLinksReader(true);
  }

  /**
   * Returns a copy of this reader that reports rows it cannot use and reads on.
   *
   * @return the lenient reader, not null
   */
  public GiasLinksReader lenient() {
    return new GiasLinksReader(false);
  }

  /**
   * Checks whether this reader throws for a row it cannot use.
   *
   * @return true if strict
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a links extract from a file.
   *
   * @param file the CSV file, not null
   * @return the links and the rows that could not be used, not null
   * @throws IOException if the file cannot be read or is not a regular file
   * @throws GiasFormatException if the file has no header, lacks a required column, is not in its
   *     charset, or (when strict) has a row that cannot be used
   */
  public GiasLinksImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file; only a regular file is read");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a links extract from a stream of bytes, which is read to its end but not closed.
   *
   * @param in the bytes, not null
   * @return the links and the rows that could not be used, not null
   * @throws IOException if the stream cannot be read
   * @throws GiasFormatException if the text has no header, lacks a required column, is not in its
   *     charset, or (when strict) has a row that cannot be used
   */
  public GiasLinksImport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read((Reader) DecodingReader.detecting(in));
  }

  /**
   * Reads a links extract from text already decoded; the reader is read to its end but not closed.
   *
   * @param reader the text, not null
   * @return the links and the rows that could not be used, not null
   * @throws IOException if the text cannot be read
   * @throws GiasFormatException if the text has no header, lacks a required column, or (when
   *     strict) has a row that cannot be used
   */
  public GiasLinksImport read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return new Rows(strict).parse(reader);
  }

  @Override
  public String toString() {
    return "GiasLinksReader{" + (strict ? "strict" : "lenient") + "}";
  }

  /** One read of a file: the header's columns, the links so far and the problems so far. */
  private static final class Rows {

    private final boolean strict;
    private final List<SchoolLink> links = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int headerSize;
    private long rowsRead;
    private long rowsSkipped;
    private long problemsNotKept;

    Rows(boolean strict) {
      this.strict = strict;
    }

    GiasLinksImport parse(Reader text) throws IOException {
      Reader reader =
          new RecordLimits(
              text, GiasRegisterReader.MAX_FIELD_LENGTH, GiasRegisterReader.MAX_RECORD_LENGTH);
      CSVParser parser = FORMAT.parse(reader);
      Iterator<CSVRecord> records = parser.iterator();
      try {
        if (!records.hasNext()) {
          throw new GiasFormatException(
              0, null, "the GIAS links file is empty: it has no header row");
        }
        readHeader(records.next(), parser.getCurrentLineNumber());
        long previousEnd = parser.getCurrentLineNumber();
        while (records.hasNext()) {
          CSVRecord record = records.next();
          long end = parser.getCurrentLineNumber();
          long start = end - previousEnd == 1 ? end : previousEnd + 1;
          previousEnd = end;
          rowsRead++;
          readRow(record, start);
        }
      } catch (UncheckedIOException e) {
        IOException cause = e.getCause();
        if (cause instanceof CSVException) {
          long line = parser.getCurrentLineNumber();
          throw new GiasFormatException(
              line, null, "line " + line + ": not valid CSV: " + cause.getMessage());
        }
        throw cause;
      }
      return GiasLinksImport.of(
          SchoolLinks.of(links), problems, problemsNotKept, rowsRead, rowsSkipped);
    }

    private void readHeader(CSVRecord header, long line) {
      headerSize = header.size();
      for (int i = 0; i < header.size(); i++) {
        String name = normalise(header.get(i).replace("\uFEFF", ""));
        Integer previous = index.put(name, i);
        if (previous != null && isRead(name)) {
          throw new GiasFormatException(
              line,
              header.get(i),
              "line "
                  + line
                  + ": the header names column \""
                  + header.get(i).trim()
                  + "\" twice, as columns "
                  + (previous + 1)
                  + " and "
                  + (i + 1));
        }
      }
      List<String> missing =
          REQUIRED.stream()
              .filter(c -> !index.containsKey(normalise(c)))
              .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < Math.min(header.size(), 10); i++) {
          String name = header.get(i);
          found.add("\"" + (name.length() > 60 ? name.substring(0, 60) + "..." : name) + "\"");
        }
        throw new GiasFormatException(
            line,
            missing.get(0),
            "the GIAS links file has no column "
                + missing.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "))
                + "; a links file (links_edubasealldata*.csv) needs the columns "
                + String.join(", ", REQUIRED)
                + "; the header found has "
                + header.size()
                + (header.size() == 1 ? " column: " : " columns: ")
                + String.join(", ", found)
                + (header.size() > 10 ? " and " + (header.size() - 10) + " more" : ""));
      }
    }

    private static boolean isRead(String name) {
      return name.equals(normalise(URN))
          || name.equals(normalise(LINK_URN))
          || name.equals(normalise(LINK_TYPE))
          || name.equals(normalise(LINK_ESTABLISHED_DATE));
    }

    private static String normalise(String name) {
      return name.trim().toLowerCase(Locale.ROOT);
    }

    private String text(CSVRecord record, String column) {
      Integer i = index.get(normalise(column));
      return i == null ? "" : record.get(i).trim();
    }

    private void readRow(CSVRecord record, long line) {
      if (record.size() != headerSize) {
        report(
            RowProblem.of(
                line,
                "",
                "",
                "the row has " + record.size() + " fields but the header has " + headerSize));
        rowsSkipped++;
        return;
      }
      List<RowProblem> found = new ArrayList<>();
      Urn school = urn(record, URN, line, found);
      Urn linked = urn(record, LINK_URN, line, found);
      String type = text(record, LINK_TYPE);
      if (type.isEmpty()) {
        found.add(RowProblem.of(line, LINK_TYPE, type, LINK_TYPE + " is empty; a link needs it"));
      }
      Optional<LocalDate> established = Optional.empty();
      String date = text(record, LINK_ESTABLISHED_DATE);
      if (!date.isEmpty()) {
        try {
          established = Optional.of(GiasRegisterReader.date(date));
        } catch (IllegalArgumentException e) {
          found.add(
              RowProblem.ofField(line, LINK_ESTABLISHED_DATE, date, String.valueOf(e.getMessage())));
        }
      }
      if (school != null && linked != null && school.equals(linked)) {
        found.add(
            RowProblem.of(
                line,
                LINK_URN,
                linked.toString(),
                "URN " + school + " is linked to itself; a link joins two URNs"));
      }
      boolean skipped = found.stream().anyMatch(RowProblem::rowSkipped);
      found.forEach(p -> report(skipped && !p.rowSkipped() ? asSkipped(p) : p));
      if (skipped || school == null || linked == null) {
        rowsSkipped++;
        return;
      }
      links.add(SchoolLink.of(school, linked, type, established));
    }

    private @Nullable Urn urn(CSVRecord record, String column, long line, List<RowProblem> found) {
      String value = text(record, column);
      if (value.isEmpty()) {
        found.add(RowProblem.of(line, column, value, column + " is empty; a link needs it"));
        return null;
      }
      try {
        return Urn.parse(value);
      } catch (IllegalArgumentException e) {
        found.add(RowProblem.of(line, column, value, String.valueOf(e.getMessage())));
        return null;
      }
    }

    private static RowProblem asSkipped(RowProblem problem) {
      return RowProblem.of(problem.line(), problem.column(), problem.value(), problem.message());
    }

    private void report(RowProblem problem) {
      if (strict) {
        throw new GiasFormatException(problem);
      }
      if (problems.size() < GiasRegisterReader.MAX_PROBLEMS_KEPT) {
        problems.add(problem);
      } else {
        problemsNotKept++;
      }
    }
  }
}
