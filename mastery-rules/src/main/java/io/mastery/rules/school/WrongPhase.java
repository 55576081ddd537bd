package io.mastery.rules.school;

import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentTypeGroup;
import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.Listing;
import io.mastery.rules.check.ListingRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Severity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code school.wrong-phase}: by the school's phase of education, primary groups take Primary,
 * Middle deemed primary and All-through schools; secondary groups take Secondary, Middle deemed
 * secondary and All-through schools; FE groups take colleges and 16 plus establishments. Colleges
 * fit the FE stream only. A school whose phase is Not applicable fits primary or secondary when its
 * statutory age range shares a year of age with 5-11 or 11-16 (ranges run from the age pupils join
 * to the age they leave, so 11-16 and 5-11 share none). Nursery schools fit no stream.
 */
public final class WrongPhase extends ListingRule {

  private static final int PRIMARY_FROM = 5;
  private static final int SECONDARY_FROM = 11;
  private static final int SECONDARY_TO = 16;

  /** Creates the rule. */
  public WrongPhase() {
    super(
        RuleCodes.SCHOOL_WRONG_PHASE,
        Severity.ERROR,
        "The school's phase of education does not fit the Work Group's stream, such as a nursery"
            + " or secondary school in a primary group, or a college outside the FE stream",
        "NCETM, What is teaching for mastery? (the primary and secondary programmes); DfE, Get"
            + " Information About Schools (phase of education)");
  }

  @Override
  public void check(EnrolledGroup group, Listing listing, EnrolledYear year, Findings findings) {
    if (listing.school().isPresent()) {
      School school = listing.school().get();
      Stream stream = group.stream();
      if (school.type().group() == EstablishmentTypeGroup.COLLEGES) {
        if (stream != Stream.FE) {
          report(findings, group, school, "college").with("type", school.type().registerName()).report();
        }
        return;
      }
      Findings.Report report = judge(findings, group, school, stream);
      if (report != null) {
        report.report();
      }
    }
  }

  private static Findings.@Nullable Report judge(
      Findings findings, EnrolledGroup group, School school, Stream stream) {
    switch (school.phaseOfEducation()) {
      case PRIMARY:
      case MIDDLE_DEEMED_PRIMARY:
        return fits(findings, group, school, Stream.PRIMARY);
      case SECONDARY:
      case MIDDLE_DEEMED_SECONDARY:
        return fits(findings, group, school, Stream.SECONDARY);
      case ALL_THROUGH:
        return stream == Stream.FE ? report(findings, group, school, "all-through") : null;
      case SIXTEEN_PLUS:
        return fits(findings, group, school, Stream.FE);
      case NURSERY:
        return report(findings, group, school, "nursery");
      case NOT_APPLICABLE:
        return notApplicable(findings, group, school, stream);
      default:
        throw new AssertionError(school.phaseOfEducation());
    }
  }

  private static Findings.@Nullable Report fits(
      Findings findings, EnrolledGroup group, School school, Stream fitting) {
    return group.stream() == fitting
        ? null
        : SchoolWords.about(findings, group, school)
            .with("phaseOfEducation", school.phaseOfEducation().registerName())
            .with("fits", fitting);
  }

  private static Findings.@Nullable Report notApplicable(
      Findings findings, EnrolledGroup group, School school, Stream stream) {
    if (stream == Stream.FE) {
      return report(findings, group, school, "not-applicable-fe");
    }
    Optional<AgeRange> ages = school.statutoryAgeRange();
    if (ages.isEmpty()) {
      return report(findings, group, school, "no-age-range");
    }
    int from = stream == Stream.PRIMARY ? PRIMARY_FROM : SECONDARY_FROM;
    int to = stream == Stream.PRIMARY ? SECONDARY_FROM : SECONDARY_TO;
    if (Math.max(ages.get().low(), from) < Math.min(ages.get().high(), to)) {
      return null;
    }
    return report(findings, group, school, "age-range")
        .with("ages", ages.get().toString())
        .with("from", from)
        .with("to", to);
  }

  private static Findings.Report report(
      Findings findings, EnrolledGroup group, School school, String variant) {
    return SchoolWords.about(findings, group, school)
        .with("phaseOfEducation", school.phaseOfEducation().registerName())
        .with("case", variant);
  }
}
