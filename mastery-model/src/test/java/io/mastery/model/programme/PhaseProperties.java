package io.mastery.model.programme;

import static io.mastery.model.testkit.MasteryGen.phases;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A phase of a school's journey")
class PhaseProperties {

  @Test
  @DisplayName("runs Readiness, the Introductory phase, Development, Embedding, Sustaining")
  void runsReadinessDevelopmentEmbeddingSustaining() {
    assertThat(Phase.values())
        .containsExactly(
            Phase.MASTERY_READINESS,
            Phase.INTRODUCTORY,
            Phase.DEVELOPMENT,
            Phase.EMBEDDING,
            Phase.SUSTAINING);
    assertThat(Phase.INTRODUCTORY.isBefore(Phase.DEVELOPMENT)).isTrue();
    assertThat(Phase.MASTERY_READINESS.isBefore(Phase.DEVELOPMENT)).isTrue();
    assertThat(Phase.SUSTAINING.isAfter(Phase.EMBEDDING)).isTrue();
  }

  @Test
  @DisplayName("comes before exactly the phases that come after it")
  void isBeforeExactlyThePhasesThatAreAfterIt() {
    qt().forAll(phases(), phases())
        .checkAssert(
            (a, b) -> {
              assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
              assertThat(a.isBefore(b)).isEqualTo(a.ordinal() < b.ordinal());
              assertThat(a.isBefore(b) || a.isAfter(b)).isEqualTo(a != b);
            });
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Phase.class, Phase.DEVELOPMENT);
  }
}
