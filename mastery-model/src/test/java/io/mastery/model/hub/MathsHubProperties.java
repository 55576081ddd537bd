package io.mastery.model.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.school.LocalAuthorityCode;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("A Maths Hub")
class MathsHubProperties {

  private static final String VALID_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";

  @Property(tries = 200)
  void servesExactlyItsLocalAuthorities(@ForAll MathsHub hub, @ForAll LocalAuthorityCode code) {
    assertThat(hub.serves(code)).isEqualTo(hub.localAuthorities().contains(code));
    hub.localAuthorities().forEach(la -> assertThat(hub.serves(la)).isTrue());
  }

  @Property(tries = 200)
  void keepsItsIdNameAndLocalAuthoritiesInTheOrderGiven(
      @ForAll("ids") String id, @ForAll Set<LocalAuthorityCode> codes) {
    List<LocalAuthorityCode> ordered = List.copyOf(codes);
    MathsHub hub = MathsHub.of(id, "A Maths Hub", ordered);
    assertThat(hub.id()).isEqualTo(id);
    assertThat(hub.name()).isEqualTo("A Maths Hub");
    assertThat(hub.localAuthorities()).containsExactlyElementsOf(ordered);
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars("_-")
        .ofMinLength(1)
        .ofMaxLength(32)
        .filter(s -> s.matches(VALID_ID));
  }

  @Property
  void rejectsIdsWithBadCharactersOrLengthQuotingThem(@ForAll("badIds") String id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MathsHub.of(id, "A Maths Hub", List.of()))
        .withMessage(
            "hub id must be 1 to 32 letters, digits, underscores or hyphens: \"" + id + "\"");
  }

  @Provide
  Arbitrary<String> badIds() {
    Arbitrary<String> badChar =
        Arbitraries.of(" ", ".", "/", "#", "é", "\t", "*")
            .flatMap(c -> Arbitraries.strings().alpha().ofMaxLength(8).map(r -> "H" + r + c));
    Arbitrary<String> badFirst =
        Arbitraries.of("_", "-")
            .flatMap(c -> Arbitraries.strings().alpha().ofMaxLength(8).map(r -> c + r));
    Arbitrary<String> tooLong = Arbitraries.strings().alpha().ofMinLength(33).ofMaxLength(60);
    return Arbitraries.oneOf(
            badChar, badFirst, tooLong, Arbitraries.just(""), Arbitraries.strings())
        .filter(s -> !s.matches(VALID_ID));
  }

  @Property
  void rejectsABlankNameQuotingIt(@ForAll("blank") String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MathsHub.of("LCW", name, List.of()))
        .withMessage("hub name must not be blank: \"" + name + "\"");
  }

  @Provide
  Arbitrary<String> blank() {
    return Arbitraries.strings().withChars(" \t\n").ofMaxLength(4);
  }

  @Example
  void cannotBeBuiltWithoutItsIdAndName() {
    assertThatIllegalStateException()
        .isThrownBy(() -> MathsHub.builder().build())
        .withMessageContaining("id")
        .withMessageContaining("name");
    assertThatIllegalStateException()
        .isThrownBy(() -> MathsHub.builder().id("LCW").build())
        .withMessageContaining("[name]");
  }

  @Example
  void isEqualOnlyWithTheSameIdNameAndLocalAuthorities() {
    MathsHub hub = MasteryExamples.HUB;
    new EqualsTester()
        .addEqualityGroup(
            hub,
            MathsHub.builder().from(hub).build(),
            MathsHub.of(
                "LCW",
                "London Central and West",
                List.of(LocalAuthorityCode.of("201"), LocalAuthorityCode.of("202"))))
        .addEqualityGroup(MathsHub.of("LCW", "London Central and West", List.of()))
        .addEqualityGroup(MathsHub.of("LCX", "London Central and West", hub.localAuthorities()))
        .addEqualityGroup(MathsHub.of("LCW", "London Central", hub.localAuthorities()))
        .testEquals();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(MathsHub.class, MasteryExamples.HUB);
    NullRejection.assertRejectsNulls(MathsHub.Builder.class, MathsHub.builder());
  }
}
