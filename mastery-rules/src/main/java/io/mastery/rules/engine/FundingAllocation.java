package io.mastery.rules.engine;

import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Listing;
import io.mastery.rules.delivery.Attendance;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.joda.money.Money;

/**
 * Turns entitlements into funding lines, withholding them where an error concerns the school: an
 * {@link io.mastery.rules.result.Severity#ERROR} naming the school's URN (wherever it was found),
 * or an error on its Work Group as a whole (one naming the group and no school, such as size,
 * phase not offered, a duplicate id or the lead). Warnings withhold nothing; an error naming only a
 * teacher, such as a specialist listed twice, withholds nothing.
 *
 * <p>Each school of a group receives its phase's release grant, or a line saying the hub sets the
 * amount, and the textbook cap where it applies. The own school of a specialist whose cohort the
 * edition funds for textbooks receives its cap on a line of its own, without a Work Group, once a
 * year (the specialist of the lowest cohort, then TRN, is named), when the register has it as an
 * open state-funded school in England; a group does not give that school a second textbook line.
 */
final class FundingAllocation {

  private final EnrolledYear year;
  private final FundingSchedule schedule;
  private final Map<Stream, Map<Phase, Entitlement>> entitlements = new EnumMap<>(Stream.class);
  private final Map<Urn, FundingLine> specialistSchools = new HashMap<>();

  FundingAllocation(EnrolledYear year) {
    this.year = year;
    this.schedule = FundingSchedule.of(year.policy());
    List<Trn> trns = new ArrayList<>(year.specialistTrns());
    trns.sort(null);
    List<MasterySpecialist> specialists = new ArrayList<>();
    for (Trn trn : trns) {
      specialists.addAll(year.specialistEntries(trn));
    }
    specialists.sort(
        (a, b) -> {
          int c = a.cohort().compareTo(b.cohort());
          return c != 0 ? c : a.trn().compareTo(b.trn());
        });
    for (MasterySpecialist specialist : specialists) {
      if (specialistSchools.containsKey(specialist.school())
          || !fundable(year.school(specialist.school()))) {
        continue;
      }
      Optional<Money> cap = schedule.specialistSchoolCap(specialist, year.academicYear());
      if (cap.isPresent()) {
        specialistSchools.put(
            specialist.school(),
            FundingLine.forSpecialistSchool(
                specialist.school(), specialist.trn(), FundingKind.TEXTBOOK_MATCH_CAP, cap.get()));
      }
    }
  }

  /**
   * Checks that a school no Work Group lists, and so no school rule judges, may be funded: in the
   * register, state-funded in England and open.
   */
  static boolean fundable(Optional<School> school) {
    return school.isPresent()
        && school.get().fundingStatus() == FundingStatus.STATE_FUNDED_IN_ENGLAND
        && school.get().status().isOpen();
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
    allocation.specialistSchoolLines(urn -> !schoolsWithError.contains(urn), lines);
    return lines;
  }

  /** Adds the lines of a group's schools that the filter lets through. */
  void lines(EnrolledGroup group, Predicate<Urn> funded, List<FundingLine> lines) {
    Entitlement entitlement = entitlement(group);
    if (entitlement.isEmpty()) {
      return;
    }
    for (Listing listing : group.listings()) {
      Urn school = listing.urn();
      if (!funded.test(school)) {
        continue;
      }
      if (entitlement.releaseGrant().isPresent()) {
        releaseGrant(group, school, entitlement.releaseGrant().get(), lines);
      } else if (entitlement.releaseSetByHub()) {
        lines.add(FundingLine.setByHub(group.id(), school));
      }
      if (entitlement.textbookMatchCap().isPresent() && !specialistSchools.containsKey(school)) {
        lines.add(
            FundingLine.of(
                group.id(),
                school,
                FundingKind.TEXTBOOK_MATCH_CAP,
                entitlement.textbookMatchCap().get()));
      }
    }
  }

  /** Adds the lines of the specialists' own schools, without a Work Group, that the filter lets through. */
  void specialistSchoolLines(Predicate<Urn> funded, List<FundingLine> lines) {
    specialistSchools.forEach(
        (school, line) -> {
          if (funded.test(school)) {
            lines.add(line);
          }
        });
  }

  /** Adds the line of one specialist's own school, if it has one and the filter lets it through. */
  void specialistSchoolLine(Urn school, Predicate<Urn> funded, List<FundingLine> lines) {
    FundingLine line = specialistSchools.get(school);
    if (line != null && funded.test(school)) {
      lines.add(line);
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
