package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A local authority's three-digit code in the DfE register, such as {@code 202} for Camden.
 *
 * <p>Held as text so that leading zeros survive. This class is immutable and thread-safe.
 */
public final class LocalAuthorityCode implements Comparable<LocalAuthorityCode>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private LocalAuthorityCode(String value) {
    this.value = value;
  }

  /**
   * Obtains a local authority code from its text form, exactly 3 digits.
   *
   * @param text the digits, not null
   * @return the local authority code, not null
   * @throws IllegalArgumentException if the text is not exactly 3 digits
   */
  public static LocalAuthorityCode of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkArgument(
        text.length() == 3 && text.chars().allMatch(c -> c >= '0' && c <= '9'),
        "local authority code must have 3 digits: \"%s\"",
        text);
    return new LocalAuthorityCode(text.toString());
  }

  /**
   * Obtains a local authority code from its text form, exactly 3 digits; the same as {@link #of(CharSequence)}.
   *
   * @param text the digits, not null
   * @return the local authority code, not null
   * @throws IllegalArgumentException if the text is not exactly 3 digits
   */
  public static LocalAuthorityCode parse(CharSequence text) {
    return of(text);
  }

  /**
   * Returns the digits.
   *
   * @return the 3 digits, not null
   */
  public String value() {
    return value;
  }

  /**
   * Checks a deserialized value as the factory checks a new one.
   *
   * @param in the stream, not null
   * @throws InvalidObjectException if the stream holds a value the factory rejects
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      of(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public int compareTo(LocalAuthorityCode other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LocalAuthorityCode other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits, which {@link #parse} reads back.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
