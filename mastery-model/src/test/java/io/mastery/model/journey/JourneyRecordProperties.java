package io.mastery.model.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.school.Urn;
import java.util.Comparator;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A journey record")
class JourneyRecordProperties {

  private static final Comparator<JourneyRecord> BY_SCHOOL_YEAR_PHASE =
      Comparator.comparing(JourneyRecord::school)
          .thenComparing(JourneyRecord::academicYear)
          .thenComparing(JourneyRecord::phase);

  @Property
  void holdsTheSchoolPhaseAndYear(
      @ForAll Urn school, @ForAll Phase phase, @ForAll AcademicYear year) {
    JourneyRecord record = JourneyRecord.of(school, phase, year);
    assertThat(record.school()).isEqualTo(school);
    assertThat(record.phase()).isEqualTo(phase);
    assertThat(record.academicYear()).isEqualTo(year);
  }

  @Property
  void isOrderedBySchoolThenYearThenPhaseConsistentlyWithEquals(
      @ForAll JourneyRecord a, @ForAll JourneyRecord b) {
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(Integer.signum(BY_SCHOOL_YEAR_PHASE.compare(a, b)));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Property
  void aSchoolsRecordsSortInTheOrderOfItsYears(
      @ForAll Urn school, @ForAll Phase p, @ForAll Phase q, @ForAll AcademicYear year) {
    JourneyRecord earlier = JourneyRecord.of(school, p, year);
    JourneyRecord later = JourneyRecord.of(school, q, year.next());
    assertThat(earlier.compareTo(later)).isNegative();
    assertThat(later.compareTo(earlier)).isPositive();
  }

  @Example
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

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(JourneyRecord.class, MasteryExamples.JOURNEY_RECORD);
  }
}
