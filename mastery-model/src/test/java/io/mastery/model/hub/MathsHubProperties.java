package io.mastery.model.hub;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.LETTERS;
import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.letterStrings;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.localAuthorityCodes;
import static io.mastery.model.testkit.MasteryGen.mathsHubs;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("A Maths Hub")
class MathsHubProperties {

  private static final String VALID_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";

  @Test
  @DisplayName("serves exactly its local authorities")
  void servesExactlyItsLocalAuthorities() {
    qt(200)
        .forAll(mathsHubs(), localAuthorityCodes())
        .checkAssert(
            (hub, code) -> {
              assertThat(hub.serves(code)).isEqualTo(hub.localAuthorities().contains(code));
              hub.localAuthorities().forEach(la -> assertThat(hub.serves(la)).isTrue());
            });
  }

  @Test
  @DisplayName("keeps its id, name and local authorities in the order given")
  void keepsItsIdNameAndLocalAuthoritiesInTheOrderGiven() {
    qt(200)
        .forAll(ids(), setsOf(localAuthorityCodes(), 0, 255))
        .checkAssert(
            (id, codes) -> {
              List<LocalAuthorityCode> ordered = List.copyOf(codes);
              MathsHub hub = MathsHub.of(id, "A Maths Hub", ordered);
              assertThat(hub.id()).isEqualTo(id);
              assertThat(hub.name()).isEqualTo("A Maths Hub");
              assertThat(hub.localAuthorities()).containsExactlyElementsOf(ordered);
            });
  }

  private static Gen<String> ids() {
    return stringsOf(LETTERS + DIGITS + "_-", 1, 32).assuming(s -> s.matches(VALID_ID));
  }

  @Test
  @DisplayName("refuses an id with bad characters or of a bad length, quoting it")
  void rejectsIdsWithBadCharactersOrLengthQuotingThem() {
    qt().forAll(badIds())
        .checkAssert(
            id ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> MathsHub.of(id, "A Maths Hub", List.of()))
                    .withMessage(
                        "hub id must be 1 to 32 letters, digits, underscores or hyphens: \""
                            + id
                            + "\""));
  }

  private static Gen<String> badIds() {
    Gen<String> badChar =
        oneOfValues(" ", ".", "/", "#", "é", "\t", "*")
            .flatMap(c -> letterStrings(0, 8).map(r -> "H" + r + c));
    Gen<String> badFirst =
        oneOfValues("_", "-").flatMap(c -> letterStrings(0, 8).map(r -> c + r));
    Gen<String> tooLong = letterStrings(33, 60);
    return oneOf(badChar, badFirst, tooLong, Generate.constant(""), anyStrings())
        .assuming(s -> !s.matches(VALID_ID));
  }

  @Test
  @DisplayName("refuses a blank name, quoting it")
  void rejectsABlankNameQuotingIt() {
    qt().forAll(blank())
        .checkAssert(
            name ->
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> MathsHub.of("LCW", name, List.of()))
                    .withMessage("hub name must not be blank: \"" + name + "\""));
  }

  private static Gen<String> blank() {
    return stringsOf(" \t\n", 0, 4);
  }

  @Test
  @DisplayName("cannot be built without its id and name")
  void cannotBeBuiltWithoutItsIdAndName() {
    assertThatIllegalStateException()
        .isThrownBy(() -> MathsHub.builder().build())
        .withMessageContaining("id")
        .withMessageContaining("name");
    assertThatIllegalStateException()
        .isThrownBy(() -> MathsHub.builder().id("LCW").build())
        .withMessageContaining("[name]");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with the same id, name and local authorities")
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

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(MathsHub.class, MasteryExamples.HUB);
    NullRejection.assertRejectsNulls(MathsHub.Builder.class, MathsHub.builder());
  }
}
