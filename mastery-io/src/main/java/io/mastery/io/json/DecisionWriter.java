package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.SchoolCompletion;
import io.mastery.rules.result.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Decision} as the decision JSON of the public contract (CONTRACT.md §3).
 *
 * <p>The object has {@code academicYear}, {@code edition}, {@code valid}, {@code violations} and
 * {@code funding}, in that order. A violation has {@code rule}, {@code severity}, then {@code
 * workGroup} (a string), {@code school} (a number) and {@code teacher} (a string) only where the
 * violation concerns one, then {@code message}, then {@code arguments}: an object, on one line, of the values
 * involved by name besides the subjects, integers as numbers, phases and streams as their contract names, lists as
 * arrays (see CONTRACT.md §3). A funding line has {@code workGroup} (left out for a specialist's
 * own school funded without a Work Group, which names the {@code specialist} instead), {@code
 * school}, {@code kind}, {@code amount} as a string with the currency's decimals ({@code
 * "1000.00"}) and {@code currency} ({@code "GBP"}); a line whose amount the hub sets has {@code
 * "amountSetByHub": true} in place of the amount and currency; when the enrolment gives a delivery
 * log, a release grant's line names the {@code condition} it followed. With a delivery log, {@code
 * completion} follows the funding: each school's {@code workGroup}, {@code school}, {@code phase},
 * {@code completion} ({@code COMPLETED}, {@code ON_TRACK} or {@code NOT_COMPLETED}), {@code
 * attended} and {@code needed}. The JSON is indented by two spaces, lines
 * ending with a line feed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DecisionWriter {

  private static final DecisionWriter STANDARD = new DecisionWriter();

  /** The arguments that name the subjects, written once as the violation's own fields. */
  private static final java.util.Set<String> SUBJECTS = java.util.Set.of("workGroup", "school", "teacher");

  private DecisionWriter() {}

  /**
   * Returns the standard writer.
   *
   * @return the writer, not null
   */
  public static DecisionWriter standard() {
    return STANDARD;
  }

  /**
   * Returns the decision as JSON.
   *
   * @param decision the decision, not null
   * @return the JSON, ending with a line feed, not null
   */
  public String toJson(Decision decision) {
    StringWriter out = new StringWriter();
    try {
      write(decision, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the decision as JSON, in UTF-8; the stream is flushed, not closed.
   *
   * @param decision the decision, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Decision decision, OutputStream out) throws IOException {
    Writer writer =
        new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(decision, writer);
    writer.flush();
  }

  /**
   * Writes the decision as JSON; the writer is flushed, not closed.
   *
   * @param decision the decision, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Decision decision, Writer out) throws IOException {
    write(decision, null, out);
  }

  /**
   * Returns the decision as JSON, with what it was judged against after its funding: {@code
   * register} (an object of {@code source}, the file name or {@code "bundled sample"}, {@code
   * rowsRead} and {@code rowsUnusable}) and {@code editions} (the editions the edition in force was
   * chosen from, each {@code edition} and {@code inForceFrom}); when they were given, {@code links}
   * (an object of {@code source}, {@code rowsRead} and {@code rowsUnusable}) and {@code
   * editionsSource} (the file or directory of a hub's edition tables).
   *
   * @param decision the decision, not null
   * @param sources what it was judged against, not null
   * @return the JSON, ending with a line feed, not null
   */
  public String toJson(Decision decision, DecisionSources sources) {
    Objects.requireNonNull(sources, "sources");
    StringWriter out = new StringWriter();
    try {
      write(decision, sources, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the decision as JSON with what it was judged against (see {@link #toJson(Decision,
   * DecisionSources)}), in UTF-8; the stream is flushed, not closed.
   *
   * @param decision the decision, not null
   * @param sources what it was judged against, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Decision decision, DecisionSources sources, OutputStream out)
      throws IOException {
    Objects.requireNonNull(sources, "sources");
    Writer writer =
        new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(decision, sources, writer);
    writer.flush();
  }

  private void write(Decision decision, @Nullable DecisionSources sources, Writer out)
      throws IOException {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = JsonSettings.generator(out)) {
      json.writeStartObject();
      json.writeStringField("academicYear", decision.academicYear().toString());
      json.writeStringField("edition", decision.edition());
      json.writeBooleanField("valid", decision.isValid());
      json.writeArrayFieldStart("violations");
      for (Violation violation : decision.violations()) {
        json.writeStartObject();
        json.writeStringField("rule", violation.rule());
        json.writeStringField("severity", violation.severity().name());
        if (violation.workGroup().isPresent()) {
          json.writeStringField("workGroup", violation.workGroup().get().value());
        }
        if (violation.school().isPresent()) {
          json.writeNumberField("school", violation.school().get().value());
        }
        if (violation.teacher().isPresent()) {
          json.writeStringField("teacher", violation.teacher().get().value());
        }
        json.writeStringField("message", violation.message());
        json.writeFieldName("arguments");
        json.writeRawValue(arguments(violation));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("funding");
      for (FundingLine line : decision.funding()) {
        json.writeStartObject();
        if (line.workGroup().isPresent()) {
          json.writeStringField("workGroup", line.workGroup().get().value());
        }
        json.writeNumberField("school", line.school().value());
        if (line.specialist().isPresent()) {
          json.writeStringField("specialist", line.specialist().get().value());
        }
        json.writeStringField("kind", line.kind().name());
        if (line.amount().isPresent()) {
          json.writeStringField("amount", line.amount().get().getAmount().toPlainString());
          json.writeStringField("currency", line.amount().get().getCurrencyUnit().getCode());
        } else {
          json.writeBooleanField("amountSetByHub", true);
        }
        if (line.condition().isPresent()) {
          json.writeStringField("condition", line.condition().get().name());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      if (!decision.completions().isEmpty()) {
        json.writeArrayFieldStart("completion");
        for (SchoolCompletion c : decision.completions()) {
          json.writeStartObject();
          json.writeStringField("workGroup", c.workGroup().value());
          json.writeNumberField("school", c.school().value());
          json.writeStringField("phase", c.phase().name());
          json.writeStringField("completion", c.completion().name());
          json.writeNumberField("attended", c.attended());
          json.writeNumberField("needed", c.needed());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (sources != null) {
        json.writeObjectFieldStart("register");
        json.writeStringField("source", sources.register());
        json.writeNumberField("rowsRead", sources.rowsRead());
        json.writeNumberField("rowsUnusable", sources.rowsUnusable());
        json.writeEndObject();
        json.writeArrayFieldStart("editions");
        for (ProgrammePolicy edition : sources.editions().editions()) {
          json.writeStartObject();
          json.writeStringField("edition", edition.edition());
          json.writeStringField("inForceFrom", edition.inForceFrom().toString());
          json.writeEndObject();
        }
        json.writeEndArray();
        if (sources.links().isPresent()) {
          json.writeObjectFieldStart("links");
          json.writeStringField("source", sources.links().get());
          json.writeNumberField("rowsRead", sources.linkRowsRead());
          json.writeNumberField("rowsUnusable", sources.linkRowsUnusable());
          json.writeEndObject();
        }
        if (sources.editionsFile().isPresent()) {
          json.writeStringField("editionsSource", sources.editionsFile().get());
        }
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
    out.flush();
  }

  /** The arguments on one line, so that they stay short beside the message. */
  private static String arguments(Violation violation) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JsonSettings.FACTORY.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> argument : violation.arguments().entrySet()) {
        if (!SUBJECTS.contains(argument.getKey())) { // written as the violation's own fields
          json.writeFieldName(argument.getKey());
          writeArgument(json, argument.getValue());
        }
      }
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void writeArgument(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Integer) {
      json.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      json.writeNumber((Long) value);
    } else if (value instanceof Enum) {
      json.writeString(((Enum<?>) value).name());
    } else if (value instanceof List) {
      json.writeStartArray();
      for (Object element : (List<?>) value) {
        writeArgument(json, element);
      }
      json.writeEndArray();
    } else {
      json.writeString(value.toString());
    }
  }
}
