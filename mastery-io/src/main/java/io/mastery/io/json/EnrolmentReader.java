package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a hub's enrolment file, the JSON of the public contract (CONTRACT.md §2), into an {@link
 * Enrolment}.
 *
 * <p>The file is one JSON object:
 *
 * <ul>
 *   <li>{@code academicYear} (required): a string {@code YYYY/YY}, the second part the year after
 *       the first.
 *   <li>{@code hub} (optional; without it no check of the hub's area runs): an object with {@code
 *       id}, {@code name} and {@code localAuthorities}, an array of three-digit strings, all
 *       required, no code twice.
 *   <li>{@code specialists} (optional, empty if absent): objects with {@code trn} (a string of 7
 *       digits), {@code schoolUrn} (a whole number of 6 digits), {@code stream} ({@code PRIMARY},
 *       {@code SECONDARY} or {@code FE}) and {@code cohort} (a whole number from 1), all required.
 *   <li>{@code readinessLeads} (optional, empty if absent): an array of the TRNs of the hub's
 *       Mastery Readiness Leads, each a string of 7 digits, no TRN twice.
 *   <li>{@code history} (optional, empty if absent): objects with {@code urn}, {@code phase}
 *       ({@code MASTERY_READINESS}, {@code INTRODUCTORY}, {@code DEVELOPMENT}, {@code EMBEDDING}
 *       or {@code SUSTAINING}) and {@code academicYear}, all required, and {@code stream}
 *       (optional: the stream of the journey the phase belongs to; a record without it counts for
 *       every stream).
 *   <li>{@code workGroups} (required): objects with {@code id}, {@code phase}, {@code stream},
 *       {@code lead} (a TRN) and {@code schools}, objects with {@code urn} and {@code teachers} (an
 *       array of TRNs), all required. Every group runs in the file's academic year.
 * </ul>
 *
 * <p>Reading is strict, because a file from outside is untrusted and a field the contract does not
 * know is most likely a typo: an unknown field, a duplicate field, {@code null}, a value of another
 * JSON type, content after the object, a document over {@value JsonSettings#MAX_DOCUMENT_LENGTH}
 * bytes or nested deeper than {@value JsonSettings#MAX_NESTING_DEPTH} levels is each an {@link
 * EnrolmentFormatException} naming the path. Nothing is bound by reflection and no type information
 * in the file is honoured. Only what a value can be is checked here; whether an enrolment keeps the
 * programme's rules is for the rule engine.
 *
 * <p>For example:
 *
 * <pre>{@code
 * try {
 *   Enrolment enrolment = EnrolmentReader.standard().read(Path.of("enrolments-2019-20.json"));
 *   Decision decision = Rulebook.standard().evaluate(enrolment, register);
 * } catch (EnrolmentFormatException e) {
 *   // bad input: e.path() names the field, such as workGroups[0].schools[1].urn
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnrolmentReader {

  private static final EnrolmentReader STANDARD = new EnrolmentReader();

  /** How many bytes are looked at to recognise a CSV file given as an enrolment. */
  private static final int CSV_PROBE = 512;

  private static final String TRAILING_CONTENT = "content after the end of the enrolment object";

  private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  /** Jackson's reference to where a token started, which names no source here. */
  private static final Pattern SOURCE_REFERENCE =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  private EnrolmentReader() {}

  /**
   * Returns the standard reader.
   *
   * @return the reader, not null
   */
  public static EnrolmentReader standard() {
    return STANDARD;
  }

  /**
   * Reads an enrolment file. The JSON's encoding is detected (UTF-8 as the contract asks, or UTF-16
   * or UTF-32); UTF-8 is decoded strictly (see {@link #read(InputStream)}). Only a regular file is
   * read: a directory, a device such as {@code /dev/zero} or a named pipe is refused at once,
   * without being opened.
   *
   * @param file the file, not null
   * @return the enrolment, not null
   * @throws IOException if the file cannot be read or is not a regular file
   * @throws EnrolmentFormatException if the file is bad input
   */
  public Enrolment read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file; only a regular file is read");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads an enrolment from a stream of bytes, which is not closed.
   *
   * <p>Bytes in UTF-8 (all but those that start as UTF-16 or UTF-32 do) are checked strictly as
   * they are read: an overlong form such as {@code C0 9B} for ESC, an encoded surrogate, a value
   * above U+10FFFF or a cut sequence is bad input naming the bytes and their byte offset, so that no
   * character reaches the enrolment in a form the reader's own checks do not see.
   *
   * @param in the bytes, not null
   * @return the enrolment, not null
   * @throws IOException if the stream cannot be read
   * @throws EnrolmentFormatException if the content is bad input
   */
  public Enrolment read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    if (!in.markSupported()) {
      in = new BufferedInputStream(in, 8192);
    }
    refuseCsv(in);
    StrictUtf8InputStream strict = strictWhereUtf8(in);
    JsonParser parser;
    try {
      parser = JsonSettings.FACTORY.createParser(strict == null ? in : strict);
    } catch (CharConversionException e) {
      throw notUtf8(e);
    }
    return enrolment(Cursor.root(tree(parser, strict)));
  }

  /**
   * Reads an enrolment from text, which is not closed.
   *
   * @param in the text, not null
   * @return the enrolment, not null
   * @throws IOException if the text cannot be read
   * @throws EnrolmentFormatException if the content is bad input
   */
  public Enrolment read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return enrolment(Cursor.root(tree(JsonSettings.FACTORY.createParser(in), null)));
  }

  /**
   * Reads an enrolment from a JSON string.
   *
   * @param json the JSON, not null
   * @return the enrolment, not null
   * @throws EnrolmentFormatException if the JSON is bad input
   */
  public Enrolment parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Recognises a CSV file given instead of an enrolment, such as a GIAS register: its first line
   * holds commas and it starts with no JSON object or array. Such a file is never valid JSON, so
   * only the message changes.
   */
  private static void refuseCsv(InputStream in) throws IOException {
    in.mark(CSV_PROBE);
    byte[] head = in.readNBytes(CSV_PROBE);
    in.reset();
    int start = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    while (start < head.length && (head[start] == ' ' || head[start] == '\t'
        || head[start] == '\r' || head[start] == '\n')) {
      start++;
    }
    if (start >= head.length || head[start] == '{' || head[start] == '[') {
      return;
    }
    int end = start;
    while (end < head.length && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    String line = new String(head, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (line.indexOf(',') < 0) {
      return;
    }
    throw new EnrolmentFormatException(
        "",
        null,
        "not valid JSON at line 1: this looks like a CSV file (its first line starts \""
            + io.mastery.io.UntrustedText.escape(
                line.length() > 60 ? line.substring(0, 60) + "..." : line)
            + "\"), not an enrolment, which is a JSON object starting with {",
        1,
        1);
  }

  /**
   * Returns the stream checked as strict UTF-8, unless its first bytes show UTF-16 or UTF-32 (a
   * zero byte among the first two, or a UTF-16 byte order mark), which Jackson decodes itself.
   */
  private static @Nullable StrictUtf8InputStream strictWhereUtf8(InputStream in)
      throws IOException {
    if (!in.markSupported()) {
      return strictWhereUtf8(new BufferedInputStream(in, 8192));
    }
    in.mark(2);
    int first = in.read();
    int second = first < 0 ? -1 : in.read();
    in.reset();
    boolean wide =
        first == 0
            || second == 0
            || (first == 0xFE && second == 0xFF)
            || (first == 0xFF && second == 0xFE);
    return wide ? null : new StrictUtf8InputStream(in);
  }

  /**
   * Parses the document; bytes that are not strict UTF-8 end the stream where they start, and are
   * then reported, whatever the parser made of the end, with the path and place it had reached.
   */
  private static JsonNode tree(JsonParser parser, @Nullable StrictUtf8InputStream strict)
      throws IOException {
    try {
      JsonNode root = tree(parser);
      checkUtf8(parser, strict);
      return root;
    } catch (EnrolmentFormatException e) {
      checkUtf8(parser, strict);
      throw e;
    }
  }

  private static void checkUtf8(JsonParser parser, @Nullable StrictUtf8InputStream strict) {
    StrictUtf8InputStream.Fault fault = strict == null ? null : strict.fault();
    if (fault == null) {
      return;
    }
    JsonLocation at = parser.currentLocation();
    throw new EnrolmentFormatException(
        path(parser.getParsingContext()),
        fault.bytes(),
        "not valid JSON at line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ": "
            + fault.describe(),
        at.getLineNr(),
        at.getColumnNr());
  }

  private static JsonNode tree(JsonParser parser) throws IOException {
    try (parser) {
      JsonNode root = readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw new EnrolmentFormatException(
            "", null, "the file is empty; expected a JSON object", 0, 0);
      }
      JsonToken after = parser.nextToken();
      if (after != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new EnrolmentFormatException(
            "",
            null,
            "not valid JSON at line "
                + at.getLineNr()
                + ", column "
                + at.getColumnNr()
                + ": "
                + TRAILING_CONTENT,
            at.getLineNr(),
            at.getColumnNr());
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw syntax(parser, e, "the file exceeds a limit of this reader");
    } catch (JsonProcessingException e) {
      throw syntax(parser, e, "not valid JSON");
    } catch (CharConversionException e) {
      throw notUtf8(e);
    } catch (NumberFormatException e) {
      // A number in the length limit whose exponent is still too large, such as 1e40999999999.
      JsonLocation at = parser.currentTokenLocation();
      String number = parser.getText();
      throw new EnrolmentFormatException(
          path(parser.getParsingContext()),
          number,
          "not valid JSON at line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + ": the number is out of range: "
              + number,
          at.getLineNr(),
          at.getColumnNr());
    }
  }

  /**
   * Builds the document's tree from the parser's tokens, as a mapper would, but without one: no
   * mapper is set up, nothing is bound by reflection, and a command that reads one file starts
   * fast. Whole numbers are kept exact (big integers), other numbers as decimals; the parser
   * rejects duplicate names and bounds the depth.
   *
   * @return the root, or null if the document is empty
   */
  private static @Nullable JsonNode readTree(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    return token == null ? null : value(parser, token);
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT:
        ObjectNode object = nodes.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          object.set(name, value(parser, next(parser)));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = nodes.arrayNode();
        for (JsonToken element = next(parser);
            element != JsonToken.END_ARRAY;
            element = next(parser)) {
          array.add(value(parser, element));
        }
        return array;
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(parser, "unexpected token " + token);
    }
  }

  private static JsonToken next(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonParseException(parser, "Unexpected end-of-input");
    }
    return token;
  }

  /**
   * Reports bytes that decode in no encoding JSON allows; detecting the encoding from the first
   * bytes can fail before any token is read.
   */
  private static EnrolmentFormatException notUtf8(CharConversionException e) {
    return new EnrolmentFormatException(
        "", null, "not valid JSON: the text is not in UTF-8: " + e.getMessage(), 0, 0);
  }

  private static EnrolmentFormatException syntax(
      JsonParser parser, JsonProcessingException e, String what) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    String where = line > 0 ? " at line " + line + ", column " + column : "";
    String detail = e.getOriginalMessage();
    int newline = detail.indexOf('\n');
    if (newline >= 0) {
      detail = detail.substring(0, newline);
    }
    detail = SOURCE_REFERENCE.matcher(detail).replaceAll("line $1, column $2");
    if (detail.contains("FAIL_ON_TRAILING_TOKENS")) {
      detail = TRAILING_CONTENT;
    }
    return new EnrolmentFormatException(
        path(parser.getParsingContext()), null, what + where + ": " + detail, line, column);
  }

  /** Returns the path of the parser's context, such as {@code workGroups[0].schools}. */
  private static String path(@Nullable JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static Enrolment enrolment(Cursor root) {
    root.object(
        "an enrolment",
        "academicYear",
        "hub",
        "specialists",
        "readinessLeads",
        "history",
        "workGroups",
        "delivery");
    AcademicYear year = root.field("academicYear").text(EnrolmentReader::academicYear);
    Enrolment.Builder builder = Enrolment.builder().academicYear(year);
    root.optionalField("hub").ifPresent(hub -> builder.hub(hub(hub)));
    root.optionalField("specialists")
        .ifPresent(list -> list.elements().forEach(s -> builder.addSpecialists(specialist(s))));
    root.optionalField("readinessLeads")
        .ifPresent(list -> builder.addAllReadinessLeads(readinessLeads(list)));
    root.optionalField("history")
        .ifPresent(list -> list.elements().forEach(h -> builder.addHistory(journeyRecord(h))));
    for (Cursor group : root.field("workGroups").elements()) {
      builder.addWorkGroups(workGroup(group, year));
    }
    root.optionalField("delivery").ifPresent(d -> builder.delivery(delivery(d)));
    return builder.build();
  }

  private static MathsHub hub(Cursor hub) {
    hub.object("a hub", "id", "name", "localAuthorities");
    Cursor id = hub.field("id");
    String idText = id.text();
    Cursor name = hub.field("name");
    String nameText = name.text();
    Set<LocalAuthorityCode> authorities = new LinkedHashSet<>();
    for (Cursor code : hub.field("localAuthorities").elements()) {
      LocalAuthorityCode la = code.text(LocalAuthorityCode::of);
      if (!authorities.add(la)) {
        throw code.fault("local authority " + la + " is listed twice");
      }
    }
    if (nameText.isBlank()) {
      throw name.fault("hub name must not be blank");
    }
    try {
      return MathsHub.of(idText, nameText, authorities);
    } catch (IllegalArgumentException e) {
      throw id.fault(String.valueOf(e.getMessage()));
    }
  }

  private static MasterySpecialist specialist(Cursor specialist) {
    specialist.object("a specialist", "trn", "schoolUrn", "stream", "cohort");
    Trn trn = trn(specialist.field("trn"));
    Urn school = urn(specialist.field("schoolUrn"));
    Stream stream = specialist.field("stream").constant(Stream.class, "stream");
    Cursor cohort = specialist.field("cohort");
    return MasterySpecialist.of(
        trn,
        school,
        cohort.wholeNumber(
            "cohort number must be from 1 to " + Cohort.MAX_NUMBER + ": " + cohort.valueText(),
            number -> Cohort.of(stream, number)));
  }

  private static List<Trn> readinessLeads(Cursor list) {
    Set<Trn> leads = new LinkedHashSet<>();
    for (Cursor lead : list.elements()) {
      Trn trn = trn(lead);
      if (!leads.add(trn)) {
        throw lead.fault("Mastery Readiness Lead " + trn + " is listed twice");
      }
    }
    return new ArrayList<>(leads);
  }

  private static JourneyRecord journeyRecord(Cursor record) {
    record.object("a history record", "urn", "phase", "academicYear", "stream", "completed");
    Urn urn = urn(record.field("urn"));
    Phase phase = record.field("phase").constant(Phase.class, "phase");
    AcademicYear year = record.field("academicYear").text(EnrolmentReader::academicYear);
    Optional<Cursor> stream = record.optionalField("stream");
    JourneyRecord read =
        stream.isPresent()
            ? JourneyRecord.of(urn, phase, year, stream.get().constant(Stream.class, "stream"))
            : JourneyRecord.of(urn, phase, year);
    Optional<Cursor> completed = record.optionalField("completed");
    return completed.isPresent() ? read.withCompleted(completed.get().bool()) : read;
  }

  private static Delivery delivery(Cursor delivery) {
    delivery.object("a delivery section", "asOf", "workGroups");
    Delivery.Builder builder = Delivery.builder();
    delivery.optionalField("asOf").ifPresent(day -> builder.asOf(day.date()));
    Set<WorkGroupId> seen = new HashSet<>();
    for (Cursor group : delivery.field("workGroups").elements()) {
      group.object("a Work Group's delivery", "id", "meetings", "visits");
      Cursor idCursor = group.field("id");
      WorkGroupId id = idCursor.text(WorkGroupId::of);
      if (!seen.add(id)) {
        throw idCursor.fault("Work Group " + id.value() + " has two delivery records");
      }
      List<Meeting> meetings = new ArrayList<>();
      Optional<Cursor> meetingList = group.optionalField("meetings");
      if (meetingList.isPresent()) {
        for (Cursor meeting : meetingList.get().elements()) {
          meetings.add(meeting(meeting));
        }
      }
      List<SupportVisit> visits = new ArrayList<>();
      Optional<Cursor> visitList = group.optionalField("visits");
      if (visitList.isPresent()) {
        for (Cursor visit : visitList.get().elements()) {
          visit.object("a support visit", "urn", "date");
          visits.add(SupportVisit.of(urn(visit.field("urn")), visit.field("date").date()));
        }
      }
      builder.addWorkGroups(GroupDelivery.of(id, meetings, visits));
    }
    return builder.build();
  }

  private static Meeting meeting(Cursor meeting) {
    meeting.object("a meeting", "date", "halfTerm", "attended");
    java.time.LocalDate date = meeting.field("date").date();
    HalfTerm halfTerm = meeting.field("halfTerm").constant(HalfTerm.class, "half-term");
    Set<Trn> attended = new LinkedHashSet<>();
    for (Cursor teacher : meeting.field("attended").elements()) {
      Trn trn = trn(teacher);
      if (!attended.add(trn)) {
        throw teacher.fault("teacher " + trn.value() + " is listed twice at the meeting");
      }
    }
    return Meeting.of(date, halfTerm, attended);
  }

  private static WorkGroup workGroup(Cursor group, AcademicYear year) {
    group.object("a Work Group", "id", "phase", "stream", "lead", "schools");
    WorkGroup.Builder builder =
        WorkGroup.builder()
            .id(group.field("id").text(WorkGroupId::of))
            .phase(group.field("phase").constant(Phase.class, "phase"))
            .stream(group.field("stream").constant(Stream.class, "stream"))
            .academicYear(year)
            .lead(trn(group.field("lead")));
    for (Cursor school : group.field("schools").elements()) {
      school.object("a school of a Work Group", "urn", "teachers");
      Urn urn = urn(school.field("urn"));
      List<Trn> teachers = new ArrayList<>();
      for (Cursor teacher : school.field("teachers").elements()) {
        teachers.add(trn(teacher));
      }
      builder.addParticipations(Participation.of(urn, teachers));
    }
    return builder.build();
  }

  /**
   * Parses an academic year, naming the year the second part should be when it is not the year
   * after the first.
   */
  private static AcademicYear academicYear(String text) {
    Matcher matcher = ACADEMIC_YEAR.matcher(text);
    if (matcher.matches()) {
      int start = Integer.parseInt(matcher.group(1));
      int end = Integer.parseInt(matcher.group(2));
      if (end != (start + 1) % 100) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "academic year must end in the year after it starts (%d/%02d): \"%s\"",
                start,
                (start + 1) % 100,
                text));
      }
    }
    return AcademicYear.parse(text);
  }

  private static Urn urn(Cursor urn) {
    return urn.wholeNumber("URN must have 6 digits: " + urn.valueText(), Urn::of);
  }

  private static Trn trn(Cursor trn) {
    return trn.text(Trn::of);
  }
}
