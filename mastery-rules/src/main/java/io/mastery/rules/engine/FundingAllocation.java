package io.mastery.rules.engine;

import com.google.common.collect.ImmutableList;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns entitlements into funding lines, withholding them where an error concerns the school: an
 * {@link Severity#ERROR} naming the school's URN (wherever it was found), or an error on its Work
 * Group as a whole (one naming the group and no school, such as size, phase not offered, a
 * duplicate id or the lead). Warnings withhold nothing; an error naming only a teacher, such as a
 * specialist listed twice, withholds nothing.
 */
final class FundingAllocation {

  private FundingAllocation() {}

  static List<FundingLine> allocate(EvaluationContext context, List<Violation> violations) {
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
    FundingSchedule schedule = FundingSchedule.of(context.policy());
    ImmutableList.Builder<FundingLine> lines = ImmutableList.builder();
    for (EnrolledGroup group : context.groups()) {
      if (groupsWithError.contains(group.id())) {
        continue;
      }
      WorkGroup g = group.group();
      Entitlement entitlement = schedule.entitlement(g.stream(), g.phase(), context.year());
      for (Urn school : group.schools()) {
        if (schoolsWithError.contains(school)) {
          continue;
        }
        entitlement
            .releaseGrant()
            .ifPresent(
                grant -> lines.add(FundingLine.of(g.id(), school, FundingKind.RELEASE_GRANT, grant)));
        entitlement
            .textbookMatchCap()
            .ifPresent(
                cap ->
                    lines.add(FundingLine.of(g.id(), school, FundingKind.TEXTBOOK_MATCH_CAP, cap)));
      }
    }
    return lines.build();
  }
}
