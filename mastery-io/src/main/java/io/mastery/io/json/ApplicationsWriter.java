package io.mastery.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.Urn;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes {@link Applications} as the applications file of the public contract (CONTRACT.md §6),
 * and a {@link Plan} as the enrolment file it stands for, each school's teachers left empty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationsWriter {

  private static final ApplicationsWriter STANDARD = new ApplicationsWriter();

  private ApplicationsWriter() {}

  /**
   * Returns the standard writer.
   *
   * @return the writer
   */
  public static ApplicationsWriter standard() {
    return STANDARD;
  }

  /**
   * Returns applications as the JSON of the applications file, which {@link ApplicationsReader}
   * reads back.
   *
   * @param applications the applications, not null
   * @return the JSON, ending with a line feed
   */
  public String toJson(Applications applications) {
    Objects.requireNonNull(applications, "applications");
    Enrolment.Builder shared =
        Enrolment.builder()
            .academicYear(applications.year())
            .addAllSpecialists(applications.specialists())
            .addAllHistory(applications.history());
    applications.hub().ifPresent(shared::hub);
    try {
      JsonNode enrolment =
          ApplicationsMapper.MAPPER.readTree(EnrolmentWriter.standard().toJson(shared.build()));
      ObjectNode out = ApplicationsMapper.MAPPER.createObjectNode();
      out.set("academicYear", enrolment.get("academicYear"));
      if (enrolment.has("hub")) {
        out.set("hub", enrolment.get("hub"));
      }
      out.put("phase", applications.phase().name());
      out.put("stream", applications.stream().name());
      ArrayNode applicants = out.putArray("applicants");
      for (Urn urn : applications.applicants()) {
        applicants.add(urn.value());
      }
      for (String name : List.of("specialists", "history")) {
        if (enrolment.has(name)) {
          out.set(name, enrolment.get(name));
        }
      }
      StringWriter text = new StringWriter();
      try (JsonGenerator json = JsonSettings.generator(text)) {
        ApplicationsMapper.MAPPER.writeTree(json, out);
      }
      return text + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a plan as an enrolment file of the contract (CONTRACT.md §2), each school with an empty
   * list of teachers for the hub to fill in; {@link EnrolmentReader} reads it and the rulebook
   * judges it like any other.
   *
   * @param plan the plan, not null
   * @return the JSON
   */
  public String planToJson(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return EnrolmentWriter.standard().toJson(plan.enrolment());
  }
}
