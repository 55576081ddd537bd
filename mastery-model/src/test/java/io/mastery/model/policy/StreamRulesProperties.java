package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("A stream's specialist programme")
class StreamRulesProperties {

  @Property
  @Label("cohort n trains in cohort 1's year + n - 1")
  void cohortNTrainsNMinusOneYearsAfterCohortOne(
      @ForAll StreamRules rules, @ForAll @IntRange(min = 1, max = Cohort.MAX_NUMBER) int n) {
    assertThat(rules.trainingYear(n)).isEqualTo(rules.cohortOneTrainingYear().plusYears(n - 1));
    assertThat(rules.cohortOneTrainingYear().yearsUntil(rules.trainingYear(n))).isEqualTo(n - 1);
  }

  @Property
  void successiveCohortsTrainInSuccessiveYears(
      @ForAll StreamRules rules, @ForAll @IntRange(min = 1, max = Cohort.MAX_NUMBER - 1) int n) {
    assertThat(rules.trainingYear(n + 1)).isEqualTo(rules.trainingYear(n).next());
  }

  @Property
  void rejectsACohortNumberOutside1To999QuotingIt(
      @ForAll StreamRules rules, @ForAll("offRange") int n) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rules.trainingYear(n))
        .withMessage("cohort number must be from 1 to 999: " + n);
  }

  @Provide
  Arbitrary<Integer> offRange() {
    return Arbitraries.oneOf(
        Arbitraries.integers().lessOrEqual(0), Arbitraries.integers().greaterOrEqual(1000));
  }

  @Property
  void rejectsAProgrammeOfLessThanOneYearQuotingIt(
      @ForAll Stream stream,
      @ForAll AcademicYear year,
      @ForAll @IntRange(min = -5, max = 0) int years) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StreamRules.of(stream, year, years))
        .withMessage("programme length must be 1 year or more: " + years);
  }

  @Example
  @Label("primary cohort 1 trains in 2015/16, cohort 4 in 2018/19, 7 in 2021/22, 11 in 2025/26")
  void primaryCohortsTrainFrom2015() {
    StreamRules primary = MasteryExamples.PRIMARY_PROGRAMME;
    assertThat(primary.trainingYear(1)).hasToString("2015/16");
    assertThat(primary.trainingYear(4)).hasToString("2018/19");
    assertThat(primary.trainingYear(7)).hasToString("2021/22");
    assertThat(primary.trainingYear(11)).hasToString("2025/26");
    assertThat(primary.programmeYears()).isEqualTo(3);
  }

  @Example
  @Label("secondary cohort 10 trains in 2025/26")
  void secondaryCohort10TrainsIn2025() {
    StreamRules secondary =
        ProgrammePolicy.forYear(AcademicYear.of(2025)).streamRules(Stream.SECONDARY).orElseThrow();
    assertThat(secondary.trainingYear(10)).hasToString("2025/26");
    assertThat(secondary.trainingYear(1)).hasToString("2016/17");
  }

  @Example
  void areEqualOnlyWithTheSameStreamFirstYearAndLength() {
    AcademicYear y2015 = AcademicYear.of(2015);
    new EqualsTester()
        .addEqualityGroup(
            StreamRules.of(Stream.PRIMARY, y2015, 3), MasteryExamples.PRIMARY_PROGRAMME)
        .addEqualityGroup(StreamRules.of(Stream.SECONDARY, y2015, 3))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015.next(), 3))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015, 2))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(StreamRules.class, MasteryExamples.PRIMARY_PROGRAMME);
  }
}
