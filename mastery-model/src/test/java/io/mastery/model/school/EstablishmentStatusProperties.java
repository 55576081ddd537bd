package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("An establishment status")
class EstablishmentStatusProperties {

  @Example
  void hasTheRegistersFourCodesAndNames() {
    assertThat(
            Arrays.stream(EstablishmentStatus.values()).map(s -> s.code() + " " + s.registerName()))
        .containsExactly(
            "1 Open", "2 Closed", "3 Open, but proposed to close", "4 Proposed to open");
  }

  @Property
  void isFoundByItsCode(@ForAll EstablishmentStatus status) {
    assertThat(EstablishmentStatus.ofCode(status.code())).isSameAs(status);
  }

  @Property
  @Label("is open when open, or open but proposed to close")
  void isOpenOnlyWhenPupilsAttendNow(@ForAll EstablishmentStatus status) {
    assertThat(status.isOpen())
        .isEqualTo(
            status == EstablishmentStatus.OPEN
                || status == EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE);
  }

  @Property
  void rejectsAnUnknownCodeQuotingIt(@ForAll int code) {
    if (code < 1 || code > 4) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EstablishmentStatus.ofCode(code))
          .withMessage("establishment status code is not known: " + code);
    }
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(EstablishmentStatus.class, EstablishmentStatus.OPEN);
  }
}
