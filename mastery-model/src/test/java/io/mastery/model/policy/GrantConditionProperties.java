package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(Area.TAG_FUNDING)
@DisplayName("A grant condition")
class GrantConditionProperties {

  @Test
  @DisplayName("pays on enrolment, on completion or by attendance")
  void threeConditions() {
    assertThat(GrantCondition.values())
        .containsExactly(
            GrantCondition.ENROLMENT, GrantCondition.COMPLETION, GrantCondition.ATTENDANCE);
  }
}
