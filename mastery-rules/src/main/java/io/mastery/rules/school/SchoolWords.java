package io.mastery.rules.school;

import io.mastery.model.school.School;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.Findings;

/** The subjects and arguments every school rule reports: group, school, name, group's stream. */
final class SchoolWords {

  private SchoolWords() {}

  static Findings.Report about(Findings findings, EnrolledGroup group, School school) {
    return findings
        .violation()
        .workGroup(group.id())
        .school(school.urn())
        .with("schoolName", school.name())
        .with("stream", group.stream());
  }
}
