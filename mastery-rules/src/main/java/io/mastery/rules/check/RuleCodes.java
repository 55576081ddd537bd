package io.mastery.rules.check;

import java.util.List;

/**
 * The codes of the standard rules, as constants: a hub that keys its own wording or workflow on a
 * code compares with these rather than with a literal that could be misspelt. The first seventeen
 * are those of the public contract (CONTRACT.md §1), the next three the library's own,
 * the last six those of delivery, judged only when the enrolment gives a delivery log. A code once
 * published is never renamed or reused.
 */
public final class RuleCodes {

  /** {@code school.unknown}. */
  public static final String SCHOOL_UNKNOWN = "school.unknown";

  /** {@code school.not-state-funded}. */
  public static final String SCHOOL_NOT_STATE_FUNDED = "school.not-state-funded";

  /** {@code school.outside-england}. */
  public static final String SCHOOL_OUTSIDE_ENGLAND = "school.outside-england";

  /** {@code school.closed}. */
  public static final String SCHOOL_CLOSED = "school.closed";

  /** {@code school.wrong-phase}. */
  public static final String SCHOOL_WRONG_PHASE = "school.wrong-phase";

  /** {@code school.outside-hub}. */
  public static final String SCHOOL_OUTSIDE_HUB = "school.outside-hub";

  /** {@code workgroup.size}. */
  public static final String WORKGROUP_SIZE = "workgroup.size";

  /** {@code workgroup.teachers-per-school}. */
  public static final String WORKGROUP_TEACHERS_PER_SCHOOL = "workgroup.teachers-per-school";

  /** {@code workgroup.duplicate-school}. */
  public static final String WORKGROUP_DUPLICATE_SCHOOL = "workgroup.duplicate-school";

  /** {@code workgroup.lead-unknown}. */
  public static final String WORKGROUP_LEAD_UNKNOWN = "workgroup.lead-unknown";

  /** {@code workgroup.lead-not-eligible}. */
  public static final String WORKGROUP_LEAD_NOT_ELIGIBLE = "workgroup.lead-not-eligible";

  /** {@code workgroup.lead-overcommitted}. */
  public static final String WORKGROUP_LEAD_OVERCOMMITTED = "workgroup.lead-overcommitted";

  /** {@code journey.development-repeated}. */
  public static final String JOURNEY_DEVELOPMENT_REPEATED = "journey.development-repeated";

  /** {@code journey.prerequisite-missing}. */
  public static final String JOURNEY_PREREQUISITE_MISSING = "journey.prerequisite-missing";

  /** {@code journey.out-of-order}. */
  public static final String JOURNEY_OUT_OF_ORDER = "journey.out-of-order";

  /** {@code journey.one-phase-per-year}. */
  public static final String JOURNEY_ONE_PHASE_PER_YEAR = "journey.one-phase-per-year";

  /** {@code teacher.double-enrolment}. */
  public static final String TEACHER_DOUBLE_ENROLMENT = "teacher.double-enrolment";

  /** {@code workgroup.phase-not-offered}. */
  public static final String WORKGROUP_PHASE_NOT_OFFERED = "workgroup.phase-not-offered";

  /** {@code workgroup.duplicate-id}. */
  public static final String WORKGROUP_DUPLICATE_ID = "workgroup.duplicate-id";

  /** {@code specialist.duplicate}. */
  public static final String SPECIALIST_DUPLICATE = "specialist.duplicate";

  /** {@code delivery.meeting-missing}. */
  public static final String DELIVERY_MEETING_MISSING = "delivery.meeting-missing";

  /** {@code delivery.visit-missing}. */
  public static final String DELIVERY_VISIT_MISSING = "delivery.visit-missing";

  /** {@code delivery.attendance-short}. */
  public static final String DELIVERY_ATTENDANCE_SHORT = "delivery.attendance-short";

  /** {@code delivery.outside-year}. */
  public static final String DELIVERY_OUTSIDE_YEAR = "delivery.outside-year";

  /** {@code delivery.not-in-group}. */
  public static final String DELIVERY_NOT_IN_GROUP = "delivery.not-in-group";

  /** {@code delivery.unknown-group}. */
  public static final String DELIVERY_UNKNOWN_GROUP = "delivery.unknown-group";

  /** Every standard code, in the catalogue's order. */
  public static final List<String> ALL =
 List.of(SCHOOL_UNKNOWN, SCHOOL_NOT_STATE_FUNDED, SCHOOL_OUTSIDE_ENGLAND, SCHOOL_CLOSED, SCHOOL_WRONG_PHASE, SCHOOL_OUTSIDE_HUB, WORKGROUP_SIZE, WORKGROUP_TEACHERS_PER_SCHOOL, WORKGROUP_DUPLICATE_SCHOOL, WORKGROUP_LEAD_UNKNOWN, WORKGROUP_LEAD_NOT_ELIGIBLE, WORKGROUP_LEAD_OVERCOMMITTED, JOURNEY_DEVELOPMENT_REPEATED, JOURNEY_PREREQUISITE_MISSING, JOURNEY_OUT_OF_ORDER, JOURNEY_ONE_PHASE_PER_YEAR, TEACHER_DOUBLE_ENROLMENT, WORKGROUP_PHASE_NOT_OFFERED, WORKGROUP_DUPLICATE_ID, SPECIALIST_DUPLICATE, DELIVERY_MEETING_MISSING, DELIVERY_VISIT_MISSING, DELIVERY_ATTENDANCE_SHORT, DELIVERY_OUTSIDE_YEAR, DELIVERY_NOT_IN_GROUP, DELIVERY_UNKNOWN_GROUP);

  private RuleCodes() {}
}
