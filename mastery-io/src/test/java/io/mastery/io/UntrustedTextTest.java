package io.mastery.io;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.Generators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Issue 12: names and values from outside reached terminals verbatim. */
@DisplayName("Text from a hub's files, shown on a screen")
@Tag(Area.TAG_MECHANICS)
class UntrustedTextTest {

  private static final String ALPHABET =
      "aZ9 \u00e9\u00c9,;\"'\\\u0000\u0007\b\t\n\r\u001b\u007f\u0085\u009b"
          + "\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029\ufeff\ud83d\ude00\ud800";

  @Test
  @DisplayName("shows ESC, line breaks, NUL and right-to-left overrides as escapes, never raw")
  void escapesControlAndBidirectionalCharacters() {
    assertThat(UntrustedText.escape("Camden\u001b[2J\u001b]0;pwned\u0007"))
        .isEqualTo("Camden\\u001B[2J\\u001B]0;pwned\\u0007");
    assertThat(UntrustedText.escape("Hub\nResult: VALID\r\u0000"))
        .isEqualTo("Hub\\u000AResult: VALID\\u000D\\u0000");
    assertThat(UntrustedText.escape("School \u202egnp.exe")).isEqualTo("School \\u202Egnp.exe");
    assertThat(UntrustedText.escape("lone \ud800 half")).isEqualTo("lone \\uD800 half");
  }

  @Test
  @DisplayName("keeps letters with accents, other scripts and emoji as they are")
  void keepsPrintableText() {
    String names = "\u00c9cole Saint-\u00c9tienne, \u0645\u062f\u0631\u0633\u0629, \ud83d\ude00";
    assertThat(UntrustedText.escape(names)).isEqualTo(names);
    assertThat(UntrustedText.hasUnsafe(names)).isFalse();
  }

  @Test
  @DisplayName("whatever the text, the escaped text has no unsafe character, and escaping it again"
      + " changes nothing")
  void escapedTextIsSafeAndStable() {
    qt().forAll(Generators.stringsOf(ALPHABET, 0, 40))
        .checkAssert(
            text -> {
              String escaped = UntrustedText.escape(text);
              assertThat(UntrustedText.hasUnsafe(escaped)).as(escaped).isFalse();
              assertThat(escaped.lines().count()).isLessThanOrEqualTo(1);
              assertThat(UntrustedText.escape(escaped)).isEqualTo(escaped);
              assertThat(UntrustedText.hasUnsafe(text)).isEqualTo(!escaped.equals(text));
            });
  }
}
