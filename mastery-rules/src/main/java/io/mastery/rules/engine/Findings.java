package io.mastery.rules.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The violations the rules report during one evaluation. Not thread-safe: one per evaluation. */
final class Findings {

  private final List<Violation> violations = new ArrayList<>();

  void add(
      RuleDescriptor rule,
      @Nullable WorkGroupId workGroup,
      @Nullable Urn school,
      @Nullable Trn teacher,
      String message) {
    violations.add(
        Violation.builder()
            .rule(rule.code())
            .severity(rule.severity())
            .workGroup(Optional.ofNullable(workGroup))
            .school(Optional.ofNullable(school))
            .teacher(Optional.ofNullable(teacher))
            .message(message)
            .build());
  }

  /**
   * Returns the violations in their stable order; a violation reported twice in the same words
   * about the same subjects is one violation.
   */
  ImmutableList<Violation> sorted() {
    return ImmutableSortedSet.copyOf(violations).asList();
  }
}
