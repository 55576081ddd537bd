package io.mastery.model.delivery;

import static io.mastery.model.testkit.DeliveryGen.meetings;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A Work Group's meeting")
class MeetingProperties {

  @Test
  @DisplayName("holds its day, its half-term and the teachers who attended, in the order given")
  void holdsItsParts() {
    qt().forAll(meetings())
        .checkAssert(
            m -> {
              Meeting copy = Meeting.of(m.date(), m.halfTerm(), m.attended());
              assertThat(copy).isEqualTo(m);
              assertThat(copy.attended()).containsExactlyElementsOf(m.attended());
            });
  }

  @Test
  @DisplayName("refuses a teacher listed twice, naming the TRN")
  void refusesATeacherTwice() {
    Trn trn = Trn.of("1234567");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Meeting.of(LocalDate.of(2019, 10, 3), HalfTerm.AUTUMN_1, List.of(trn, trn)))
        .withMessageContaining("1234567");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same day, half-term and attendance")
  void equality() {
    LocalDate day = LocalDate.of(2019, 10, 3);
    Trn trn = Trn.of("1234567");
    new EqualsTester()
        .addEqualityGroup(
            Meeting.of(day, HalfTerm.AUTUMN_1, List.of(trn)),
            Meeting.of(day, HalfTerm.AUTUMN_1, List.of(trn)))
        .addEqualityGroup(Meeting.of(day.plusDays(1), HalfTerm.AUTUMN_1, List.of(trn)))
        .addEqualityGroup(Meeting.of(day, HalfTerm.AUTUMN_2, List.of(trn)))
        .addEqualityGroup(Meeting.of(day, HalfTerm.AUTUMN_1, List.of()))
        .testEquals();
  }
}
