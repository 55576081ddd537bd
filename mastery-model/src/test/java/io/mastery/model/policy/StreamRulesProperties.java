package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.streamRules;
import static io.mastery.model.testkit.MasteryGen.streams;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A stream's specialist programme")
class StreamRulesProperties {

  @Test
  @DisplayName("cohort n trains in cohort 1's year + n - 1")
  void cohortNTrainsNMinusOneYearsAfterCohortOne() {
    qt().forAll(streamRules(), integers().between(1, Cohort.MAX_NUMBER))
        .checkAssert(
            (rules, n) -> {
              assertThat(rules.trainingYear(n))
                  .isEqualTo(rules.cohortOneTrainingYear().plusYears(n - 1));
              assertThat(rules.cohortOneTrainingYear().yearsUntil(rules.trainingYear(n)))
                  .isEqualTo(n - 1);
            });
  }

  @Test
  @DisplayName("trains successive cohorts in successive years")
  void successiveCohortsTrainInSuccessiveYears() {
    qt().forAll(streamRules(), integers().between(1, Cohort.MAX_NUMBER - 1))
        .checkAssert(
            (rules, n) ->
                assertThat(rules.trainingYear(n + 1)).isEqualTo(rules.trainingYear(n).next()));
  }

  @Test
  @DisplayName("refuses a cohort number outside 1 to 999, quoting it")
  void rejectsACohortNumberOutside1To999QuotingIt() {
    qt().forAll(streamRules(), offRange())
        .checkAssert(
            (rules, n) ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> rules.trainingYear(n))
                    .withMessage("cohort number must be from 1 to 999: " + n));
  }

  private static Gen<Integer> offRange() {
    return oneOf(intsAtMost(0), intsAtLeast(1000));
  }

  @Test
  @DisplayName("refuses a programme of less than one year, quoting its length")
  void rejectsAProgrammeOfLessThanOneYearQuotingIt() {
    qt().forAll(streams(), programmeYears(), integers().between(-5, 0))
        .checkAssert(
            (stream, year, years) ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> StreamRules.of(stream, year, years))
                    .withMessage("programme length must be 1 year or more: " + years));
  }

  @Test
  @DisplayName(
      "primary cohort 1 trains in 2015/16, cohort 4 in 2018/19, 7 in 2021/22, 11 in"
          + " 2025/26")
  void primaryCohortsTrainFrom2015() {
    StreamRules primary = MasteryExamples.PRIMARY_PROGRAMME;
    assertThat(primary.trainingYear(1)).hasToString("2015/16");
    assertThat(primary.trainingYear(4)).hasToString("2018/19");
    assertThat(primary.trainingYear(7)).hasToString("2021/22");
    assertThat(primary.trainingYear(11)).hasToString("2025/26");
    assertThat(primary.programmeYears()).isEqualTo(3);
  }

  @Test
  @DisplayName("secondary cohort 10 trains in 2025/26")
  void secondaryCohort10TrainsIn2025() {
    StreamRules secondary =
        ProgrammePolicy.forYear(AcademicYear.of(2025)).streamRules(Stream.SECONDARY).orElseThrow();
    assertThat(secondary.trainingYear(10)).hasToString("2025/26");
    assertThat(secondary.trainingYear(1)).hasToString("2016/17");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName(
      "is equal only with the same stream, first year, length, leading years, required cohorts and"
          + " source")
  void areEqualOnlyWithTheSameStreamFirstYearAndLength() {
    AcademicYear y2015 = AcademicYear.of(2015);
    new EqualsTester()
        .addEqualityGroup(
            StreamRules.of(Stream.PRIMARY, y2015, 3),
            StreamRules.of(Stream.PRIMARY, y2015, 3).withLeading(true, 2, Optional.empty()))
        .addEqualityGroup(MasteryExamples.PRIMARY_PROGRAMME)
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015, 3).withLeading(true, 3, Optional.empty()))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015, 3).withLeading(false, 2, Optional.empty()))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015, 3).withLeading(true, 2, Optional.of(9)))
        .addEqualityGroup(StreamRules.of(Stream.SECONDARY, y2015, 3))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015.next(), 3))
        .addEqualityGroup(StreamRules.of(Stream.PRIMARY, y2015, 2))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(StreamRules.class, MasteryExamples.PRIMARY_PROGRAMME);
  }

  @Test
  @DisplayName(
      "a specialist leads in exactly the years of the programme from its first leading year to its"
          + " last, and never in a stream whose specialists lead no Work Groups")
  void leadsInTheProgrammesLeadingYears() {
    qt().forAll(streamRules(), integers().between(1, 15), integers().between(-2, 6))
        .checkAssert(
            (rules, cohort, offset) -> {
              AcademicYear training = rules.trainingYear(cohort);
              AcademicYear year = training.plusYears(offset);
              boolean expected =
                  rules.leadsWorkGroups()
                      && !year.isBefore(training)
                      && training.yearsUntil(year) + 1 >= rules.firstLeadingYear()
                      && training.yearsUntil(year) + 1 <= rules.programmeYears();
              assertThat(rules.leadsIn(cohort, year)).isEqualTo(expected);
            });
  }

  @Test
  @DisplayName("refuses a first leading year before the second year of the programme, quoting it")
  void refusesLeadingInTheTrainingYear() {
    qt().forAll(streamRules(), integers().between(-5, 1))
        .checkAssert(
            (rules, first) ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> rules.withLeading(true, first, Optional.empty()))
                    .withMessage(
                        "specialists lead from the second year of their programme or later: %s",
                        first));
  }

  @Test
  @DisplayName(
      "names the last cohort required to lead by a cohort number, refusing 0 and numbers past the"
          + " last cohort")
  void theLastCohortRequiredToLeadIsACohortNumber() {
    StreamRules rules = StreamRules.of(Stream.SECONDARY, AcademicYear.of(2016), 3);
    assertThat(rules.assumption()).isFalse();
    assertThat(rules.withLeading(true, 3, Optional.of(1)).lastCohortRequiredToLead()).contains(1);
    assertThat(rules.withLeading(true, 3, Optional.of(Cohort.MAX_NUMBER)).lastCohortRequiredToLead())
        .contains(Cohort.MAX_NUMBER);
    for (int bad : new int[] {0, Cohort.MAX_NUMBER + 1}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> rules.withLeading(true, 3, Optional.of(bad)))
          .withMessage(
              "last cohort required to lead must be from 1 to %s: %s", Cohort.MAX_NUMBER, bad);
    }
  }
}
