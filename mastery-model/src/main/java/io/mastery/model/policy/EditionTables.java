package io.mastery.model.policy;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The edition tables: CSV files, one row per edition, per stream and phase, per stream's specialist
 * programme, per approved textbook scheme and year, per edition's textbook match funding, and per
 * stream and phase whose Work Groups take a specialist's own school without the phase's
 * prerequisite (the columns are described in {@code docs/editions.md}). Read with Commons CSV; a row that cannot be
 * used stops the whole read with the file, line, column and value.
 */
final class EditionTables {

  /** The most characters one table file may hold. */
  static final int MAX_CHARS = 4 * 1024 * 1024;

  private static final String SOURCE = "source";
  private static final String ASSUMPTION = "assumption";
  private static final String EDITION = "edition";

  /** The tables, each a file of its own. */
  enum Table {
    EDITIONS("editions.csv", List.of(EDITION), List.of("in_force_from")),
    PHASES(
        "phases.csv",
        List.of(EDITION, "stream", "phase"),
        List.of(
            "name",
            "offered_from",
            "schools_min",
            "schools_max",
            "teachers_min",
            "teachers_max",
            "length_years",
            "meetings_per_year",
            "visits_per_school",
            "groups_per_lead",
            "readiness_lead_may_lead",
            "release_grant")),
    SPECIALISTS(
        "specialists.csv",
        List.of(EDITION, "stream"),
        List.of(
            "cohort_one_trains",
            "programme_years",
            "leads_work_groups",
            "first_leading_year",
            "last_cohort_required_to_lead")),
    TEXTBOOKS("textbooks.csv", List.of(EDITION, "year", "scheme"), List.of()),
    TEXTBOOK_FUNDING(
        "textbook-funding.csv",
        List.of(EDITION),
        List.of(
            "cap_per_school",
            "share",
            "first_year",
            "last_year",
            "streams",
            "phases",
            "specialist_cohorts")),
    SPECIALIST_SCHOOLS(
        "specialist-schools.csv", List.of(EDITION, "stream", "phase"), List.of("without_prerequisite")),
    DELIVERY(
        "delivery.csv",
        List.of(EDITION, "stream", "phase"),
        List.of("meetings_for_completion", "grant_condition", "charge_per_missed_meeting"));

    final String fileName;
    final List<String> key;
    final List<String> columns;

    Table(String fileName, List<String> key, List<String> figures) {
      this.fileName = fileName;
      this.key = key;
      this.columns =
          ImmutableList.<String>builder()
              .addAll(key)
              .addAll(figures)
              .add(SOURCE, ASSUMPTION)
              .build();
    }

    static Optional<Table> named(String fileName) {
      for (Table table : values()) {
        if (table.fileName.equals(fileName)) {
          return Optional.of(table);
        }
      }
      return Optional.empty();
    }
  }

  /** One row of a table, with where it was read. */
  record Row(String file, long line, Map<String, String> values) {

    String get(String column) {
      return values.getOrDefault(column, "");
    }

    EditionFormatException error(String column, String problem) {
      return new EditionFormatException(file, line, column, get(column), problem);
    }
  }

  private final Map<Table, Map<List<String>, Row>> rows;

  private EditionTables(Map<Table, Map<List<String>, Row>> rows) {
    this.rows = rows;
  }

  private static Map<List<String>, Row> of(Map<Table, Map<List<String>, Row>> rows, Table table) {
    return java.util.Objects.requireNonNull(rows.get(table), table.fileName);
  }

