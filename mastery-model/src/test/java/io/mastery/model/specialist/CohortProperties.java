package io.mastery.model.specialist;

import static io.mastery.model.testkit.Generators.intsAtLeast;
import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.MasteryGen.cohorts;
import static io.mastery.model.testkit.MasteryGen.streams;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A cohort of Mastery Specialists")
class CohortProperties {

  @Test
  @DisplayName("is numbered from 1 to 999 in each stream")
  void isNumberedFrom1To999InEachStream() {
    qt().forAll(streams(), integers().between(1, 999))
        .checkAssert(
            (stream, number) -> {
              Cohort cohort = Cohort.of(stream, number);
              assertThat(cohort.stream()).isEqualTo(stream);
              assertThat(cohort.number()).isEqualTo(number);
              assertThat(cohort).hasToString(stream + " cohort " + number);
            });
  }

  @Test
  @DisplayName("refuses every other number, quoting it")
  void rejectsEveryOtherNumberQuotingIt() {
    qt().forAll(streams(), offRange())
        .checkAssert(
            (stream, number) ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> Cohort.of(stream, number))
                    .withMessage("cohort number must be from 1 to 999: " + number));
  }

  private static Gen<Integer> offRange() {
    return oneOf(oneOfValues(0, 1000), intsAtMost(0), intsAtLeast(1000));
  }

  @Test
  @DisplayName("refuses cohort 0 and cohort 1000")
  void rejectsCohort0And1000() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cohort.of(Stream.PRIMARY, 0))
        .withMessageEndingWith(": 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cohort.of(Stream.SECONDARY, 1000))
        .withMessageEndingWith(": 1000");
  }

  @Test
  @DisplayName("is ordered by stream, then number, consistently with equals")
  void isOrderedByStreamThenNumberConsistentlyWithEquals() {
    qt().forAll(cohorts(), cohorts())
        .checkAssert(
            (a, b) -> {
              int byStream = a.stream().compareTo(b.stream());
              int expected = byStream != 0 ? byStream : Integer.compare(a.number(), b.number());
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same stream and number")
  void isEqualOnlyWithTheSameStreamAndNumber() {
    new EqualsTester()
        .addEqualityGroup(Cohort.of(Stream.PRIMARY, 3), Cohort.of(Stream.PRIMARY, 3))
        .addEqualityGroup(Cohort.of(Stream.SECONDARY, 3))
        .addEqualityGroup(Cohort.of(Stream.PRIMARY, 4))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Cohort.class, Cohort.of(Stream.FE, 1));
  }
}
