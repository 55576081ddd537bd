package io.mastery.model.delivery;

import static io.mastery.model.testkit.DeliveryGen.supportVisits;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.mastery.model.school.Urn;
import io.mastery.model.testkit.Area;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A support visit")
class SupportVisitProperties {

  @Test
  @DisplayName("holds the school visited and the day")
  void holdsItsParts() {
    qt().forAll(supportVisits())
        .checkAssert(v -> assertThat(SupportVisit.of(v.school(), v.date())).isEqualTo(v));
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same school and day")
  void equality() {
    LocalDate day = LocalDate.of(2019, 11, 12);
    new EqualsTester()
        .addEqualityGroup(SupportVisit.of(Urn.of(100000), day), SupportVisit.of(Urn.of(100000), day))
        .addEqualityGroup(SupportVisit.of(Urn.of(100001), day))
        .addEqualityGroup(SupportVisit.of(Urn.of(100000), day.plusDays(1)))
        .testEquals();
  }
}
