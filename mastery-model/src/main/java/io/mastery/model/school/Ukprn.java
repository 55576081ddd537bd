package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A UK Provider Reference Number (UKPRN): eight digits, held by further education colleges and many schools.
 *
 * <p>Held as text so that leading zeros survive. This class is immutable and thread-safe.
 */
public final class Ukprn implements Comparable<Ukprn>, Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private Ukprn(String value) {
    this.value = value;
  }

  /**
   * Obtains a UKPRN from its text form, exactly 8 digits.
   *
   * @param text the digits, not null
   * @return the UKPRN, not null
   * @throws IllegalArgumentException if the text is not exactly 8 digits
   */
  public static Ukprn of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkArgument(
        text.length() == 8 && text.chars().allMatch(c -> c >= '0' && c <= '9'),
        "UKPRN must have 8 digits: \"%s\"",
        text);
    return new Ukprn(text.toString());
  }

  /**
   * Obtains a UKPRN from its text form, exactly 8 digits; the same as {@link #of(CharSequence)}.
   *
   * @param text the digits, not null
   * @return the UKPRN, not null
   * @throws IllegalArgumentException if the text is not exactly 8 digits
   */
  public static Ukprn parse(CharSequence text) {
    return of(text);
  }

  /**
   * Returns the digits.
   *
   * @return the 8 digits, not null
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
  public int compareTo(Ukprn other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ukprn other && other.value.equals(value);
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
