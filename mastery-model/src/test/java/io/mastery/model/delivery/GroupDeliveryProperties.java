package io.mastery.model.delivery;

import static io.mastery.model.testkit.DeliveryGen.groupDeliveries;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A Work Group's delivery")
class GroupDeliveryProperties {

  @Test
  @DisplayName("holds the group, its meetings and its visits, and copies with others")
  void holdsItsParts() {
    qt().forAll(groupDeliveries())
        .checkAssert(
            g -> {
              assertThat(GroupDelivery.of(g.workGroup(), g.meetings(), g.visits())).isEqualTo(g);
              assertThat(g.withMeetings(List.of()).meetings()).isEmpty();
              assertThat(g.withVisits(List.of()).visits()).isEmpty();
              assertThat(g.withMeetings(List.of()).visits()).isEqualTo(g.visits());
            });
  }
}
