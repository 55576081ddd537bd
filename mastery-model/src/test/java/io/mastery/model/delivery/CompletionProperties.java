package io.mastery.model.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A school's completion")
class CompletionProperties {

  @Test
  @DisplayName("is completed, on track or not completed")
  void threeOutcomes() {
    assertThat(Completion.values())
        .containsExactly(Completion.COMPLETED, Completion.ON_TRACK, Completion.NOT_COMPLETED);
  }
}
