package io.mastery.rules.reach;

import io.mastery.model.calendar.AcademicYear;
import java.util.List;

/**
 * Reach figures the programme has published, to calibrate and check the reach model against.
 *
 * <p>This class holds constants only.
 */
public final class PublishedReach {

  /**
   * Where {@link #PRIMARY_TO_2018_19} comes from: the NCETM/Maths Hubs progress report on the
   * Primary Teaching for Mastery programme at the end of 2018/19 (June 2019).
   */
  public static final String PRIMARY_TO_2018_19_SOURCE =
      "NCETM/Maths Hubs, Primary Teaching for Mastery programme progress report, end of 2018/19"
          + " (June 2019)";

  /**
   * The primary specialists trained and schools reached, cumulative, 2015/16 to 2018/19: 136/136,
   * 283/964, 465/2,567, 675/5,116. The 136 schools of 2015/16 are the first cohort's own schools.
   */
  public static final List<ObservedYear> PRIMARY_TO_2018_19 =
      List.of(
          new ObservedYear(AcademicYear.of(2015), 136, 136),
          new ObservedYear(AcademicYear.of(2016), 283, 964),
          new ObservedYear(AcademicYear.of(2017), 465, 2567),
          new ObservedYear(AcademicYear.of(2018), 675, 5116));

  private PublishedReach() {}
}
