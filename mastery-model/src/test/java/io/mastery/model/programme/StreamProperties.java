package io.mastery.model.programme;

import static io.mastery.model.testkit.MasteryGen.streams;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A stream")
class StreamProperties {

  @Test
  @DisplayName("is primary, secondary or FE, named as in the JSON interchange")
  void isPrimarySecondaryOrFe() {
    assertThat(Stream.values()).containsExactly(Stream.PRIMARY, Stream.SECONDARY, Stream.FE);
  }

  @Test
  @DisplayName("is read back from its name")
  void isReadBackFromItsName() {
    qt().forAll(streams())
        .checkAssert(stream -> assertThat(Stream.valueOf(stream.name())).isSameAs(stream));
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Stream.class, Stream.PRIMARY);
  }
}
