package io.mastery.model.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A phase of a school's journey")
class PhaseProperties {

  @Example
  @Label("runs Readiness, Development, Embedding, Sustaining")
  void runsReadinessDevelopmentEmbeddingSustaining() {
    assertThat(Phase.values())
        .containsExactly(
            Phase.MASTERY_READINESS, Phase.DEVELOPMENT, Phase.EMBEDDING, Phase.SUSTAINING);
    assertThat(Phase.MASTERY_READINESS.isBefore(Phase.DEVELOPMENT)).isTrue();
    assertThat(Phase.SUSTAINING.isAfter(Phase.EMBEDDING)).isTrue();
  }

  @Property
  void isBeforeExactlyThePhasesThatAreAfterIt(@ForAll Phase a, @ForAll Phase b) {
    assertThat(a.isBefore(b)).isEqualTo(b.isAfter(a));
    assertThat(a.isBefore(b)).isEqualTo(a.ordinal() < b.ordinal());
    assertThat(a.isBefore(b) || a.isAfter(b)).isEqualTo(a != b);
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Phase.class, Phase.DEVELOPMENT);
  }
}
