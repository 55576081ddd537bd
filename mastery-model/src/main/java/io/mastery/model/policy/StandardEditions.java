package io.mastery.model.policy;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The policy editions the library ships, as data. Numbers come from the programme's own documents;
 * where a document is silent the value is marked as the library's assumption, and a hub that knows
 * better builds its own edition.
 */
final class StandardEditions {

  private static final Money GBP_1000 = Money.parse("GBP 1000.00");
  private static final Money GBP_2000 = Money.parse("GBP 2000.00");

  /**
   * The textbook match funding of 2016/17 to 2019/20: half the spend, up to £2,000 per primary
   * school starting the programme, on the DfE-approved list (Maths Hubs programme page).
   */
  private static final TextbookMatchFunding TEXTBOOKS =
      TextbookMatchFunding.builder()
          .capPerSchool(GBP_2000)
          .share(new BigDecimal("0.5"))
          .firstYear(AcademicYear.of(2016))
          .lastYear(AcademicYear.of(2019))
          .addStreams(Stream.PRIMARY)
          .addPhases(Phase.DEVELOPMENT)
          .addApprovedSchemes(
              "Maths — No Problem!", "Power Maths Key Stage 1", "Power Maths Key Stage 2")
          .build();

  /**
   * The rules of the 2019 progress report on the Primary Teaching for Mastery programme (six or
   * seven schools, two teachers each, meeting every half-term, a support visit per school per
   * term, £1,000 release funding), in force from 2015/16 when cohort 1 trained. Secondary and FE
   * have no Work Group funding documented for these years.
   */
  static final ProgrammePolicy EDITION_2019_20 =
      ProgrammePolicy.builder()
          .edition("2019/20")
          .inForceFrom(AcademicYear.of(2015))
          .source(
              "Primary TfM progress report (June 2019); NCETM overview (secondary specialists:"
                  + " two years); Maths Hubs TfM page (textbook match funding 2016/17 to 2019/20)."
                  + " Readiness, Embedding and Sustaining group sizes other than the report's"
                  + " 'about 6' are assumptions.")
          .addPhaseRules(
              readiness(Stream.PRIMARY, "Mastery Readiness"),
              development(Stream.PRIMARY, Bounds.of(6, 7), 6, 3, GBP_1000),
              embedding(Stream.PRIMARY, null),
              sustaining(Stream.PRIMARY),
              development(Stream.SECONDARY, Bounds.atLeast(2), 3, 0, null),
              embedding(Stream.SECONDARY, null),
              sustaining(Stream.SECONDARY))
          .addStreamRules(
              StreamRules.of(Stream.PRIMARY, AcademicYear.of(2015), 3),
              StreamRules.of(Stream.SECONDARY, AcademicYear.of(2016), 2))
          .textbookMatchFunding(TEXTBOOKS)
          .build();

  /**
   * The rules described by the Maths Hubs pages of 2024/25: primary as before; secondary
   * Development groups of pairs of teachers meeting termly, with a £2,000 participation grant in
   * year 1 and £1,000 in year 2; a three-year secondary specialist programme; the FE specialist
   * programme from 2023/24.
   */
  static final ProgrammePolicy EDITION_2024_25 =
      ProgrammePolicy.builder()
          .edition("2024/25")
          .inForceFrom(AcademicYear.of(2024))
          .source(
              "Maths Hubs pages 2024/25 (Readiness up to 8 schools with 2 teachers each;"
                  + " secondary grants £2,000 and £1,000; secondary specialists three years);"
                  + " FE cohort 1 in 2023/24 (programme length assumed two years).")
          .addPhaseRules(
              readiness(Stream.PRIMARY, "Mastery Readiness"),
              development(Stream.PRIMARY, Bounds.of(6, 7), 6, 3, GBP_1000),
              embedding(Stream.PRIMARY, null),
              sustaining(Stream.PRIMARY),
              development(Stream.SECONDARY, Bounds.atLeast(2), 3, 0, GBP_2000),
              embedding(Stream.SECONDARY, GBP_1000),
              sustaining(Stream.SECONDARY))
          .addStreamRules(
              StreamRules.of(Stream.PRIMARY, AcademicYear.of(2015), 3),
              StreamRules.of(Stream.SECONDARY, AcademicYear.of(2016), 3),
              StreamRules.of(Stream.FE, AcademicYear.of(2023), 2))
          .textbookMatchFunding(TEXTBOOKS)
          .build();

  /** Every edition the library ships. */
  static final List<ProgrammePolicy> ALL = List.of(EDITION_2019_20, EDITION_2024_25);

  private StandardEditions() {}

  private static PhaseRules readiness(Stream stream, String name) {
    return PhaseRules.builder()
        .stream(stream)
        .phase(Phase.MASTERY_READINESS)
        .displayName(name)
        .schoolsPerGroup(Bounds.of(1, 8))
        .teachersPerSchool(Bounds.exactly(2))
        .meetingsPerYear(0)
        .supportVisitsPerSchool(6)
        .groupsLedPerSpecialist(1)
        .build();
  }

  private static PhaseRules development(
      Stream stream, Bounds schools, int meetings, int visits, @Nullable Money grant) {
    PhaseRules.Builder builder =
        PhaseRules.builder()
            .stream(stream)
            .phase(Phase.DEVELOPMENT)
            .displayName("Development")
            .schoolsPerGroup(schools)
            .teachersPerSchool(Bounds.exactly(2))
            .meetingsPerYear(meetings)
            .supportVisitsPerSchool(visits)
            .groupsLedPerSpecialist(1);
    if (grant != null) {
      builder.releaseGrant(grant);
    }
    return builder.build();
  }

  private static PhaseRules embedding(Stream stream, @Nullable Money grant) {
    PhaseRules.Builder builder =
        PhaseRules.builder()
            .stream(stream)
            .phase(Phase.EMBEDDING)
            .displayName("Embedding")
            .schoolsPerGroup(Bounds.of(1, 8))
            .teachersPerSchool(Bounds.of(1, 2))
            .meetingsPerYear(6)
            .supportVisitsPerSchool(0)
            .groupsLedPerSpecialist(1);
    if (grant != null) {
      builder.releaseGrant(grant);
    }
    return builder.build();
  }

  private static PhaseRules sustaining(Stream stream) {
    return PhaseRules.builder()
        .stream(stream)
        .phase(Phase.SUSTAINING)
        .displayName("Sustaining")
        .schoolsPerGroup(Bounds.atLeast(1))
        .teachersPerSchool(Bounds.exactly(1))
        .meetingsPerYear(6)
        .supportVisitsPerSchool(0)
        .groupsLedPerSpecialist(1)
        .build();
  }
}
