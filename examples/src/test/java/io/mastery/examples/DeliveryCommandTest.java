package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.Area;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag(Area.TAG_DELIVERY)
@DisplayName("mastery validate with a delivery log")
class DeliveryCommandTest {

  static final String DELIVERY =
      "  ],\n"
          + "  \"delivery\": { \"workGroups\": [ { \"id\": \"WG-01\",\n"
          + "    \"meetings\": [ { \"date\": \"2019-10-03\", \"halfTerm\": \"AUTUMN_1\","
          + " \"attended\": [\"2000001\"] } ],\n"
          + "    \"visits\": [ { \"urn\": 100010, \"date\": \"2019-11-12\" } ] } ] }\n"
          + "}\n";

  @TempDir Path dir;

  Path withDelivery(String name) throws IOException {
    assertThat(MasteryCommandTest.GOOD).contains("  ]\n}\n");
    return Files.writeString(
        dir.resolve(name),
        MasteryCommandTest.GOOD.replace("  ]\n}\n", DELIVERY),
        StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "--as-of 2020-01-06 judges the autumn only and prints the group's delivery grid, the autumn 2"
          + " meeting missed and the rest not yet ended")
  void asOf() throws IOException {
    Path file = withDelivery("delivery.json");
    CommandRun run = CommandRun.inProcess("validate", file.toString(), "--as-of", "2020-01-06");
    assertThat(run.out).as(run.toString()).contains("Delivery as of 2020-01-06");
    assertThat(run.out).contains("100010    x   -   .   .   .   .");
    assertThat(run.out).contains("delivery.meeting-missing");
    assertThat(run.out).doesNotContain("spring 1, where");
  }

  @Test
  @DisplayName("--as-of a day not written year-month-day is bad input, naming the value")
  void badDay() throws IOException {
    Path file = withDelivery("delivery-bad-day.json");
    MasteryCommandTest.badInput(
        "mastery: option --as-of needs a day written year-month-day, such as 2020-01-06:"
            + " \"06/01/2020\"",
        "validate",
        file.toString(),
        "--as-of",
        "06/01/2020");
  }
}
