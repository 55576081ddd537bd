package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.MasteryGen.establishmentStatuses;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("An establishment status")
class EstablishmentStatusProperties {

  @Test
  @DisplayName("has the register's four codes and names")
  void hasTheRegistersFourCodesAndNames() {
    assertThat(
            Arrays.stream(EstablishmentStatus.values()).map(s -> s.code() + " " + s.registerName()))
        .containsExactly(
            "1 Open", "2 Closed", "3 Open, but proposed to close", "4 Proposed to open");
  }

  @Test
  @DisplayName("is found by its code")
  void isFoundByItsCode() {
    qt().forAll(establishmentStatuses())
        .checkAssert(
            status -> assertThat(EstablishmentStatus.ofCode(status.code())).isSameAs(status));
  }

  @Test
  @DisplayName("is open when open, or open but proposed to close")
  void isOpenOnlyWhenPupilsAttendNow() {
    qt().forAll(establishmentStatuses())
        .checkAssert(
            status ->
                assertThat(status.isOpen())
                    .isEqualTo(
                        status == EstablishmentStatus.OPEN
                            || status == EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE));
  }

  @Test
  @DisplayName("refuses an unknown code, quoting it")
  void rejectsAnUnknownCodeQuotingIt() {
    qt().forAll(ints())
        .checkAssert(
            code -> {
              if (code < 1 || code > 4) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> EstablishmentStatus.ofCode(code))
                    .withMessage("establishment status code is not known: " + code);
              }
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(EstablishmentStatus.class, EstablishmentStatus.OPEN);
  }
}
