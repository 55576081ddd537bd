package io.mastery.io;

import java.util.Locale;
import java.util.Objects;

/**
 * Makes text from outside (hub names, school names, values a reader rejects, file names) safe to
 * show on a terminal or in one line of a log: every control character and every character that
 * reorders or hides text is shown as its escape, <code>&#92;u001B</code> for ESC, so that no input can move
 * the cursor, colour the screen, start a new line or forge one.
 *
 * <p>Escaped are the C0 controls (U+0000 to U+001F, line feed, carriage return and tab included),
 * DEL and the C1 controls (U+007F to U+009F), the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the line and paragraph
 * separators (U+2028, U+2029), the byte order mark (U+FEFF) and a surrogate that is not half of a
 * pair. Every other character, letters with accents included, is kept. Escaping is idempotent: text
 * already escaped is returned unchanged, so that a message escaped by a library and again by its
 * caller reads the same.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UntrustedText {

  private UntrustedText() {}

  /**
   * Escapes the characters that are unsafe on a terminal, see the class description.
   *
   * @param text the text, not null
   * @return the text with each unsafe character as <code>&#92;uXXXX</code>, not null
   */
  public static String escape(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    int first = firstUnsafe(text);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder escaped = new StringBuilder(length + 16);
    escaped.append(text, 0, first);
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        escaped.append(c).append(text.charAt(++i));
      } else if (isUnsafe(c)) {
        escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Checks whether text holds a character that {@link #escape} would escape.
   *
   * @param text the text, not null
   * @return true if some character is unsafe on a terminal
   */
  public static boolean hasUnsafe(CharSequence text) {
    return firstUnsafe(Objects.requireNonNull(text, "text")) >= 0;
  }

  private static int firstUnsafe(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (isUnsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Checks one character, a surrogate being unsafe unless the caller found it paired. */
  private static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\uFEFF'
        || Character.isSurrogate(c);
  }
}
