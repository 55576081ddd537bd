package io.mastery.model.journey;

import static io.mastery.model.testkit.MasteryGen.journeyRecords;
import static io.mastery.model.testkit.MasteryGen.phases;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.Urn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.Comparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A journey record")
class JourneyRecordProperties {

  private static final Comparator<JourneyRecord> BY_SCHOOL_YEAR_PHASE =
      Comparator.comparing(JourneyRecord::school)
          .thenComparing(JourneyRecord::academicYear)
          .thenComparing(JourneyRecord::phase)
          .thenComparing(
              r -> r.stream().map(st -> st.ordinal() + 1).orElse(0), Comparator.naturalOrder());

  @Test
  @DisplayName("holds the school, the phase and the year")
  void holdsTheSchoolPhaseAndYear() {
    qt().forAll(urns(), phases(), programmeYears())
        .checkAssert(
            (school, phase, year) -> {
              JourneyRecord record = JourneyRecord.of(school, phase, year);
              assertThat(record.school()).isEqualTo(school);
              assertThat(record.phase()).isEqualTo(phase);
              assertThat(record.academicYear()).isEqualTo(year);
            });
  }

  @Test
  @DisplayName(
      "is ordered by school, then year, then phase, then stream, consistently with equals")
  void isOrderedBySchoolThenYearThenPhaseConsistentlyWithEquals() {
    qt().forAll(
            io.mastery.model.testkit.MasteryGen.journeyRecordsOfAnyStream(),
            io.mastery.model.testkit.MasteryGen.journeyRecordsOfAnyStream())
        .checkAssert(
            (a, b) -> {
              assertThat(Integer.signum(a.compareTo(b)))
                  .isEqualTo(Integer.signum(BY_SCHOOL_YEAR_PHASE.compare(a, b)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            });
  }

  @Test
  @DisplayName(
      "is completed unless it says otherwise, and a record not completed differs from one completed")
  void completedUnlessItSaysOtherwise() {
    qt().forAll(journeyRecords())
        .checkAssert(
            record -> {
              assertThat(record.completed()).isTrue();
              JourneyRecord notCompleted = record.withCompleted(false);
              assertThat(notCompleted.completed()).isFalse();
              assertThat(notCompleted).isNotEqualTo(record);
              assertThat(notCompleted.compareTo(record)).isNegative();
              assertThat(notCompleted.withCompleted(true)).isEqualTo(record);
            });
  }

  @Test
  @DisplayName("of one school sort in the order of its years")
  void aSchoolsRecordsSortInTheOrderOfItsYears() {
    qt().forAll(urns(), phases(), phases(), programmeYears())
        .checkAssert(
            (school, p, q, year) -> {
              JourneyRecord earlier = JourneyRecord.of(school, p, year);
              JourneyRecord later = JourneyRecord.of(school, q, year.next());
              assertThat(earlier.compareTo(later)).isNegative();
              assertThat(later.compareTo(earlier)).isPositive();
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same school, phase and year")
  void isEqualOnlyWithTheSameSchoolPhaseAndYear() {
    JourneyRecord record = MasteryExamples.JOURNEY_RECORD;
    new EqualsTester()
        .addEqualityGroup(
            record,
            JourneyRecord.of(Urn.of(100009), Phase.DEVELOPMENT, AcademicYear.parse("2017/18")))
        .addEqualityGroup(
            JourneyRecord.of(Urn.of(100010), Phase.DEVELOPMENT, AcademicYear.of(2017)))
        .addEqualityGroup(JourneyRecord.of(Urn.of(100009), Phase.EMBEDDING, AcademicYear.of(2017)))
        .addEqualityGroup(
            JourneyRecord.of(Urn.of(100009), Phase.DEVELOPMENT, AcademicYear.of(2018)))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(JourneyRecord.class, MasteryExamples.JOURNEY_RECORD);
  }

  @Test
  @DisplayName(
      "counts in the journey of the stream it names, and in every stream's journey when it names"
          + " none, as records written before journeys were per stream")
  void countsInItsStreamsJourney() {
    qt().forAll(
            io.mastery.model.testkit.MasteryGen.journeyRecordsOfAnyStream(),
            io.mastery.model.testkit.MasteryGen.streams())
        .checkAssert(
            (record, journey) -> {
              assertThat(record.countsFor(journey))
                  .isEqualTo(record.stream().isEmpty() || record.stream().get() == journey);
              JourneyRecord withoutStream =
                  JourneyRecord.of(record.school(), record.phase(), record.academicYear());
              assertThat(withoutStream.countsFor(journey)).isTrue();
              assertThat(withoutStream.stream()).isEmpty();
              assertThat(
                      JourneyRecord.of(record.school(), record.phase(), record.academicYear(), journey)
                          .stream())
                  .contains(journey);
            });
  }
}
