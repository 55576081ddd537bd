package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.rules.planning.Applications;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a hub's applications file (CONTRACT.md §6) into {@link Applications}, for the planner of
 * Work Groups.
 *
 * <p>The file is one JSON object: {@code academicYear}, {@code hub}, {@code specialists} and
 * {@code history} exactly as in the enrolment file, and {@code phase}, {@code stream} and {@code
 * applicants} (an array of URNs, whole numbers of 6 digits), all but {@code hub}, {@code
 * specialists} and {@code history} required. Reading is as strict as the enrolment reader's: an
 * unknown or duplicate field, {@code null}, a value of another type, content after the object,
 * text that is not strict UTF-8 or a document over 16 MB is an {@link EnrolmentFormatException}
 * naming the path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationsReader {

  private static final ApplicationsReader STANDARD = new ApplicationsReader();

  private ApplicationsReader() {}

  /**
   * Returns the standard reader.
   *
   * @return the reader
   */
  public static ApplicationsReader standard() {
    return STANDARD;
  }

  /**
   * Reads an applications file; only a regular file is read.
   *
   * @param file the file, not null
   * @return the applications
   * @throws IOException if the file cannot be read or is not a regular file
   * @throws EnrolmentFormatException if the file is bad input
   */
  public Applications read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": not a regular file; only a regular file is read");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads applications from bytes in UTF-8, decoded strictly; the stream is not closed.
   *
   * @param in the bytes, not null
   * @return the applications
   * @throws IOException if the stream cannot be read
   * @throws EnrolmentFormatException if the content is bad input
   */
  public Applications read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes((int) JsonSettings.MAX_DOCUMENT_LENGTH + 1);
    if (bytes.length > JsonSettings.MAX_DOCUMENT_LENGTH) {
      throw new EnrolmentFormatException(
          "",
          null,
          "the file exceeds a limit of this reader: more than "
              + JsonSettings.MAX_DOCUMENT_LENGTH
              + " bytes",
          0,
          0);
    }
    return parse(strictUtf8(bytes));
  }

  private static String strictUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      int offset = input.position();
      StringBuilder shown = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + result.length()); i++) {
        shown.append(shown.length() == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "%02X", bytes[i] & 0xFF));
      }
      throw new EnrolmentFormatException(
          "",
          shown.toString(),
          "not valid JSON: the text is not strict UTF-8: bytes "
              + shown
              + " at byte offset "
              + offset,
          0,
          0);
    }
    output.flip();
    return output.toString();
  }

  /**
   * Reads applications from a JSON string.
   *
   * @param json the JSON, not null
   * @return the applications
   * @throws EnrolmentFormatException if the JSON is bad input
   */
  public Applications parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = ApplicationsMapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      String detail = e.getOriginalMessage();
      int newline = detail.indexOf('\n');
      throw new EnrolmentFormatException(
          "",
          null,
          "not valid JSON"
              + (line > 0 ? " at line " + line + ", column " + column : "")
              + ": "
              + (newline >= 0 ? detail.substring(0, newline) : detail),
          line,
          column);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new EnrolmentFormatException("", null, "the file is empty; expected a JSON object", 0, 0);
    }
    Cursor root = Cursor.root(tree);
    root.object(
        "applications",
        "academicYear",
        "hub",
        "phase",
        "stream",
        "applicants",
        "specialists",
        "history");
    root.field("academicYear");
    Phase phase = root.field("phase").constant(Phase.class, "phase");
    Stream stream = root.field("stream").constant(Stream.class, "stream");
    List<Urn> applicants = new ArrayList<>();
    for (Cursor urn : root.field("applicants").elements()) {
      applicants.add(urn.wholeNumber("URN must have 6 digits: " + urn.valueText(), Urn::of));
    }
    ObjectNode rest = ApplicationsMapper.MAPPER.createObjectNode();
    for (String name : List.of("academicYear", "hub", "specialists", "history")) {
      JsonNode value = tree.get(name);
      if (value != null) {
        rest.set(name, value);
      }
    }
    rest.putArray("workGroups");
    Enrolment shared;
    try {
      shared = EnrolmentReader.standard().parse(ApplicationsMapper.MAPPER.writeValueAsString(rest));
    } catch (EnrolmentFormatException e) {
      throw new EnrolmentFormatException(e.path(), e.value().orElse(null), e.reason(), 0, 0);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
    return new Applications(
        shared.academicYear(),
        shared.hub(),
        phase,
        stream,
        applicants,
        shared.specialists(),
        shared.history());
  }
}
