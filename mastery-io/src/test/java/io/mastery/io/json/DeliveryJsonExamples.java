package io.mastery.io.json;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.delivery.Delivery;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.DeliveryGen;
import io.mastery.model.testkit.MasteryGen;
import io.mastery.rules.engine.Rulebook;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.result.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Area.TAG_DELIVERY)
@DisplayName("The delivery section of an enrolment file")
class DeliveryJsonExamples {

  static final String WITH_DELIVERY =
      EnrolmentReaderExamples.CONTRACT_EXAMPLE.replace(
          "  ]\n}\n",
          "  ],\n"
              + "  \"delivery\": {\n"
              + "    \"asOf\": \"2020-01-06\",\n"
              + "    \"workGroups\": [\n"
              + "      { \"id\": \"WG-01\",\n"
              + "        \"meetings\": [ { \"date\": \"2019-10-03\", \"halfTerm\": \"AUTUMN_1\","
              + " \"attended\": [\"2000001\", \"2000002\"] } ],\n"
              + "        \"visits\": [ { \"urn\": 100010, \"date\": \"2019-11-12\" } ] }\n"
              + "    ]\n"
              + "  }\n"
              + "}\n");

  static void assertBad(String json, String path, String message) {
    assertThatThrownBy(() -> EnrolmentReader.standard().parse(json))
        .isInstanceOfSatisfying(
            EnrolmentFormatException.class, e -> assertThat(e.path()).isEqualTo(path))
        .hasMessageContaining(message);
  }

  @Test
  @DisplayName("is read with its as-of day, meetings, attendance and visits")
  void read() {
    Enrolment enrolment = EnrolmentReader.standard().parse(WITH_DELIVERY);
    Delivery delivery = enrolment.delivery().orElseThrow();
    assertThat(delivery.asOf()).contains(LocalDate.of(2020, 1, 6));
    assertThat(delivery.workGroups().get(0).meetings().get(0).halfTerm())
        .isEqualTo(HalfTerm.AUTUMN_1);
    assertThat(delivery.workGroups().get(0).visits().get(0).date())
        .isEqualTo(LocalDate.of(2019, 11, 12));
    assertThat(EnrolmentReader.standard().parse(EnrolmentReaderExamples.CONTRACT_EXAMPLE).delivery())
        .isEmpty();
  }

  @Test
  @DisplayName("and a history record's completed flag are written and read back equal")
  void roundTrip() {
    qt(100)
        .forAll(MasteryGen.enrolments(), DeliveryGen.deliveries(), MasteryGen.journeyRecords())
        .checkAssert(
            (enrolment, delivery, record) -> {
              Enrolment full =
                  enrolment
                      .withDelivery(delivery)
                      .withHistory(java.util.List.of(record.withCompleted(false), record));
              String json = EnrolmentWriter.standard().toJson(full);
              assertThat(EnrolmentReader.standard().parse(json)).isEqualTo(full);
            });
  }

  @Test
  @DisplayName("refuses a date not written year-month-day, naming its path and value")
  void badDate() {
    assertBad(
        WITH_DELIVERY.replace("\"2019-11-12\"", "\"12/11/2019\""),
        "delivery.workGroups[0].visits[0].date",
        "a date is written as year-month-day");
  }

  @Test
  @DisplayName("refuses a misspelt field, suggesting the nearest name")
  void misspelt() {
    assertBad(
        WITH_DELIVERY.replace("\"halfTerm\"", "\"halfterm\""),
        "delivery.workGroups[0].meetings[0].halfterm",
        "did you mean \"halfTerm\"?");
    assertBad(
        WITH_DELIVERY.replace("\"AUTUMN_1\"", "\"AUTUMN1\""),
        "delivery.workGroups[0].meetings[0].halfTerm",
        "did you mean AUTUMN_1?");
  }

  @Test
  @DisplayName("refuses a teacher listed twice at a meeting and a Work Group logged twice")
  void twice() {
    assertBad(
        WITH_DELIVERY.replace("[\"2000001\", \"2000002\"]", "[\"2000001\", \"2000001\"]"),
        "delivery.workGroups[0].meetings[0].attended[1]",
        "listed twice");
    assertBad(
        WITH_DELIVERY.replace(
            "    ]\n  }\n}\n", "    ,{ \"id\": \"WG-01\" } ]\n  }\n}\n"),
        "delivery.workGroups[1].id",
        "two delivery records");
  }

  @Test
  @DisplayName(
      "as of 6 January 2020 is judged for the autumn only: one meeting of two is reported,"
          + " spring and summer are not")
  void judged() {
    Decision decision =
        Rulebook.standard()
            .evaluate(EnrolmentReader.standard().parse(WITH_DELIVERY), SchoolRegister.empty());
    assertThat(decision.violations())
        .filteredOn(v -> v.rule().equals("delivery.meeting-missing"))
        .hasSize(1);
    assertThat(decision.completions()).hasSize(1);
    String json = DecisionWriter.standard().toJson(decision);
    assertThat(json).contains("\"completion\"").contains("\"ON_TRACK\"");
  }

  @Test
  @DisplayName("reads a history record without a completed flag as completed")
  void historyDefault() {
    JourneyRecord record =
        EnrolmentReader.standard().parse(EnrolmentReaderExamples.CONTRACT_EXAMPLE).history().get(0);
    assertThat(record.completed()).isTrue();
    assertBad(
        EnrolmentReaderExamples.CONTRACT_EXAMPLE.replace(
            "\"academicYear\": \"2017/18\" }", "\"academicYear\": \"2017/18\", \"completed\": \"no\" }"),
        "history[0].completed",
        "expected true or false");
  }
}
