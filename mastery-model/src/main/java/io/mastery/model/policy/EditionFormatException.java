package io.mastery.model.policy;

import java.io.IOException;
import java.util.Objects;

/**
 * Reports an edition file that cannot be read: the file, the line, the field (column) and the
 * value at fault. When it is thrown no edition of the files is loaded.
 */
public final class EditionFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String field;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param file the file's name, not null
   * @param line the line, 1 for the header row
   * @param field the column at fault, not null
   * @param value the value at fault, possibly empty, not null
   * @param problem what is wrong, in words, not null
   */
  public EditionFormatException(
      String file, long line, String field, String value, String problem) {
    super(
        Objects.requireNonNull(file, "file")
            + ", line "
            + line
            + ", field "
            + Objects.requireNonNull(field, "field")
            + ", value \""
            + Objects.requireNonNull(value, "value")
            + "\": "
            + Objects.requireNonNull(problem, "problem"));
    this.file = file;
    this.line = line;
    this.field = field;
    this.value = value;
  }

  /**
   * Returns the file's name.
   *
   * @return the name, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the line at fault, 1 for the header row.
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column at fault.
   *
   * @return the column's name, not null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the value at fault.
   *
   * @return the value, possibly empty, not null
   */
  public String value() {
    return value;
  }
}
