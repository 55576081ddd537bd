package io.mastery.rules.engine;

import io.mastery.rules.result.Severity;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Listing;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.mastery.rules.delivery.Attendance;
import org.joda.money.Money;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns entitlements into funding lines, withholding them where an error concerns the school: an
 * {@link io.mastery.rules.result.Severity#ERROR} naming the school's URN (wherever it was found),
 * or an error on its Work Group as a whole (one naming the group and no school, such as size,
 * phase not offered, a duplicate id or the lead). Warnings withhold nothing; an error naming only a
 * teacher, such as a specialist listed twice, withholds nothing.
 */
final class FundingAllocation {

  private final EnrolledYear year;
  private final FundingSchedule schedule;
  private final Map<Stream, Map<Phase, Entitlement>> entitlements = new EnumMap<>(Stream.class);

  FundingAllocation(EnrolledYear year) {
    this.year = year;
    this.schedule = FundingSchedule.of(year.policy());
  }

  static List<FundingLine> allocate(EnrolledYear year, List<Violation> violations) {
    Set<Urn> schoolsWithError = new HashSet<>();
    Set<WorkGroupId> groupsWithError = new HashSet<>();
    for (Violation violation : violations) {
      if (!violation.isError()) {
        continue;
      }
      if (violation.school().isPresent()) {
        schoolsWithError.add(violation.school().get());
      } else if (violation.workGroup().isPresent()) {
        groupsWithError.add(violation.workGroup().get());
      }
    }
    FundingAllocation allocation = new FundingAllocation(year);
    List<FundingLine> lines = new ArrayList<>(year.groups().size() * 14);
    for (EnrolledGroup group : year.groups()) {
      if (!groupsWithError.contains(group.id())) {
        allocation.lines(group, urn -> !schoolsWithError.contains(urn), lines);
      }
    }
    return lines;
  }

  /** Adds the lines of a group's schools that the filter lets through. */
  void lines(EnrolledGroup group, Predicate<Urn> funded, List<FundingLine> lines) {
    Entitlement entitlement = entitlement(group);
    if (entitlement.releaseGrant().isEmpty() && entitlement.textbookMatchCap().isEmpty()) {
      return;
    }
    for (Listing listing : group.listings()) {
      Urn school = listing.urn();
      if (!funded.test(school)) {
        continue;
      }
      if (entitlement.releaseGrant().isPresent()) {
        releaseGrant(group, school, entitlement.releaseGrant().get(), lines);
      }
      if (entitlement.textbookMatchCap().isPresent()) {
        lines.add(
            FundingLine.of(
                group.id(),
                school,
                FundingKind.TEXTBOOK_MATCH_CAP,
                entitlement.textbookMatchCap().get()));
      }
    }
  }

  /**
   * Adds a school's release grant: as the entitlement says without a delivery log; with one, as
   * the edition's grant condition says, naming the condition.
   */
  private void releaseGrant(EnrolledGroup group, Urn school, Money grant, List<FundingLine> lines) {
    Optional<Attendance> attendance = Attendance.of(group, year);
    if (attendance.isEmpty()) {
      lines.add(FundingLine.of(group.id(), school, FundingKind.RELEASE_GRANT, grant));
      return;
    }
    Attendance a = attendance.get();
    FundingSchedule.grantAfterDelivery(grant, a.terms(), a.completion(school), a.missed(school))
        .ifPresent(
            paid ->
                lines.add(
                    FundingLine.of(group.id(), school, FundingKind.RELEASE_GRANT, paid)
                        .withCondition(a.terms().grantCondition())));
  }

  private Entitlement entitlement(EnrolledGroup group) {
    return entitlements
        .computeIfAbsent(group.stream(), s -> new EnumMap<>(Phase.class))
        .computeIfAbsent(
            group.phase(), p -> schedule.entitlement(group.stream(), p, year.academicYear()));
  }
}
