package io.mastery.model.workgroup;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A hub's identifier for one of its Work Groups, such as {@code WG-01}.
 *
 * <p>One to 64 characters: letters, digits, and after the first character also space, dot,
 * underscore, slash and hyphen.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkGroupId implements Comparable<WorkGroupId>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}");

  private final String value;

  private WorkGroupId(String value) {
    this.value = value;
  }

  /**
   * Obtains a Work Group identifier.
   *
   * @param text the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or has other characters
   */
  public static WorkGroupId of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    checkArgument(
        FORMAT.matcher(text).matches(),
        "Work Group id must be 1 to 64 letters, digits, spaces or ._/- starting with a letter or"
            + " digit: \"%s\"",
        text);
    return new WorkGroupId(text.toString());
  }

  /**
   * Obtains a Work Group identifier; the same as {@link #of(CharSequence)}.
   *
   * @param text the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not a valid identifier
   */
  public static WorkGroupId parse(CharSequence text) {
    return of(text);
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text, not null
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
  public int compareTo(WorkGroupId other) {
    Objects.requireNonNull(other, "other");
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WorkGroupId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
