package io.mastery.rules.engine;

import static io.mastery.model.testkit.Theories.qt;
import static io.mastery.rules.SampleHub.WG_01;
import static io.mastery.rules.SampleHub.school;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolLink;
import io.mastery.model.school.SchoolLinks;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.HubYear;
import io.mastery.rules.SampleHub;
import io.mastery.rules.journey.SchoolJourney;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

@DisplayName("Verdicts that follow the register's dates and links")
class RegisterDatesAndLinksExamples {

  /** The sample hub's year moved to another academic year, its schools unchanged. */
  private static HubYear inYear(AcademicYear year, UnaryOperatorOnSchool change) {
    HubYear sample = SampleHub.hubYear();
    WorkGroup group = sample.firstGroup().withAcademicYear(year);
    Enrolment enrolment =
        Enrolment.builder()
            .from(sample.enrolment())
            .academicYear(year)
            .workGroups(List.of(group))
            .build();
    List<School> schools = new ArrayList<>();
    for (School s : sample.register().schools()) {
      schools.add(s.urn().equals(school(0)) ? change.apply(s) : s);
    }
    return new HubYear(enrolment, SchoolRegister.of(schools), ProgrammePolicy.forYear(year));
  }

  @FunctionalInterface
  private interface UnaryOperatorOnSchool {
    School apply(School school);
  }

  private static List<Violation> of(Decision decision, String rule) {
    return decision.violations().stream().filter(v -> v.rule().equals(rule)).toList();
  }

  private static School closedOn(School school, LocalDate date) {
    return school
        .withStatus(EstablishmentStatus.CLOSED)
        .withDates(Optional.empty(), Optional.of(date));
  }

  @Nested
  @DisplayName("school.closed is judged by date for the academic year judged")
  class ClosedByDate {

    @Test
    @DisplayName(
        "`school.closed`: a school today's register lists as Closed on 31-08-2019 took part in"
            + " 2017/18 without error, and is refused for 2019/20, the message naming the dates")
    void aSchoolClosedIn2019IsFineFor2017() {
      LocalDate closed = LocalDate.of(2019, 8, 31);
      Decision before = inYear(AcademicYear.of(2017), s -> closedOn(s, closed)).decide();
      Decision after = inYear(AcademicYear.of(2019), s -> closedOn(s, closed)).decide();

      assertThat(of(before, "school.closed")).isEmpty();
      assertThat(of(after, "school.closed"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.workGroup()).contains(WG_01);
                assertThat(v.school()).contains(school(0));
                assertThat(v.message())
                    .isEqualTo(
                        "School 100010 (Example Primary 100010) closed on 2019-08-31, before"
                            + " 2019/20 began on 2019-09-01; only schools open in the year take"
                            + " part");
                assertThat(v.arguments())
                    .containsEntry("case", "closed-before")
                    .containsEntry("closeDate", "2019-08-31")
                    .containsEntry("yearStarts", "2019-09-01")
                    .containsEntry("status", "Closed");
              });
    }

    @Test
    @DisplayName(
        "`school.closed`: a school that opens on 01-09-2020 is not yet open for 2019/20, and a"
            + " Closed school without a close date is still refused by its status")
    void notYetOpenAndUndatedClosure() {
      Decision notYet =
          inYear(
                  AcademicYear.of(2019),
                  s -> s.withDates(Optional.of(LocalDate.of(2020, 9, 1)), Optional.empty()))
              .decide();
      Decision undated =
          inYear(AcademicYear.of(2019), s -> s.withStatus(EstablishmentStatus.CLOSED)).decide();

      assertThat(of(notYet, "school.closed"))
          .singleElement()
          .satisfies(
              v ->
                  assertThat(v.arguments())
                      .containsEntry("case", "not-yet-open")
                      .containsEntry("openDate", "2020-09-01")
                      .containsEntry("yearEnds", "2020-08-31"));
      assertThat(of(undated, "school.closed"))
          .singleElement()
          .satisfies(v -> assertThat(v.arguments()).doesNotContainKey("case"));
    }

