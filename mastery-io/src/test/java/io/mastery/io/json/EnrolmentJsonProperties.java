package io.mastery.io.json;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.letterStrings;
import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.optionals;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static io.mastery.model.testkit.MasteryGen.journeyRecordsOfAnyStream;
import static io.mastery.model.testkit.MasteryGen.masterySpecialists;
import static io.mastery.model.testkit.MasteryGen.mathsHubs;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.workGroups;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.workgroup.WorkGroup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Enrolment files written and read")
class EnrolmentJsonProperties {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  @DisplayName("every enrolment written as JSON reads back equal")
  void everyEnrolmentWrittenAsJsonReadsBackEqual() {
    qt(300)
        .forAll(enrolments())
        .checkAssert(
            enrolment -> {
              String json = EnrolmentWriter.standard().toJson(enrolment);
              assertThat(EnrolmentReader.standard().parse(json)).isEqualTo(enrolment);
            });
  }

  @Test
  @DisplayName("every enrolment written as UTF-8 bytes reads back equal")
  void everyEnrolmentWrittenAsBytesReadsBackEqual() {
    qt(100)
        .forAll(enrolments())
        .checkAssert(
            enrolment -> {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              try {
                EnrolmentWriter.standard().write(enrolment, bytes);
                assertThat(
                        EnrolmentReader.standard()
                            .read(new ByteArrayInputStream(bytes.toByteArray())))
                    .isEqualTo(enrolment);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  @DisplayName("a URN that is not six digits anywhere is reported at its path with its value")
  void aUrnThatIsNotSixDigitsIsReportedAtItsPath() {
    qt(300)
        .forAll(enrolments(), badUrns(), indices())
        .assuming((enrolment, badUrn, pick) -> !urnPaths(tree(enrolment)).isEmpty())
        .checkAssert(
            (enrolment, badUrn, pick) -> {
              ObjectNode tree = tree(enrolment);
              List<String> paths = urnPaths(tree);
              String path = paths.get(pick % paths.size());
              replace(tree, path, badUrn);
              assertThatThrownBy(() -> EnrolmentReader.standard().parse(tree.toString()))
                  .isInstanceOfSatisfying(
                      EnrolmentFormatException.class,
                      e -> {
                        assertThat(e.path()).isEqualTo(path);
                        assertThat(e.value()).contains(Long.toString(badUrn));
                      })
                  .hasMessage(path + ": URN must have 6 digits: " + badUrn);
            });
  }

  @Test
  @DisplayName("a TRN that is not seven digits anywhere is reported at its path with its value")
  void aTrnThatIsNotSevenDigitsIsReportedAtItsPath() {
    qt(300)
        .forAll(enrolments(), badTrns(), indices())
        .assuming((enrolment, badTrn, pick) -> !trnPaths(tree(enrolment)).isEmpty())
        .checkAssert(
            (enrolment, badTrn, pick) -> {
              ObjectNode tree = tree(enrolment);
              List<String> paths = trnPaths(tree);
              String path = paths.get(pick % paths.size());
              replace(tree, path, badTrn);
              assertThatThrownBy(() -> EnrolmentReader.standard().parse(tree.toString()))
                  .isInstanceOfSatisfying(
                      EnrolmentFormatException.class, e -> assertThat(e.value()).contains(badTrn))
                  .hasMessage(path + ": TRN must have 7 digits: \"" + badTrn + "\"");
            });
  }

  /**
   * Enrolments in the programme's years: a hub or none, up to 4 specialists, Mastery Readiness
   * Leads (each once) and history records (naming their stream or not), and up to 3 Work Groups
   * moved into the enrolment's year.
   */
  private static Gen<Enrolment> enrolments() {
    return programmeYears()
        .flatMap(
            year ->
                optionals(mathsHubs())
                    .zip(
                        listsOf(masterySpecialists(), 0, 4),
                        listsOf(journeyRecordsOfAnyStream(), 0, 4),
                        listsOf(workGroups(), 0, 3),
                        (hub, specialists, history, groups) ->
                            Enrolment.builder()
                                .academicYear(year)
                                .hub(hub)
                                .addAllSpecialists(specialists)
                                .addAllHistory(history)
                                .addAllWorkGroups(
                                    groups.stream()
                                        .map(g -> g.withAcademicYear(year))
                                        .collect(Collectors.<WorkGroup>toList()))
                                .build())
                    .zip(
                        uniqueListsOf(trns(), trn -> trn, 0, 3),
                        (enrolment, leads) ->
                            Enrolment.builder().from(enrolment).readinessLeads(leads).build()));
  }

  private static Gen<Long> badUrns() {
    return oneOf(
        longs().between(0, 99_999),
        longs().between(1_000_000, 99_999_999_999L),
        longs().between(-999_999, -1));
  }

  private static Gen<String> badTrns() {
    return oneOf(stringsOf(DIGITS, 0, 6), stringsOf(DIGITS, 8, 12), letterStrings(7, 7));
  }

  private static Gen<Integer> indices() {
    return integers().between(0, 1000);
  }

  private static ObjectNode tree(Enrolment enrolment) {
    try {
      return (ObjectNode) PLAIN.readTree(EnrolmentWriter.standard().toJson(enrolment));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> urnPaths(ObjectNode tree) {
    List<String> paths = new java.util.ArrayList<>();
    each(tree, "specialists", (i, s) -> paths.add("specialists[" + i + "].schoolUrn"));
    each(tree, "history", (i, h) -> paths.add("history[" + i + "].urn"));
    each(
        tree,
        "workGroups",
        (i, g) ->
            each(
                g, "schools", (j, s) -> paths.add("workGroups[" + i + "].schools[" + j + "].urn")));
    return paths;
  }

  private static List<String> trnPaths(ObjectNode tree) {
    List<String> paths = new java.util.ArrayList<>();
    each(tree, "specialists", (i, s) -> paths.add("specialists[" + i + "].trn"));
    each(tree, "readinessLeads", (i, s) -> paths.add("readinessLeads[" + i + "]"));
    each(
        tree,
        "workGroups",
        (i, g) -> {
          paths.add("workGroups[" + i + "].lead");
          each(
              g,
              "schools",
              (j, s) ->
                  each(
                      s,
                      "teachers",
                      (k, t) ->
                          paths.add(
                              "workGroups[" + i + "].schools[" + j + "].teachers[" + k + "]")));
        });
    return paths;
  }

  private interface Visitor {
    void visit(int index, JsonNode node);
  }

  private static void each(JsonNode parent, String field, Visitor visitor) {
    JsonNode array = parent.get(field);
    if (array == null) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      visitor.visit(i, array.get(i));
    }
  }

  /** Replaces the value at a path such as {@code workGroups[0].schools[1].urn}. */
  private static void replace(ObjectNode tree, String path, Object value) {
    String[] steps = path.split("\\.|(?=\\[)");
    JsonNode node = tree;
    for (int i = 0; i < steps.length - 1; i++) {
      node = step(node, steps[i]);
    }
    String last = steps[steps.length - 1];
    JsonNode newValue = PLAIN.valueToTree(value);
    if (last.startsWith("[")) {
      ((ArrayNode) node).set(Integer.parseInt(last.substring(1, last.length() - 1)), newValue);
    } else {
      ((ObjectNode) node).set(last, newValue);
    }
  }

  private static JsonNode step(JsonNode node, String step) {
    return step.startsWith("[")
        ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
        : node.get(step);
  }
}
