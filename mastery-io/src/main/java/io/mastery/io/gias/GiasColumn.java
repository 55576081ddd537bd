package io.mastery.io.gias;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A column of the DfE's GIAS establishment extract that this library reads or writes, by the DfE's
 * own header name.
 *
 * <p>The {@linkplain #isRequired() required} columns must be present in every file read; the others
 * are read when present, so a selected-fields download needs only the required columns. Columns a
 * file has beyond these (a full extract has about 140) are ignored. The name columns of type,
 * group, status and phase are written for people and not read: the codes decide.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum GiasColumn {
  /** The school's Unique Reference Number, six digits. Required. */
  URN("URN", true),
  /** The local authority's three-digit code. Required. */
  LA_CODE("LA (code)", true),
  /** The local authority's name. */
  LA_NAME("LA (name)", false),
  /** The establishment's name. Required. */
  ESTABLISHMENT_NAME("EstablishmentName", true),
  /** The type of establishment's code, possibly zero-padded ({@code 02}). Required. */
  TYPE_CODE("TypeOfEstablishment (code)", true),
  /** The type of establishment's name; written, not read. */
  TYPE_NAME("TypeOfEstablishment (name)", false),
  /** The establishment type group's code; when present it must be the type's group. */
  GROUP_CODE("EstablishmentTypeGroup (code)", false),
  /**
   * The establishment type group's name, in the naming of the register's era; written, not read.
   */
  GROUP_NAME("EstablishmentTypeGroup (name)", false),
  /** The establishment status code. Required. */
  STATUS_CODE("EstablishmentStatus (code)", true),
  /** The establishment status name; written, not read. */
  STATUS_NAME("EstablishmentStatus (name)", false),
  /** The phase of education code. Required. */
  PHASE_CODE("PhaseOfEducation (code)", true),
  /** The phase of education name; written, not read. */
  PHASE_NAME("PhaseOfEducation (name)", false),
  /** The youngest statutory age; given together with the oldest or not at all. */
  STATUTORY_LOW_AGE("StatutoryLowAge", false),
  /** The oldest statutory age; given together with the youngest or not at all. */
  STATUTORY_HIGH_AGE("StatutoryHighAge", false),
  /** The UK Provider Reference Number, eight digits, when the establishment has one. */
  UKPRN("UKPRN", false),
  /** The government office region's name, such as "London". */
  GOR_NAME("GOR (name)", false),
  /** Metres east on the British National Grid; given together with the northing or not at all. */
  EASTING("Easting", false),
  /** Metres north on the British National Grid; given together with the easting or not at all. */
  NORTHING("Northing", false),
  /**
   * The date the establishment opened, {@code dd-MM-yyyy} as the DfE writes it ({@code
   * 01-09-2019}); often empty for schools older than the register.
   */
  OPEN_DATE("OpenDate", false),
  /** The date the establishment closed, {@code dd-MM-yyyy}; empty for most open schools. */
  CLOSE_DATE("CloseDate", false);

  private final String header;
  private final boolean required;

  GiasColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /**
   * Returns the DfE's header name of the column, such as {@code TypeOfEstablishment (code)}.
   *
   * @return the header name, not null
   */
  public String header() {
    return header;
  }

  /**
   * Checks whether every file read must have this column.
   *
   * @return true if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the columns every file read must have, in this enum's order.
   *
   * @return the required columns, immutable, not null
   */
  public static List<GiasColumn> required() {
    return Arrays.stream(values())
        .filter(GiasColumn::isRequired)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the header name.
   *
   * @return the header name, not null
   */
  @Override
  public String toString() {
    return header;
  }
}
