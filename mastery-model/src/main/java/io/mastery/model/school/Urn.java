package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A school's Unique Reference Number: the six-digit identifier of an establishment in the DfE
 * register "Get Information About Schools" (GIAS).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Urn implements Comparable<Urn>, Serializable {

  private static final long serialVersionUID = 1L;

  private final int value;

  private Urn(int value) {
    this.value = value;
  }

  /**
   * Obtains a URN from its number.
   *
   * @param value the number, six digits (100000 to 999999)
   * @return the URN, not null
   * @throws IllegalArgumentException if the number does not have six digits
   */
  public static Urn of(int value) {
    checkArgument(value >= 100_000 && value <= 999_999, "URN must have 6 digits: %s", value);
    return new Urn(value);
  }

  /**
   * Obtains a URN from its text form, six digits not starting with 0.
   *
   * @param text the text, not null
   * @return the URN, not null
   * @throws IllegalArgumentException if the text is not six digits or starts with 0
   */
  public static Urn parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkArgument(
        text.length() == 6
            && text.charAt(0) != '0'
            && text.chars().allMatch(c -> c >= '0' && c <= '9'),
        "URN must have 6 digits: \"%s\"",
        text);
    return of(Integer.parseInt(text.toString()));
  }

  /**
   * Returns the number.
   *
   * @return the six-digit number
   */
  public int value() {
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
  public int compareTo(Urn other) {
    Objects.requireNonNull(other, "other");
    return Integer.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Urn other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(value);
  }

  /**
   * Returns the six digits, which {@link #parse} reads back.
   *
   * @return the text form, not null
   */
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
