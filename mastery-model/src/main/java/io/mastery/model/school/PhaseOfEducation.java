package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;

/**
 * An establishment's phase of education in the DfE register (GIAS).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PhaseOfEducation {
  /** Code 0: not applicable, as for special schools and pupil referral units. */
  NOT_APPLICABLE(0, "Not applicable"),
  /** Code 1: nursery. */
  NURSERY(1, "Nursery"),
  /** Code 2: primary. */
  PRIMARY(2, "Primary"),
  /** Code 3: middle school deemed primary. */
  MIDDLE_DEEMED_PRIMARY(3, "Middle deemed primary"),
  /** Code 4: secondary. */
  SECONDARY(4, "Secondary"),
  /** Code 5: middle school deemed secondary. */
  MIDDLE_DEEMED_SECONDARY(5, "Middle deemed secondary"),
  /** Code 6: 16 plus. */
  SIXTEEN_PLUS(6, "16 plus"),
  /** Code 7: all-through. */
  ALL_THROUGH(7, "All-through");

  private static final ImmutableMap<Integer, PhaseOfEducation> BY_CODE =
      Maps.uniqueIndex(Arrays.asList(values()), PhaseOfEducation::code);

  private final int code;
  private final String registerName;

  PhaseOfEducation(int code, String registerName) {
    this.code = code;
    this.registerName = registerName;
  }

  /**
   * Obtains the phase with the given register code.
   *
   * @param code the GIAS {@code PhaseOfEducation (code)}
   * @return the phase, not null
   * @throws IllegalArgumentException if no phase has that code
   */
  public static PhaseOfEducation ofCode(int code) {
    PhaseOfEducation phase = BY_CODE.get(code);
    checkArgument(phase != null, "phase of education code is not known: %s", code);
    return phase;
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
   * Returns the register's name for this phase.
   *
   * @return the name, not null
   */
  public String registerName() {
    return registerName;
  }
}
