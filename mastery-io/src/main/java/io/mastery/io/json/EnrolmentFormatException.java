package io.mastery.io.json;

import io.mastery.io.UntrustedText;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an enrolment file is bad input: not valid JSON, too large or too deeply nested, a
 * required field missing, an unknown field, a value of the wrong JSON type, or an impossible value
 * (a URN that is not 6 digits, a TRN that is not 7 digits, {@code 2019/21}, an unknown phase or
 * stream). It is the only exception an {@link EnrolmentReader} throws for the content of a file; a
 * file that cannot be read at all gives an {@link java.io.IOException}.
 *
 * <p>The message starts with the JSON path of the fault and names the value, such as {@code
 * workGroups[0].schools[2].urn: URN must have 6 digits: 12345}. Where the fault is in the JSON
 * syntax the message also gives the line and column; where the bytes are not UTF-8, the byte
 * offset. The message is one line: every control or bidirectional character of the file's text is
 * shown escaped (see {@link UntrustedText}); {@link #path()}, {@link #value()} and {@link #reason()}
 * give the text as the file has it.
 */
public final class EnrolmentFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final @Nullable String value;
  private final String reason;
  private final int line;
  private final int column;

  /**
   * Creates an exception.
   *
   * @param path the JSON path of the fault, such as {@code workGroups[0].lead}, empty for the whole
   *     document, not null
   * @param value the value at fault as the file gives it (a string without its quotes), or null if
   *     there is none, such as for a missing field
   * @param reason why the value is bad, not null
   * @param line the line of the fault, or 0 if not known
   * @param column the column of the fault, or 0 if not known
   */
  public EnrolmentFormatException(
      String path, @Nullable String value, String reason, int line, int column) {
    super(UntrustedText.escape(message(path, reason)));
    this.path = Objects.requireNonNull(path, "path");
    this.value = value;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.line = line;
    this.column = column;
  }

  private static String message(String path, String reason) {
    return path.isEmpty() ? reason : path + ": " + reason;
  }

  /**
   * Returns the JSON path of the fault, such as {@code workGroups[0].schools[2].urn}.
   *
   * @return the path, empty for the whole document, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the value at fault as the file gives it: a string without its quotes, a number as
   * written, an object or array as compact JSON.
   *
   * @return the value, or empty if there is none, such as for a missing field or bad syntax
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns why the input is bad, without the path.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the line of the fault, where the JSON parser gives it (faults of syntax and size).
   *
   * @return the line, counting from 1, or empty if not known
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the column of the fault, where the JSON parser gives it (faults of syntax and size).
   *
   * @return the column, counting from 1, or empty if not known
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