    @Test
    @DisplayName(
        "a Closed school with a close date is refused exactly for the years that begin after it")
    void closedExactlyForYearsAfterTheCloseDate() {
      qt(60)
          .forAll(
              SourceDSL.integers().between(2016, 2025),
              SourceDSL.longs()
                  .between(
                      LocalDate.of(2015, 9, 1).toEpochDay(), LocalDate.of(2026, 8, 31).toEpochDay()))
          .checkAssert(
              (start, day) -> {
                AcademicYear year = AcademicYear.of(start);
                LocalDate closed = LocalDate.ofEpochDay(day);
                Decision decision = inYear(year, s -> closedOn(s, closed)).decide();
                assertThat(of(decision, "school.closed").isEmpty())
                    .isEqualTo(!closed.isBefore(year.startDate()));
              });
    }
  }

  @Nested
  @DisplayName("a school's history includes its predecessors' (GIAS links)")
  class PredecessorHistory {

    private final Urn predecessor = Urn.of(100_099);

    private HubYear converted(SchoolLinks links, JourneyRecord... history) {
      HubYear sample = SampleHub.hubYear();
      return new HubYear(
          sample.enrolment().withHistory(List.of(history)),
          sample.register().withLinks(links),
          sample.policy());
    }

    @Test
    @DisplayName(
        "`journey.development-repeated`: a converter academy whose predecessor took Development"
            + " in 2017/18 cannot take it again in 2019/20; the refusal names the predecessor URN")
    void aConverterAcademyCannotRepeatDevelopment() {
      JourneyRecord before =
          JourneyRecord.of(predecessor, Phase.DEVELOPMENT, AcademicYear.of(2017));
      SchoolLinks links =
          SchoolLinks.of(
              List.of(SchoolLink.of(school(0), predecessor, "Predecessor", Optional.empty())));

      Decision unlinked = converted(SchoolLinks.empty(), before).decide();
      Decision linked = converted(links, before).decide();

      assertThat(of(unlinked, "journey.development-repeated")).isEmpty();
      assertThat(of(linked, "journey.development-repeated"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.school()).contains(school(0));
                assertThat(v.message())
                    .isEqualTo(
                        "School 100010 already took part in Development in 2017/18, as its"
                            + " predecessor 100099 (GIAS links); a school takes part in"
                            + " Development once, under a new URN too");
                assertThat(v.arguments())
                    .containsEntry("predecessor", "100099")
                    .containsEntry("developmentYear", "2017/18")
                    .containsEntry("case", "predecessor");
              });
    }

    @Test
    @DisplayName(
        "`journey.out-of-order`: a successor of a school that completed Embedding may not go back"
            + " to Development, the refusal naming the predecessor")
    void aSuccessorCannotGoBack() {
      SchoolLinks links =
          SchoolLinks.of(
              List.of(SchoolLink.of(predecessor, school(0), "Successor", Optional.empty())));
      Decision decision =
          converted(
                  links,
                  JourneyRecord.of(predecessor, Phase.DEVELOPMENT, AcademicYear.of(2016)),
                  JourneyRecord.of(predecessor, Phase.EMBEDDING, AcademicYear.of(2017)))
              .decide();

      assertThat(of(decision, "journey.out-of-order"))
          .singleElement()
          .satisfies(v -> assertThat(v.arguments()).containsEntry("predecessor", "100099"));
    }

    @Test
    @DisplayName(
        "along any chain of predecessors, with the links read either way and even when the last"
            + " links back to the school, a Development year of any of them is found and named")
    void anyChainIsFollowedAndCyclesEnd() {
      qt(100)
          .forAll(
              SourceDSL.integers()
                  .between(1, 6)
                  .flatMap(n -> SourceDSL.integers().between(0, n - 1).map(at -> List.of(n, at))),
              SourceDSL.booleans().all(),
              SourceDSL.booleans().all())
          .checkAssert(
              (lengthAndAt, backwards, cycle) -> {
                int length = lengthAndAt.get(0);
                int at = lengthAndAt.get(1);
                List<SchoolLink> chain = new ArrayList<>();
                Urn later = school(0);
                List<Urn> urns = new ArrayList<>();
                for (int i = 0; i < length; i++) {
                  Urn earlier = Urn.of(140_000 + i);
                  urns.add(earlier);
                  chain.add(
                      backwards
                          ? SchoolLink.of(earlier, later, "Successor - merged", Optional.empty())
                          : SchoolLink.of(later, earlier, "Predecessor", Optional.empty()));
                  later = earlier;
                }
                if (cycle) {
                  chain.add(SchoolLink.of(later, school(0), "Predecessor", Optional.empty()));
                }
                Urn developed = urns.get(at);
                Decision decision =
                    converted(
                            SchoolLinks.of(chain),
                            JourneyRecord.of(developed, Phase.DEVELOPMENT, AcademicYear.of(2017)))
                        .decide();
                List<Violation> repeated = of(decision, "journey.development-repeated");
                assertThat(repeated).hasSize(1);
                Map<String, Object> arguments = repeated.get(0).arguments();
                assertThat(arguments).containsEntry("predecessor", developed.toString());
              });
    }

    @Test
    @DisplayName(
        "a school's journey with the links may not enter Development after its predecessor's, and"
            + " says so naming the predecessor; without them it may")
    void theJourneyFollowsTheLinks() {
      Enrolment enrolment =
          SampleHub.hubYear()
              .enrolment()
              .withHistory(
                  List.of(JourneyRecord.of(predecessor, Phase.DEVELOPMENT, AcademicYear.of(2017))));
      SchoolLinks links =
          SchoolLinks.of(
              List.of(SchoolLink.of(school(0), predecessor, "Predecessor", Optional.empty())));
      Urn converter = school(0);

      assertThat(SchoolJourney.of(converter, enrolment).mayEnter(Phase.DEVELOPMENT, AcademicYear.of(2018)))
          .isTrue();
      assertThat(
              SchoolJourney.of(converter, enrolment, links)
                  .refusals(Phase.DEVELOPMENT, AcademicYear.of(2018)))
          .singleElement()
          .satisfies(r -> assertThat(r.message()).contains("as its predecessor 100099"));
    }

    @Test
    @DisplayName(
        "a link without a direction (Sixth Form Centre Link, Result of Amalgamation) is not"
            + " followed")
    void linksWithoutDirectionAreNotFollowed() {
      SchoolLinks links =
          SchoolLinks.of(
              List.of(
                  SchoolLink.of(school(0), predecessor, "Sixth Form Centre Link", Optional.empty()),
                  SchoolLink.of(school(0), predecessor, "Result of Amalgamation", Optional.empty())));
      Decision decision =
          converted(links, JourneyRecord.of(predecessor, Phase.DEVELOPMENT, AcademicYear.of(2017)))
              .decide();

      assertThat(of(decision, "journey.development-repeated")).isEmpty();
    }
  }
}
