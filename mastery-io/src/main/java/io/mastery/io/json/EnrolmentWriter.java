package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.delivery.GroupDelivery;
import io.mastery.model.delivery.Meeting;
import io.mastery.model.delivery.SupportVisit;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * Writes an {@link Enrolment} as the enrolment file of the public contract (CONTRACT.md §2), for
 * hub systems that produce files; {@link EnrolmentReader} reads the result back to an equal
 * enrolment (a Mastery Readiness Lead listed twice is written once).
 *
 * <p>Every field is written, empty lists included, in the contract's order, indented by two spaces,
 * lines ending with a line feed; the later additions {@code readinessLeads} and a history record's
 * {@code stream} only when the enrolment has them, so that an enrolment without them is written as
 * before.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnrolmentWriter {

  private static final EnrolmentWriter STANDARD = new EnrolmentWriter();

  private EnrolmentWriter() {}

  /**
   * Returns the standard writer.
   *
   * @return the writer, not null
   */
  public static EnrolmentWriter standard() {
    return STANDARD;
  }

  /**
   * Returns the enrolment as JSON.
   *
   * @param enrolment the enrolment, not null
   * @return the JSON, ending with a line feed, not null
   */
  public String toJson(Enrolment enrolment) {
    StringWriter out = new StringWriter();
    try {
      write(enrolment, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the enrolment as JSON to a file, in UTF-8, replacing the file.
   *
   * @param enrolment the enrolment, not null
   * @param file the file, not null
   * @throws IOException if writing fails
   */
  public void write(Enrolment enrolment, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(enrolment, out);
    }
  }

  /**
   * Writes the enrolment as JSON, in UTF-8; the stream is flushed, not closed.
   *
   * @param enrolment the enrolment, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Enrolment enrolment, OutputStream out) throws IOException {
    Writer writer =
        new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
    write(enrolment, writer);
    writer.flush();
  }

  /**
   * Writes the enrolment as JSON; the writer is flushed, not closed.
   *
   * @param enrolment the enrolment, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Enrolment enrolment, Writer out) throws IOException {
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = JsonSettings.generator(out)) {
      json.writeStartObject();
      json.writeStringField("academicYear", enrolment.academicYear().toString());
      if (enrolment.hub().isPresent()) {
        writeHub(json, enrolment.hub().get());
      }
      json.writeArrayFieldStart("specialists");
      for (MasterySpecialist specialist : enrolment.specialists()) {
        json.writeStartObject();
        json.writeStringField("trn", specialist.trn().value());
        json.writeNumberField("schoolUrn", specialist.school().value());
        json.writeStringField("stream", specialist.stream().name());
        json.writeNumberField("cohort", specialist.cohort().number());
        json.writeEndObject();
      }
      json.writeEndArray();
      if (!enrolment.readinessLeads().isEmpty()) {
        json.writeArrayFieldStart("readinessLeads");
        for (Trn lead : new LinkedHashSet<>(enrolment.readinessLeads())) {
          json.writeString(lead.value());
        }
        json.writeEndArray();
      }
      json.writeArrayFieldStart("history");
      for (JourneyRecord record : enrolment.history()) {
        json.writeStartObject();
        json.writeNumberField("urn", record.school().value());
        json.writeStringField("phase", record.phase().name());
        json.writeStringField("academicYear", record.academicYear().toString());
        if (record.stream().isPresent()) {
          json.writeStringField("stream", record.stream().get().name());
        }
        if (!record.completed()) {
          json.writeBooleanField("completed", false);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("workGroups");
      for (WorkGroup group : enrolment.workGroups()) {
        writeWorkGroup(json, group);
      }
      json.writeEndArray();
      if (enrolment.delivery().isPresent()) {
        writeDelivery(json, enrolment.delivery().get());
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeHub(JsonGenerator json, MathsHub hub) throws IOException {
    json.writeObjectFieldStart("hub");
    json.writeStringField("id", hub.id());
    json.writeStringField("name", hub.name());
    json.writeArrayFieldStart("localAuthorities");
    for (LocalAuthorityCode code : hub.localAuthorities()) {
      json.writeString(code.value());
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeDelivery(JsonGenerator json, Delivery delivery) throws IOException {
    json.writeObjectFieldStart("delivery");
    if (delivery.asOf().isPresent()) {
      json.writeStringField("asOf", delivery.asOf().get().toString());
    }
    json.writeArrayFieldStart("workGroups");
    for (GroupDelivery group : delivery.workGroups()) {
      json.writeStartObject();
      json.writeStringField("id", group.workGroup().value());
      json.writeArrayFieldStart("meetings");
      for (Meeting meeting : group.meetings()) {
        json.writeStartObject();
        json.writeStringField("date", meeting.date().toString());
        json.writeStringField("halfTerm", meeting.halfTerm().name());
        json.writeArrayFieldStart("attended");
        for (Trn teacher : meeting.attended()) {
          json.writeString(teacher.value());
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("visits");
      for (SupportVisit visit : group.visits()) {
        json.writeStartObject();
        json.writeNumberField("urn", visit.school().value());
        json.writeStringField("date", visit.date().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeWorkGroup(JsonGenerator json, WorkGroup group) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", group.id().value());
    json.writeStringField("phase", group.phase().name());
    json.writeStringField("stream", group.stream().name());
    json.writeStringField("lead", group.lead().value());
    json.writeArrayFieldStart("schools");
    for (Participation participation : group.participations()) {
      json.writeStartObject();
      json.writeNumberField("urn", participation.school().value());
      json.writeArrayFieldStart("teachers");
      for (Trn teacher : participation.teachers()) {
        json.writeString(teacher.value());
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
