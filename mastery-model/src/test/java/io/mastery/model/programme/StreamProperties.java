package io.mastery.model.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A stream")
class StreamProperties {

  @Example
  @Label("is primary, secondary or FE, named as in the JSON interchange")
  void isPrimarySecondaryOrFe() {
    assertThat(Stream.values()).containsExactly(Stream.PRIMARY, Stream.SECONDARY, Stream.FE);
  }

  @Property
  void isReadBackFromItsName(@ForAll Stream stream) {
    assertThat(Stream.valueOf(stream.name())).isSameAs(stream);
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(Stream.class, Stream.PRIMARY);
  }
}
