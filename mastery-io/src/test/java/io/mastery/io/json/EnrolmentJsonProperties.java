package io.mastery.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.workgroup.WorkGroup;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("Enrolment files written and read")
class EnrolmentJsonProperties {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Property(tries = 300)
  @Label("every enrolment written as JSON reads back equal")
  void everyEnrolmentWrittenAsJsonReadsBackEqual(@ForAll("enrolments") Enrolment enrolment) {
    String json = EnrolmentWriter.standard().toJson(enrolment);
    assertThat(EnrolmentReader.standard().parse(json)).isEqualTo(enrolment);
  }

  @Property(tries = 100)
  @Label("every enrolment written as UTF-8 bytes reads back equal")
  void everyEnrolmentWrittenAsBytesReadsBackEqual(@ForAll("enrolments") Enrolment enrolment)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EnrolmentWriter.standard().write(enrolment, bytes);
    assertThat(EnrolmentReader.standard().read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(enrolment);
  }

  @Property(tries = 300)
  @Label("a URN that is not six digits anywhere is reported at its path with its value")
  void aUrnThatIsNotSixDigitsIsReportedAtItsPath(
      @ForAll("enrolments") Enrolment enrolment,
      @ForAll("badUrns") long badUrn,
      @ForAll("indices") int pick)
      throws IOException {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(EnrolmentWriter.standard().toJson(enrolment));
    List<String> paths = urnPaths(tree);
    Assume.that(!paths.isEmpty());
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
  }

  @Property(tries = 300)
  @Label("a TRN that is not seven digits anywhere is reported at its path with its value")
  void aTrnThatIsNotSevenDigitsIsReportedAtItsPath(
      @ForAll("enrolments") Enrolment enrolment,
      @ForAll("badTrns") String badTrn,
      @ForAll("indices") int pick)
      throws IOException {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(EnrolmentWriter.standard().toJson(enrolment));
    List<String> paths = trnPaths(tree);
    Assume.that(!paths.isEmpty());
    String path = paths.get(pick % paths.size());
    replace(tree, path, badTrn);
    assertThatThrownBy(() -> EnrolmentReader.standard().parse(tree.toString()))
        .isInstanceOfSatisfying(
            EnrolmentFormatException.class, e -> assertThat(e.value()).contains(badTrn))
        .hasMessage(path + ": TRN must have 7 digits: \"" + badTrn + "\"");
  }

  @Provide
  Arbitrary<Enrolment> enrolments() {
    return Combinators.combine(
            MasteryArbitraries.programmeYears(),
            MasteryArbitraries.mathsHubs().optional(),
            MasteryArbitraries.masterySpecialists().list().ofMaxSize(4),
            MasteryArbitraries.journeyRecords().list().ofMaxSize(4),
            MasteryArbitraries.workGroups().list().ofMaxSize(3))
        .as(
            (year, hub, specialists, history, groups) ->
                Enrolment.builder()
                    .academicYear(year)
                    .hub(hub)
                    .addAllSpecialists(specialists)
                    .addAllHistory(history)
                    .addAllWorkGroups(
                        groups.stream()
                            .map(g -> g.withAcademicYear(year))
                            .collect(Collectors.<WorkGroup>toList()))
                    .build());
  }

  @Provide
  Arbitrary<Long> badUrns() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 99_999),
        Arbitraries.longs().between(1_000_000, 99_999_999_999L),
        Arbitraries.longs().between(-999_999, -1));
  }

  @Provide
  Arbitrary<String> badTrns() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(6),
        Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(12),
        Arbitraries.strings().alpha().ofLength(7));
  }

  @Provide
  Arbitrary<Integer> indices() {
    return Arbitraries.integers().between(0, 1000);
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
