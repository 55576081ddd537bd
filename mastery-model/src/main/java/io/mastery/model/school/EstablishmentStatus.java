package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;

/**
 * An establishment's status in the DfE register (GIAS).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EstablishmentStatus {
  /** Code 1: open. */
  OPEN(1, "Open"),
  /** Code 2: closed. */
  CLOSED(2, "Closed"),
  /** Code 3: open, but proposed to close. */
  OPEN_PROPOSED_TO_CLOSE(3, "Open, but proposed to close"),
  /** Code 4: proposed to open. */
  PROPOSED_TO_OPEN(4, "Proposed to open");

  private static final ImmutableMap<Integer, EstablishmentStatus> BY_CODE =
      Maps.uniqueIndex(Arrays.asList(values()), EstablishmentStatus::code);

  private final int code;
  private final String registerName;

  EstablishmentStatus(int code, String registerName) {
    this.code = code;
    this.registerName = registerName;
  }

  /**
   * Obtains the status with the given register code.
   *
   * @param code the GIAS {@code EstablishmentStatus (code)}
   * @return the status, not null
   * @throws IllegalArgumentException if no status has that code
   */
  public static EstablishmentStatus ofCode(int code) {
    EstablishmentStatus status = BY_CODE.get(code);
    checkArgument(status != null, "establishment status code is not known: %s", code);
    return status;
  }

  /**
   * Returns the register code.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the register's name for this status.
   *
   * @return the name, not null
   */
  public String registerName() {
    return registerName;
  }

  /**
   * Checks whether the establishment is open today: open, or open but proposed to close.
   *
   * @return true if pupils attend the establishment now
   */
  public boolean isOpen() {
    return this == OPEN || this == OPEN_PROPOSED_TO_CLOSE;
  }
}
