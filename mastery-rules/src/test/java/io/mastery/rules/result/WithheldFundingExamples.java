package io.mastery.rules.result;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.school.Urn;
import io.mastery.model.workgroup.WorkGroupId;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A decision built by hand")
class WithheldFundingExamples {

  private static final FundingLine GRANT =
      FundingLine.of(WorkGroupId.of("WG-01"), Urn.of(100010), FundingKind.RELEASE_GRANT, Money.parse("GBP 1000"));

  @Test
  @DisplayName("cannot pay a school an error names")
  void cannotPayASchoolInError() {
    assertThatThrownBy(
            () ->
                Decision.builder()
                    .academicYear(AcademicYear.of(2019))
                    .edition("2019/20")
                    .addViolations(
                        Violation.builder()
                            .rule("hub.own-rule")
                            .severity(Severity.ERROR)
                            .school(Urn.of(100010))
                            .message("School 100010 breaks our rule")
                            .build())
                    .addFunding(GRANT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("withheld by an error");
  }

  @Test
  @DisplayName("cannot pay a Work Group an error concerns as a whole")
  void cannotPayAGroupInError() {
    assertThatThrownBy(
            () ->
                Decision.builder()
                    .academicYear(AcademicYear.of(2019))
                    .edition("2019/20")
                    .addViolations(
                        Violation.builder()
                            .rule("workgroup.size")
                            .severity(Severity.ERROR)
                            .workGroup(WorkGroupId.of("WG-01"))
                            .message("Work Group WG-01 has 8 schools")
                            .build())
                    .addFunding(GRANT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("withheld by an error");
  }
}
