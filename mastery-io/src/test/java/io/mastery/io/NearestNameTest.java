package io.mastery.io;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The nearest known name, suggested for a misspelt one")
class NearestNameTest {

  static final List<String> OPTIONS = List.of("--schools", "--format", "--help", "--version");

  @Test
  @DisplayName("--shcools suggests --schools, and DEVELOPEMENT suggests DEVELOPMENT")
  void suggestsTheNearest() {
    assertThat(NearestName.among("--shcools", OPTIONS)).contains("--schools");
    assertThat(NearestName.among("--fromat", OPTIONS)).contains("--format");
    assertThat(
            NearestName.among(
                "DEVELOPEMENT", List.of("MASTERY_READINESS", "DEVELOPMENT", "EMBEDDING")))
        .contains("DEVELOPMENT");
    assertThat(NearestName.among("primary", List.of("PRIMARY", "SECONDARY", "FE")))
        .contains("PRIMARY");
  }

  @Test
  @DisplayName("suggests nothing for a name far from every known one, or one that is known")
  void suggestsNothingFarOff() {
    assertThat(NearestName.among("--colour", OPTIONS)).isEmpty();
    assertThat(NearestName.among("--verbose", OPTIONS)).isEmpty();
    assertThat(NearestName.among("--schools", OPTIONS)).isEmpty();
    assertThat(NearestName.among("FE", List.of("PRIMARY", "SECONDARY"))).isEmpty();
  }

  @Test
  @DisplayName("a known name with one letter changed is always found again")
  void oneLetterChangedIsFound() {
    qt()
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(4, 20), integers().between(0, 19))
        .assuming((name, at) -> at < name.length() && name.chars().allMatch(Character::isLetter))
        .checkAssert(
            (name, at) -> {
              char changed = name.charAt(at) == 'q' ? 'z' : 'q';
              String typo = name.substring(0, at) + changed + name.substring(at + 1);
              assertThat(NearestName.among(typo, List.of(name))).contains(name);
            });
  }
}
