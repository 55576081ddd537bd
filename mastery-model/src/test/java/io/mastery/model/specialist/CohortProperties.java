package io.mastery.model.specialist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.programme.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

@Label("A cohort of Mastery Specialists")
class CohortProperties {

  @Property
  void isNumberedFrom1To999InEachStream(
      @ForAll Stream stream, @ForAll @IntRange(min = 1, max = 999) int number) {
    Cohort cohort = Cohort.of(stream, number);
    assertThat(cohort.stream()).isEqualTo(stream);
    assertThat(cohort.number()).isEqualTo(number);
    assertThat(cohort).hasToString(stream + " cohort " + number);
  }

  @Property
  void rejectsEveryOtherNumberQuotingIt(@ForAll Stream stream, @ForAll("offRange") int number) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cohort.of(stream, number))
        .withMessage("cohort number must be from 1 to 999: " + number);
  }

  @Provide
  Arbitrary<Integer> offRange() {
    return Arbitraries.oneOf(
        Arbitraries.of(0, 1000),
        Arbitraries.integers().lessOrEqual(0),
        Arbitraries.integers().greaterOrEqual(1000));
  }

  @Example
  void rejectsCohort0And1000() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cohort.of(Stream.PRIMARY, 0))
        .withMessageEndingWith(": 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cohort.of(Stream.SECONDARY, 1000))
        .withMessageEndingWith(": 1000");
  }

  @Property
  void isOrderedByStreamThenNumberConsistentlyWithEquals(@ForAll Cohort a, @ForAll Cohort b) {
    int byStream = a.stream().compareTo(b.stream());
    int expected = byStream != 0 ? byStream : Integer.compare(a.number(), b.number());
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
  }

  @Example
  void isEqualOnlyWithTheSameStreamAndNumber() {
    new EqualsTester()
        .addEqualityGroup(Cohort.of(Stream.PRIMARY, 3), Cohort.of(Stream.PRIMARY, 3))
        .addEqualityGroup(Cohort.of(Stream.SECONDARY, 3))
        .addEqualityGroup(Cohort.of(Stream.PRIMARY, 4))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Cohort.class, Cohort.of(Stream.FE, 1));
  }
}