  private static Map<Table, Map<List<String>, Row>> emptyRows() {
    Map<Table, Map<List<String>, Row>> rows = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      rows.put(table, new LinkedHashMap<>());
    }
    return rows;
  }

  /** Reads the standard tables shipped in this module. */
  static EditionTables standard() throws IOException {
    Map<Table, Map<List<String>, Row>> rows = emptyRows();
    for (Table table : Table.values()) {
      try (@Nullable InputStream in =
          EditionTables.class.getResourceAsStream("standard/" + table.fileName)) {
        if (in == null) {
          throw new IOException("the standard edition table " + table.fileName + " is missing");
        }
        byte[] bytes = in.readAllBytes();
        put(rows, table, parse("standard/" + table.fileName, table, decode(table.fileName, bytes)));
      }
    }
    return new EditionTables(rows);
  }

  /**
   * Reads a hub's tables: a directory holding any of the table files, or one table file.
   *
   * @param requireEditions whether the directory must hold {@code editions.csv}
   */
  static EditionTables read(Path path, boolean requireEditions) throws IOException {
    Map<Table, Map<List<String>, Row>> rows = emptyRows();
    if (Files.isDirectory(path)) {
      boolean any = false;
      for (Table table : Table.values()) {
        Path file = path.resolve(table.fileName);
        if (Files.isRegularFile(file)) {
          put(rows, table, readFile(file, table));
          any = true;
        } else if (table == Table.EDITIONS && requireEditions) {
          throw new EditionFormatException(
              file.toString(), 0, "file", table.fileName, "the editions table is missing");
        }
      }
      if (!any) {
        throw new EditionFormatException(
            path.toString(), 0, "file", "", "the directory holds none of the edition tables");
      }
    } else {
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      Table table =
          Table.named(name)
              .orElseThrow(
                  () ->
                      new EditionFormatException(
                          path.toString(),
                          0,
                          "file",
                          name,
                          "an edition table is named editions.csv, phases.csv, specialists.csv,"
                              + " textbooks.csv, textbook-funding.csv,"
                              + " specialist-schools.csv or delivery.csv"));
      if (requireEditions && table != Table.EDITIONS) {
        throw new EditionFormatException(
            path.toString(), 0, "file", name, "a set of editions needs its editions.csv");
      }
      put(rows, table, readFile(path, table));
    }
    return new EditionTables(rows);
  }

  private static List<Row> readFile(Path file, Table table) throws IOException {
    if (Files.size(file) > MAX_CHARS) {
      throw new EditionFormatException(
          file.toString(), 0, "file", "", "larger than " + MAX_CHARS + " bytes");
    }
    return parse(file.toString(), table, decode(file.toString(), Files.readAllBytes(file)));
  }

  private static String decode(String file, byte[] bytes) throws EditionFormatException {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      // A spreadsheet saving "CSV UTF-8" starts the file with a byte order mark.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new EditionFormatException(file, 0, "file", "", "not UTF-8 text");
    }
  }

  private static void put(Map<Table, Map<List<String>, Row>> rows, Table table, List<Row> read)
      throws EditionFormatException {
    Map<List<String>, Row> byKey = of(rows, table);
    Map<List<String>, Row> seen = new LinkedHashMap<>();
    for (Row row : read) {
      List<String> key = key(table, row);
      @Nullable Row earlier = seen.put(key, row);
      if (earlier != null) {
        throw row.error(
            table.key.get(table.key.size() - 1),
            "the same row as line " + earlier.line() + " (" + String.join(", ", key) + ")");
      }
      byKey.put(key, row);
    }
  }

  private static List<String> key(Table table, Row row) {
    List<String> key = new ArrayList<>();
    for (String column : table.key) {
      key.add(row.get(column));
    }
    return List.copyOf(key);
  }

  static List<Row> parse(String file, Table table, String text) throws EditionFormatException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : header) {
        if (!table.columns.contains(column)) {
          throw new EditionFormatException(
              file, 1, column, column, "not a column of " + table.fileName + ": " + table.columns);
        }
      }
      for (String column : table.columns) {
        if (!header.contains(column)) {
          throw new EditionFormatException(file, 1, column, "", "the column is missing");
        }
      }
      for (CSVRecord record : parser) {
        long line = lineOf(text, record.getCharacterPosition());
        if (!record.isConsistent()) {
          throw new EditionFormatException(
              file,
              line,
              "row",
              String.valueOf(record.size()),
              "the row has " + record.size() + " fields, the header " + header.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : header) {
          values.put(column, record.get(column).strip());
        }
        Row row = new Row(file, line, Map.copyOf(values));
        for (String column : table.key) {
          if (row.get(column).isEmpty()) {
            throw row.error(column, "a row needs its " + column);
          }
        }
        if (row.get(SOURCE).isEmpty()) {
          throw row.error(SOURCE, "every row names its source");
        }
        yesNo(row, ASSUMPTION);
        rows.add(row);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e instanceof EditionFormatException) {
        throw (EditionFormatException) e;
      }
      throw new EditionFormatException(file, 0, "row", "", "not a CSV table: " + e.getMessage());
    }
    return rows;
  }

  private static long lineOf(String text, long position) {
    long line = 1;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The tables with another's rows in place of equal-keyed rows, and its new rows added. */
  EditionTables overriddenBy(EditionTables other) {
    Map<Table, Map<List<String>, Row>> merged = emptyRows();
    for (Table table : Table.values()) {
      of(merged, table).putAll(of(rows, table));
      of(merged, table).putAll(of(other.rows, table));
    }
    return new EditionTables(merged);
  }

  /** Builds the editions, or reports the first row that cannot be used. */
  PolicyEditions build() throws EditionFormatException {
    Map<String, Row> editionRows = new LinkedHashMap<>();
    for (Row row : of(rows, Table.EDITIONS).values()) {
      editionRows.put(row.get(EDITION), row);
    }
    if (editionRows.isEmpty()) {
      throw new EditionFormatException(
          Table.EDITIONS.fileName, 0, EDITION, "", "no edition is defined");
    }
    for (Table table : Table.values()) {
      for (Row row : of(rows, table).values()) {
        if (!editionRows.containsKey(row.get(EDITION))) {
          throw row.error(EDITION, "no such edition in editions.csv");
        }
      }
    }
    List<ProgrammePolicy> editions = new ArrayList<>();
    Map<AcademicYear, Row> starts = new LinkedHashMap<>();
    for (Row row : editionRows.values()) {
      ProgrammePolicy edition = edition(row);
      @Nullable Row other = starts.put(edition.inForceFrom(), row);
      if (other != null) {
        throw row.error(
            "in_force_from", "edition " + other.get(EDITION) + " is in force from the same year");
      }
      editions.add(edition);
    }
    return PolicyEditions.of(editions);
  }

  private ProgrammePolicy edition(Row row) throws EditionFormatException {
    String name = row.get(EDITION);
    ProgrammePolicy.Builder builder =
        ProgrammePolicy.builder()
            .edition(name)
            .inForceFrom(year(row, "in_force_from"))
            .source(sourceOf(row));
    List<Row> phases = rowsOf(Table.PHASES, name);
    List<Row> specialistSchools = rowsOf(Table.SPECIALIST_SCHOOLS, name);
    Map<List<String>, Row> deliveryRows = new LinkedHashMap<>();
    for (Row delivery : rowsOf(Table.DELIVERY, name)) {
      deliveryRows.put(key(Table.DELIVERY, delivery), delivery);
    }
    for (Row phase : phases) {
      @Nullable Row exemption = null;
      for (Row candidate : specialistSchools) {
        if (samePhase(phase, candidate)) {
          exemption = candidate;
        }
      }
      @Nullable Row delivery = deliveryRows.remove(key(Table.PHASES, phase));
      PhaseRules rules;
      try {
        rules = phaseRules(phase, exemption);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw phase.error("phase", String.valueOf(e.getMessage()));
      }
      if (delivery != null) {
        try {
          rules = PhaseRules.builder().from(rules).deliveryTerms(deliveryTerms(delivery)).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw delivery.error("grant_condition", String.valueOf(e.getMessage()));
        }
      }
      builder.addPhaseRules(rules);
    }
    for (Row delivery : deliveryRows.values()) {
      throw delivery.error("phase", "no such stream and phase for the edition in phases.csv");
    }
    for (Row exemption : specialistSchools) {
      if (phases.stream().noneMatch(phase -> samePhase(phase, exemption))) {
        throw exemption.error(
            "phase",
            "edition "
                + name
                + " has no "
                + exemption.get("stream")
                + " "
                + exemption.get("phase")
                + " row in phases.csv");
      }
    }
    for (Row stream : rowsOf(Table.SPECIALISTS, name)) {
      try {
        builder.addStreamRules(streamRules(stream));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw stream.error("stream", String.valueOf(e.getMessage()));
      }
    }
    List<Row> schemes = rowsOf(Table.TEXTBOOKS, name);
    List<Row> funding = rowsOf(Table.TEXTBOOK_FUNDING, name);
    if (funding.isEmpty() && !schemes.isEmpty()) {
      throw schemes.get(0).error(EDITION, "textbook schemes need the edition's textbook-funding row");
    }
    if (!funding.isEmpty()) {
      try {
        builder.textbookMatchFunding(textbooks(funding.get(0), schemes));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw funding.get(0).error(EDITION, String.valueOf(e.getMessage()));
      }
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw row.error(EDITION, String.valueOf(e.getMessage()));
    }
  }

  private List<Row> rowsOf(Table table, String edition) {
    List<Row> found = new ArrayList<>();
    for (Row row : of(rows, table).values()) {
      if (row.get(EDITION).equals(edition)) {
        found.add(row);
      }
    }
    return found;
  }

  private static boolean samePhase(Row phase, Row other) {
    return phase.get("stream").equals(other.get("stream"))
        && phase.get("phase").equals(other.get("phase"));
  }

  private static PhaseRules phaseRules(Row row, @Nullable Row specialistSchools)
      throws EditionFormatException {
    int schoolsMin = integer(row, "schools_min", 0);
    Optional<Integer> schoolsMax = optionalInteger(row, "schools_max", schoolsMin);
    int teachersMin = integer(row, "teachers_min", 0);
    Optional<Integer> teachersMax = optionalInteger(row, "teachers_max", teachersMin);
    String grant = row.get("release_grant");
    boolean setByHub = grant.equalsIgnoreCase("hub");
    String name = row.get("name");
    if (name.isEmpty()) {
      throw row.error("name", "a phase needs its name in the edition");
    }
    PhaseRules.Builder builder =
        PhaseRules.builder()
            .stream(stream(row, "stream"))
            .phase(phase(row, "phase"))
            .displayName(name)
            .schoolsPerGroup(Bounds.of(schoolsMin, schoolsMax.orElse(Bounds.UNBOUNDED)))
            .teachersPerSchool(Bounds.of(teachersMin, teachersMax.orElse(Bounds.UNBOUNDED)))
            .lengthInYears(integer(row, "length_years", 1))
            .meetingsPerYear(integer(row, "meetings_per_year", 0))
            .supportVisitsPerSchool(integer(row, "visits_per_school", 0))
            .groupsLedPerSpecialist(integer(row, "groups_per_lead", 1))
            .readinessLeadMayLead(yesNo(row, "readiness_lead_may_lead"))
            .fundingSetByHub(setByHub)
            .source(row.get(SOURCE))
            .assumption(yesNo(row, ASSUMPTION));
    if (!row.get("offered_from").isEmpty()) {
      builder.offeredFrom(year(row, "offered_from"));
    }
    if (specialistSchools != null) {
      stream(specialistSchools, "stream");
      phase(specialistSchools, "phase");
      builder.specialistSchoolWithoutPrerequisite(
          yesNo(specialistSchools, "without_prerequisite"));
    }
    if (!grant.isEmpty() && !setByHub) {
      builder.releaseGrant(money(row, "release_grant"));
    }
    return builder.build();
  }

  private static DeliveryTerms deliveryTerms(Row row) throws EditionFormatException {
    DeliveryTerms.Builder builder =
        DeliveryTerms.builder()
            .meetingsForCompletion(integer(row, "meetings_for_completion", 0))
            .grantCondition(
                parseEnum(row, "grant_condition", row.get("grant_condition"), GrantCondition.class))
            .source(row.get(SOURCE))
            .assumption(yesNo(row, ASSUMPTION));
    if (!row.get("charge_per_missed_meeting").isEmpty()) {
      builder.chargePerMissedMeeting(money(row, "charge_per_missed_meeting"));
    }
    return builder.build();
  }

  private static StreamRules streamRules(Row row) throws EditionFormatException {
    int years = integer(row, "programme_years", 1);
    int firstLeading = integer(row, "first_leading_year", 2);
    Optional<Integer> lastRequired =
        row.get("last_cohort_required_to_lead").isEmpty()
            ? Optional.empty()
            : Optional.of(
                between(row, "last_cohort_required_to_lead", 1, Cohort.MAX_NUMBER));
    return StreamRules.of(stream(row, "stream"), year(row, "cohort_one_trains"), years)
        .withLeading(yesNo(row, "leads_work_groups"), firstLeading, lastRequired)
        .withSource(row.get(SOURCE), yesNo(row, ASSUMPTION));
  }

  private static TextbookMatchFunding textbooks(Row row, List<Row> schemes)
      throws EditionFormatException {
    AcademicYear first = year(row, "first_year");
    AcademicYear last = year(row, "last_year");
    if (last.isBefore(first)) {
      throw row.error("last_year", "the window ends before its first year " + first);
    }
    BigDecimal share = decimal(row, "share");
    if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw row.error("share", "a share is above 0 and at most 1");
    }
    TextbookMatchFunding.Builder builder =
        TextbookMatchFunding.builder()
            .capPerSchool(money(row, "cap_per_school"))
            .share(share)
            .firstYear(first)
            .lastYear(last);
    for (String stream : list(row, "streams")) {
      builder.addStreams(parseEnum(row, "streams", stream, Stream.class));
    }
    for (String phase : list(row, "phases")) {
      builder.addPhases(parseEnum(row, "phases", phase, Phase.class));
    }
    for (String cohort : list(row, "specialist_cohorts")) {
      String[] parts = cohort.split(" +");
      if (parts.length != 2) {
        throw row.error("specialist_cohorts", "a cohort is a stream and a number, as PRIMARY 3");
      }
      Stream stream = parseEnum(row, "specialist_cohorts", parts[0], Stream.class);
      int number;
      try {
        number = Integer.parseInt(parts[1]);
      } catch (NumberFormatException e) {
        throw row.error("specialist_cohorts", "a cohort is a stream and a number, as PRIMARY 3");
      }
      if (number < 1 || number > Cohort.MAX_NUMBER) {
        throw row.error("specialist_cohorts", "a cohort number is from 1 to " + Cohort.MAX_NUMBER);
      }
      builder.addSpecialistCohorts(Cohort.of(stream, number));
    }
    Set<String> all = new LinkedHashSet<>();
    for (Row scheme : schemes) {
      AcademicYear year = year(scheme, "year");
      if (year.isBefore(first) || year.isAfter(last)) {
        throw scheme.error("year", "outside the edition's textbook window " + first + " to " + last);
      }
      all.add(scheme.get("scheme"));
      builder.putApprovedSchemesByYear(year, scheme.get("scheme"));
    }
    return builder.addAllApprovedSchemes(all).build();
  }

  private static String sourceOf(Row row) {
    return row.get(SOURCE)
        + (row.get(ASSUMPTION).equalsIgnoreCase("yes") ? " (in part the library's assumption)" : "");
  }

  private static List<String> list(Row row, String column) {
    List<String> items = new ArrayList<>();
    for (String item : row.get(column).split(";")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  private static AcademicYear year(Row row, String column) throws EditionFormatException {
    try {
      return AcademicYear.parse(row.get(column));
    } catch (IllegalArgumentException e) {
      throw row.error(column, "an academic year is written as 2019/20");
    }
  }

  private static int integer(Row row, String column, int min) throws EditionFormatException {
    return between(row, column, min, Bounds.UNBOUNDED - 1);
  }

  private static int between(Row row, String column, int min, int max)
      throws EditionFormatException {
    int value;
    try {
      value = Integer.parseInt(row.get(column));
    } catch (NumberFormatException e) {
      throw row.error(column, "a whole number is needed");
    }
    if (value < min || value > max) {
      throw row.error(column, "a whole number from " + min + " to " + max + " is needed");
    }
    return value;
  }

  private static Optional<Integer> optionalInteger(Row row, String column, int min)
      throws EditionFormatException {
    if (row.get(column).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(integer(row, column, min));
  }

  private static boolean yesNo(Row row, String column) throws EditionFormatException {
    switch (row.get(column).toLowerCase(Locale.ROOT)) {
      case "yes":
        return true;
      case "no":
        return false;
      default:
        throw row.error(column, "yes or no is needed");
    }
  }

  private static BigDecimal decimal(Row row, String column) throws EditionFormatException {
    try {
      return new BigDecimal(row.get(column));
    } catch (NumberFormatException e) {
      throw row.error(column, "a number such as 0.5 is needed");
    }
  }

  private static Money money(Row row, String column) throws EditionFormatException {
    BigDecimal amount = decimal(row, column);
    if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 9) {
      throw row.error(column, "an amount in pounds, such as 1000.00, is needed");
    }
    return Money.of(CurrencyUnit.GBP, amount.setScale(2));
  }

  private static Stream stream(Row row, String column) throws EditionFormatException {
    return parseEnum(row, column, row.get(column), Stream.class);
  }

  private static Phase phase(Row row, String column) throws EditionFormatException {
    return parseEnum(row, column, row.get(column), Phase.class);
  }

  private static <E extends Enum<E>> E parseEnum(Row row, String column, String text, Class<E> type)
      throws EditionFormatException {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    List<String> names = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      names.add(value.name());
    }
    throw new EditionFormatException(
        row.file(), row.line(), column, text, "one of " + String.join(", ", names) + " is needed");
  }
}
