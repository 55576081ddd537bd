package io.mastery.io.gias;

import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Ukprn;
import io.mastery.model.school.Urn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the DfE's GIAS establishment extract ("Get Information About Schools", {@code
 * edubasealldata*.csv} or a selected-fields download) into a {@link SchoolRegister}.
 *
 * <p>What it accepts:
 *
 * <ul>
 *   <li>The DfE's header names (see {@link GiasColumn}), in any order, matched ignoring case and
 *       surrounding spaces; a full extract or a download of selected fields, as long as the
 *       {@linkplain GiasColumn#required() required columns} are there. Other columns are ignored.
 *   <li>The 2018 and the 2025 extracts alike: the group names of either era, an empty or filled
 *       {@code Country (name)}, columns since added or dropped. Type codes may be zero-padded
 *       ({@code 02}). The dates {@code OpenDate} and {@code CloseDate} are read in the DfE's form
 *       {@code dd-MM-yyyy} ({@code 31-08-2019}) when the file has them, so that closure is judged
 *       by date; no other date column is read.
 *   <li>Latin-1, as the DfE publishes, or UTF-8, with or without a byte order mark. By default the
 *       charset is detected while streaming: text is ASCII until the first byte that is not; if a
 *       well-formed UTF-8 sequence starts there the file is read as UTF-8, strictly, otherwise as
 *       Latin-1. {@link #withCharset(Charset)} names the charset instead.
 * </ul>
 *
 * <p>The file is streamed row by row through a {@link Reader}; its text is never held in memory, so
 * a full extract of about 50,000 rows and 61 MB loads in seconds. What hostile input can make it
 * hold is bounded: a field of more than {@value #MAX_FIELD_LENGTH} characters or a record of more
 * than {@value #MAX_RECORD_LENGTH} (a file without line breaks such as {@code /dev/zero}, a quote
 * never closed) is a {@link GiasFormatException} after that many characters; at most {@value
 * #MAX_PROBLEMS_KEPT} problems are kept, the rest only counted ({@link
 * GiasImport#problemsNotKept()}); {@link #read(Path)} reads only a regular file.
 *
 * <p>A row whose required field cannot be used (a bad URN, an unknown type code, an empty required
 * field, a URN listed twice...) is never dropped silently: by default it is left out of the register
 * and reported in {@link GiasImport#problems()} with its line, column, value and reason. A fault in
 * an optional field (an easting off the grid, a UKPRN of three digits, ages 11 to 3, a group code
 * that is not the type's) is reported the same way for that row, but only the field is left empty:
 * the school stays in the register with its required fields ({@link RowProblem#rowSkipped()} is
 * false). A {@linkplain #strict() strict} reader throws {@link GiasFormatException} for the first
 * problem of either kind instead. A file without a header or without a required column always
 * throws.
 *
 * <p>A name that starts with a quote mark followed by {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab, a carriage return or a second quote mark is read without that first quote mark: it is how
 * {@link GiasRegisterWriter} keeps spreadsheets from reading such a name as a formula.
 *
 * <p>For example:
 *
 * <pre>{@code
 * GiasImport gias = GiasRegisterReader.standard().read(Path.of("edubasealldata20250422.csv"));
 * gias.problems().forEach(p -> log.warn("GIAS {}", p));   // the rows it could not use
 * SchoolRegister register = gias.register();
 * Optional<School> school = register.find(Urn.of(100010));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GiasRegisterReader {

  /** The longest field read, in characters: far above any field of the DfE's extracts. */
  public static final int MAX_FIELD_LENGTH = 10_000;

  /** The longest record read, in characters, line breaks within quoted fields included. */
  public static final int MAX_RECORD_LENGTH = 1_000_000;

  /** How many problems an import keeps; further problems are counted, not kept. */
  public static final int MAX_PROBLEMS_KEPT = 1_000;

  /** How many of the header's names a missing column's message quotes. */
  private static final int HEADERS_SHOWN = 20;

  private static final GiasRegisterReader STANDARD = new GiasRegisterReader(null, false);

  /** The DfE's form of a date, such as {@code 31-08-2019}; only real calendar dates. */
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /**
   * Jackson's streaming CSV parser, as RFC 4180 reads: comma, double quote, no escape character,
   * spaces kept; each record an array of texts.
   */
  private static final CsvFactory CSV =
      CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  private final @Nullable Charset charset;
  private final boolean strict;

  private GiasRegisterReader(@Nullable Charset charset, boolean strict) {
    this.charset = charset;
    this.strict = strict;
  }

  /**
   * Returns the standard reader: it detects UTF-8 or Latin-1 and reports unusable rows as problems.
   *
   * @return the standard reader, not null
   */
  public static GiasRegisterReader standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of this reader that decodes in the given charset, strictly, without detection.
   *
   * @param charset the charset of the files to read, not null
   * @return the reader, not null
   */
  public GiasRegisterReader withCharset(Charset charset) {
    return new GiasRegisterReader(Objects.requireNonNull(charset, "charset"), strict);
  }

  /**
   * Returns a copy of this reader that detects UTF-8 or Latin-1, as the standard reader does.
   *
   * @return the reader, not null
   */
  public GiasRegisterReader withCharsetDetection() {
    return new GiasRegisterReader(null, strict);
  }

  /**
   * Returns a copy of this reader that throws for the first row it cannot use.
   *
   * @return the strict reader, not null
   */
  public GiasRegisterReader strict() {
    return new GiasRegisterReader(charset, true);
  }

  /**
   * Returns a copy of this reader that reports rows it cannot use and reads on, as the standard
   * reader does.
   *
   * @return the lenient reader, not null
   */
  public GiasRegisterReader lenient() {
    return new GiasRegisterReader(charset, false);
  }

  /**
   * Returns the charset given.
   *
   * @return the charset, or empty if this reader detects it
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
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
   * Reads an extract from a file.
   *
   * @param file the CSV file, not null
   * @return the register and the rows that could not be used, not null
   * @throws IOException if the file cannot be read, or is not a regular file (a directory, a device
   *     such as {@code /dev/zero}, a named pipe), which is refused at once without being opened
   * @throws GiasFormatException if the file has no header, lacks a required column, is not in its
   *     charset, or (when strict) has a row that cannot be used
   */
  public GiasImport read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file; only a regular file is read");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads an extract from a stream of bytes, which is read to its end but not closed.
   *
   * @param in the bytes, not null
   * @return the register and the rows that could not be used, not null
   * @throws IOException if the stream cannot be read
   * @throws GiasFormatException if the text has no header, lacks a required column, is not in its
   *     charset, or (when strict) has a row that cannot be used
   */
  public GiasImport read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    DecodingReader reader =
        charset == null ? DecodingReader.detecting(in) : DecodingReader.decoding(in, charset);
    Rows rows = new Rows(strict);
    rows.parse(reader);
    String warning = charset == null ? reader.charsetWarning() : null;
    return rows.finish(reader.charset(), warning);
  }

  /**
   * Reads an extract from text already decoded; the reader is read to its end but not closed.
   *
   * @param reader the text, not null
   * @return the register and the rows that could not be used, with the charset UTF-16, that of
   *     Java's text, not null
   * @throws IOException if the text cannot be read
   * @throws GiasFormatException if the text has no header, lacks a required column, or (when
   *     strict) has a row that cannot be used
   */
  public GiasImport read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Rows rows = new Rows(strict);
    rows.parse(reader);
    return rows.finish(StandardCharsets.UTF_16, null);
  }

  @Override
  public String toString() {
    return "GiasRegisterReader{"
        + (charset == null ? "detecting UTF-8 or Latin-1" : charset.name())
        + (strict ? ", strict" : ", lenient")
        + "}";
  }

  /** One read of a file: the header's columns, the schools so far and the problems so far. */
  private static final class Rows {

    private final boolean strict;
    private final Map<Urn, School> schools = new LinkedHashMap<>();
    private final Map<Urn, Long> lineOfUrn = new HashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<GiasColumn, Integer> index = new EnumMap<>(GiasColumn.class);
    private int headerSize;
    private long rowsRead;
    private long rowsSkipped;
    private long problemsNotKept;

    Rows(boolean strict) {
      this.strict = strict;
    }

    void parse(Reader text) throws IOException {
      PushbackReader head = new PushbackReader(text, 1);
      int first = head.read();
      if (first == '\uFEFF') {
        // a byte order mark, before a quoted header as before a plain one
        first = head.read();
      }
      if (first == '{' || first == '[') {
        throw new GiasFormatException(
            1,
            null,
            "line 1: this looks like JSON, not a GIAS CSV file: a register is the DfE's"
                + " establishment CSV (edubasealldata*.csv), whose first line names columns such as"
                + " URN");
      }
      if (first >= 0) {
        head.unread(first);
      }
      Reader reader = new RecordLimits(head, MAX_FIELD_LENGTH, MAX_RECORD_LENGTH);
      Records records = new Records(CSV.createParser(reader));
      try {
        List<String> header = records.next();
        if (header == null) {
          throw new GiasFormatException(0, null, "the GIAS file is empty: it has no header row");
        }
        readHeader(header, records.line());
        List<String> record;
        while ((record = records.next()) != null) {
          rowsRead++;
          readRow(record, records.line());
        }
      } catch (JsonProcessingException e) {
        long line = records.line();
        throw new GiasFormatException(
            line, null, "line " + line + ": not valid CSV: " + e.getOriginalMessage());
      } finally {
        records.close();
      }
    }

    GiasImport finish(Charset decodedWith, @Nullable String charsetWarning) {
      return GiasImport.of(
          SchoolRegister.of(schools.values()),
          problems,
          problemsNotKept,
          rowsRead,
          rowsSkipped,
          decodedWith,
          charsetWarning == null ? List.of() : List.of(charsetWarning));
    }

    private void readHeader(List<String> header, long line) {
      headerSize = header.size();
      Map<String, GiasColumn> byName = new HashMap<>();
      for (GiasColumn column : GiasColumn.values()) {
        byName.put(normalise(column.header()), column);
      }
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        GiasColumn column = byName.get(normalise(name));
        if (column != null) {
          Integer previous = index.put(column, i);
          if (previous != null) {
            throw new GiasFormatException(
                line,
                column.header(),
                "line "
                    + line
                    + ": the header names column \""
                    + column.header()
                    + "\" twice, as columns "
                    + (previous + 1)
                    + " and "
                    + (i + 1));
          }
        }
      }
      List<GiasColumn> missing =
          GiasColumn.required().stream()
              .filter(c -> !index.containsKey(c))
              .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        throw new GiasFormatException(
            line,
            missing.get(0).header(),
            "the GIAS file has no column "
                + missing.stream()
                    .map(c -> "\"" + c.header() + "\"")
                    .collect(Collectors.joining(", "))
                + "; a register needs the columns "
                + GiasColumn.required().stream()
                    .map(GiasColumn::header)
                    .collect(Collectors.joining(", "))
                + "; "
                + found(header));
      }
    }

    /** Names the columns the header has, the first {@value #HEADERS_SHOWN}, each cut short. */
    private static String found(List<String> header) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < Math.min(header.size(), HEADERS_SHOWN); i++) {
        String name = header.get(i);
        names.add("\"" + (name.length() > 60 ? name.substring(0, 60) + "..." : name) + "\"");
      }
      return "the header found has "
          + header.size()
          + (header.size() == 1 ? " column: " : " columns: ")
          + String.join(", ", names)
          + (header.size() > HEADERS_SHOWN
              ? " and " + (header.size() - HEADERS_SHOWN) + " more"
              : "");
    }

    private static String normalise(String name) {
      return name.trim().toLowerCase(Locale.ROOT);
    }

    private void readRow(List<String> record, long line) {
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
      Row row = new Row(record, line);
      School school = row.school();
      if (school == null) {
        row.problems.forEach(p -> report(skipped(p)));
        rowsSkipped++;
        return;
      }
      Long first = lineOfUrn.putIfAbsent(school.urn(), line);
      if (first != null) {
        row.problems.forEach(p -> report(skipped(p)));
        report(
            RowProblem.of(
                line,
                GiasColumn.URN.header(),
                school.urn().toString(),
                "URN " + school.urn() + " is already listed on line " + first));
        rowsSkipped++;
        return;
      }
      row.problems.forEach(this::report);
      schools.put(school.urn(), school);
    }

    private RowProblem skipped(RowProblem problem) {
      return problem.rowSkipped()
          ? problem
          : RowProblem.of(problem.line(), problem.column(), problem.value(), problem.message());
    }

    private void report(RowProblem problem) {
      if (strict) {
        throw new GiasFormatException(problem);
      }
      if (problems.size() < MAX_PROBLEMS_KEPT) {
        problems.add(problem);
      } else {
        problemsNotKept++;
      }
    }

    /** One data row being read: its values by column, and the faults found in them. */
    private final class Row {

      private final List<String> record;
      private final long line;
      private final List<RowProblem> problems = new ArrayList<>();
      private boolean requiredFault;

      Row(List<String> record, long line) {
        this.record = record;
        this.line = line;
      }

      /** Returns the school, or null if the row has a fault, which is then in the problems. */
      @Nullable School school() {
        Urn urn = required(GiasColumn.URN, Urn::parse);
        LocalAuthorityCode la = required(GiasColumn.LA_CODE, LocalAuthorityCode::of);
        String name =
            required(GiasColumn.ESTABLISHMENT_NAME, text -> GiasRegisterReader.name(unquoted(text)));
        EstablishmentType type =
            required(GiasColumn.TYPE_CODE, text -> EstablishmentType.ofCode(code(text)));
        if (type != null) {
          checkGroup(type);
        }
        EstablishmentStatus status =
            required(GiasColumn.STATUS_CODE, text -> EstablishmentStatus.ofCode(code(text)));
        PhaseOfEducation phase =
            required(GiasColumn.PHASE_CODE, text -> PhaseOfEducation.ofCode(code(text)));
        Optional<AgeRange> ages = ageRange();
        Optional<GridReference> location = location();
        Optional<Ukprn> ukprn = optional(GiasColumn.UKPRN, Ukprn::of);
        Optional<LocalDate> opened = optional(GiasColumn.OPEN_DATE, GiasRegisterReader::date);
        Optional<LocalDate> closed = optional(GiasColumn.CLOSE_DATE, GiasRegisterReader::date);
        if (requiredFault
            || urn == null
            || la == null
            || name == null
            || type == null
            || status == null
            || phase == null) {
          return null;
        }
        return School.builder()
            .urn(urn)
            .name(name)
            .type(type)
            .phaseOfEducation(phase)
            .status(status)
            .localAuthority(la)
            .localAuthorityName(unquoted(text(GiasColumn.LA_NAME)))
            .region(Optional.of(unquoted(text(GiasColumn.GOR_NAME))).filter(s -> !s.isEmpty()))
            .statutoryAgeRange(ages)
            .location(location)
            .ukprn(ukprn)
            .openDate(opened)
            .closeDate(closed)
            .build();
      }

      private String text(GiasColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : record.get(i).trim();
      }

      private <T> @Nullable T required(GiasColumn column, Converter<T> converter) {
        String text = text(column);
        if (text.isEmpty()) {
          fault(column, text, column.header() + " is empty; a register needs it");
          return null;
        }
        return convert(column, text, converter);
      }

      private <T> Optional<T> optional(GiasColumn column, Converter<T> converter) {
        String text = text(column);
        return text.isEmpty()
            ? Optional.empty()
            : Optional.ofNullable(convert(column, text, converter));
      }

      private <T> @Nullable T convert(GiasColumn column, String text, Converter<T> converter) {
        try {
          return converter.convert(text);
        } catch (IllegalArgumentException e) {
          fault(column, text, String.valueOf(e.getMessage()));
          return null;
        }
      }

      private void checkGroup(EstablishmentType type) {
        String text = text(GiasColumn.GROUP_CODE);
        if (text.isEmpty()) {
          return;
        }
        Integer group = convert(GiasColumn.GROUP_CODE, text, GiasRegisterReader::code);
        if (group != null && group != type.group().code()) {
          fault(
              GiasColumn.GROUP_CODE,
              text,
              "establishment type group "
                  + group
                  + " is not the group of type "
                  + type.code()
                  + " ("
                  + type.registerName()
                  + "), which is "
                  + type.group().code()
                  + " ("
                  + type.group().registerName()
                  + ")");
        }
      }

      private Optional<AgeRange> ageRange() {
        Optional<Integer> low =
            pairedNumber(
                GiasColumn.STATUTORY_LOW_AGE, GiasColumn.STATUTORY_HIGH_AGE, "an age range");
        Optional<Integer> high =
            pairedNumber(
                GiasColumn.STATUTORY_HIGH_AGE, GiasColumn.STATUTORY_LOW_AGE, "an age range");
        if (low.isEmpty() || high.isEmpty()) {
          return Optional.empty();
        }
        return Optional.ofNullable(
            convert(
                GiasColumn.STATUTORY_HIGH_AGE,
                text(GiasColumn.STATUTORY_HIGH_AGE),
                text -> AgeRange.of(low.get(), high.get())));
      }

      private Optional<GridReference> location() {
        Optional<Integer> easting =
            pairedNumber(GiasColumn.EASTING, GiasColumn.NORTHING, "a grid reference");
        Optional<Integer> northing =
            pairedNumber(GiasColumn.NORTHING, GiasColumn.EASTING, "a grid reference");
        boolean onGrid = true;
        if (easting.isPresent() && easting.get() > GridReference.MAX_EASTING) {
          fault(
              GiasColumn.EASTING,
              text(GiasColumn.EASTING),
              "easting is off the British National Grid (0 to "
                  + GridReference.MAX_EASTING
                  + " metres): "
                  + easting.get());
          onGrid = false;
        }
        if (northing.isPresent() && northing.get() > GridReference.MAX_NORTHING) {
          fault(
              GiasColumn.NORTHING,
              text(GiasColumn.NORTHING),
              "northing is off the British National Grid (0 to "
                  + GridReference.MAX_NORTHING
                  + " metres): "
                  + northing.get());
          onGrid = false;
        }
        if (!onGrid || easting.isEmpty() || northing.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(GridReference.of(easting.get(), northing.get()));
      }

      /**
       * Reads a whole number that is given together with another column or not at all; reports a
       * fault if only one of the two is given.
       */
      private Optional<Integer> pairedNumber(GiasColumn column, GiasColumn other, String what) {
        String text = text(column);
        String otherText = text(other);
        if (text.isEmpty()) {
          if (!otherText.isEmpty()) {
            fault(
                column,
                text,
                column.header()
                    + " is empty but "
                    + other.header()
                    + " is "
                    + otherText
                    + "; "
                    + what
                    + " needs both or neither");
          }
          return Optional.empty();
        }
        return Optional.ofNullable(convert(column, text, GiasRegisterReader::number));
      }

      /**
       * Records a fault: a fault of a required field skips the row; one of an optional field only
       * leaves the field empty.
       */
      private void fault(GiasColumn column, String value, String message) {
        if (column.isRequired()) {
          requiredFault = true;
          problems.add(RowProblem.of(line, column.header(), value, message));
        } else {
          problems.add(RowProblem.ofField(line, column.header(), value, message));
        }
      }
    }
  }

  /**
   * The records of a CSV text as Jackson's streaming parser gives them, each with the line it
   * starts on. An empty line is no record (a line of one empty field, {@code ""}, is taken as
   * one). The list a record is given in is reused for the next.
   */
  private static final class Records {

    private final CsvParser parser;
    private final List<String> fields = new ArrayList<>();
    private long line = 1;
    private boolean started;

    Records(CsvParser parser) {
      this.parser = parser;
    }

    /** Returns the next record's fields, or null at the end of the text. */
    @Nullable List<String> next() throws IOException {
      while (true) {
        JsonToken token = parser.nextToken();
        if (!started) {
          // the array that holds every record
          started = true;
          if (token != JsonToken.START_ARRAY) {
            return null;
          }
          token = parser.nextToken();
        }
        if (token == null || token == JsonToken.END_ARRAY) {
          return null;
        }
        if (token != JsonToken.START_ARRAY) {
          throw new IllegalStateException("a CSV record starts with " + token);
        }
        long before = parser.currentTokenLocation().getLineNr();
        line = before < 1 ? 1 : before + 1;
        fields.clear();
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          fields.add(parser.getText());
        }
        if (token != JsonToken.END_ARRAY) {
          throw new IllegalStateException("a CSV record holds " + token);
        }
        if (fields.size() == 1 && fields.get(0).isEmpty()) {
          continue;
        }
        return fields;
      }
    }

    /** Returns the line the record last given starts on, 1 for the first. */
    long line() {
      return line;
    }

    void close() throws IOException {
      parser.close();
    }
  }

  /** Converts a field's text, throwing IllegalArgumentException with a message naming it. */
  @FunctionalInterface
  private interface Converter<T> {
    T convert(String text);
  }

  /**
   * Reads a school's name, which trimming leaves empty only for spaces up to U+0020: a name of other
   * white space alone, such as U+2003 or U+3000, is blank too.
   */
  private static String name(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("school name must not be blank: \"" + text + "\"");
    }
    return text;
  }

  /**
   * Removes the quote mark {@link GiasRegisterWriter} puts before a name that a spreadsheet would
   * read as a formula.
   */
  static String unquoted(String text) {
    return GiasRegisterWriter.isQuoted(text) ? text.substring(1) : text;
  }

  /** Reads a register code, possibly zero-padded, such as {@code 02}. */
  private static int code(String text) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("code must be a number: \"" + text + "\"");
    }
    return Integer.parseInt(text);
  }

  /** Reads a date in the DfE's form {@code dd-MM-yyyy}, such as {@code 31-08-2019}. */
  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "must be a date in the register's form dd-MM-yyyy, such as 31-08-2019: \"" + text + "\"",
          e);
    }
  }

  /** Reads a whole number of at most nine digits. */
  private static int number(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("must be a whole number: \"" + text + "\"");
    }
    return Integer.parseInt(text);
  }
}
