package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.rules.result.Violation;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Decision;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.workgroup.WorkGroupId;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A decision's violations and funding lines, as values a hub system receives. */
@DisplayName("A decision, its violations and its funding lines")
class DecisionExamples {

  static final Violation ERROR =
      Violation.builder()
          .rule("workgroup.size")
          .severity(Severity.ERROR)
          .workGroup(WorkGroupId.of("WG-01"))
          .message("Work Group WG-01 has 5 schools")
          .build();

  static final Violation WARNING =
      Violation.builder()
          .rule("school.outside-hub")
          .severity(Severity.WARNING)
          .school(Urn.of(100_010))
          .message("School 100010 is outside the hub's area")
          .build();

  @Test
  @DisplayName("splits its violations into errors and warnings by severity")
  void splitsItsViolationsIntoErrorsAndWarnings() {
    Decision decision =
        Decision.builder()
            .academicYear(AcademicYear.of(2019))
            .edition("2019/20")
            .addViolations(ERROR, WARNING)
            .build();
    assertThat(decision.errors()).containsExactly(ERROR);
    assertThat(decision.warnings()).containsExactly(WARNING);
    assertThat(decision.isValid()).isFalse();
    Decision warned = Decision.builder().from(decision).violations(List.of(WARNING)).build();
    assertThat(warned.isValid()).isTrue();
    assertThat(warned.errors()).isEmpty();
    assertThat(warned.warnings()).containsExactly(WARNING);
  }

  @Test
  @DisplayName("refuses a violation whose rule code is not lower-case words joined by a dot")
  void refusesAViolationWithABadRuleCode() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Violation.builder().from(ERROR).rule("Workgroup Size").build())
        .withMessage(
            "rule code must be lower-case words joined by a dot, such as workgroup.size:"
                + " \"Workgroup Size\"");
  }

  @Test
  @DisplayName("refuses a violation with a blank message")
  void refusesAViolationWithABlankMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Violation.builder().from(ERROR).message("  ").build())
        .withMessage("violation message must not be blank");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("describes a violation by its severity, rule and message")
  void describesAViolation() {
    assertThat(WARNING)
        .hasToString("WARNING school.outside-hub: School 100010 is outside the hub's area");
  }

  @Test
  @DisplayName("refuses funding in another currency or below zero, quoting the amount")
  void refusesFundingInAnotherCurrencyOrBelowZero() {
    WorkGroupId group = WorkGroupId.of("WG-01");
    Urn school = Urn.of(100_010);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> FundingLine.of(group, school, FundingKind.values()[0], Money.parse("EUR 10.00")))
        .withMessage("funding must be in GBP: EUR 10.00");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> FundingLine.of(group, school, FundingKind.values()[0], Money.parse("GBP -0.01")))
        .withMessage("funding must not be negative: GBP -0.01");
    assertThat(
            FundingLine.of(group, school, FundingKind.values()[0], Money.parse("GBP 0")).amount())
        .hasValue(Money.parse("GBP 0.00"));
  }

  @Test
  @DisplayName(
      "a line the hub sets carries no amount, every other kind one; a specialist's own school has"
          + " a line without a Work Group, sorted before the groups' lines")
  void linesWithoutAnAmountOrAWorkGroup() {
    WorkGroupId group = WorkGroupId.of("WG-01");
    Urn school = Urn.of(100_010);
    Trn specialist = Trn.of("1000001");
    FundingLine hub = FundingLine.setByHub(group, school);
    assertThat(hub.amount()).isEmpty();
    assertThat(hub.kind().hasAmount()).isFalse();
    FundingLine own =
        FundingLine.forSpecialistSchool(
            Urn.of(100_008), specialist, FundingKind.TEXTBOOK_MATCH_CAP, Money.parse("GBP 2000"));
    assertThat(own.workGroup()).isEmpty();
    assertThat(own.specialist()).hasValue(specialist);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> FundingLine.of(group, school, FundingKind.RELEASE_SET_BY_HUB, Money.parse("GBP 1")))
        .withMessageContaining("RELEASE_SET_BY_HUB must not carry an amount");
    FundingLine grant =
        FundingLine.of(group, school, FundingKind.RELEASE_GRANT, Money.parse("GBP 1000"));
    Decision decision =
        Decision.builder()
            .academicYear(AcademicYear.of(2019))
            .edition("2019/20")
            .addFunding(hub, grant, own)
            .build();
    assertThat(decision.funding()).containsExactly(own, grant, hub);
  }

  @Test
  @DisplayName("refuses a specialist's own school's line when an error names that school")
  void refusesAnOwnSchoolLineWithAnErrorOnTheSchool() {
    Urn school = Urn.of(100_008);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Decision.builder()
                    .academicYear(AcademicYear.of(2019))
                    .edition("2019/20")
                    .addViolations(
                        Violation.builder()
                            .rule("school.closed")
                            .severity(Severity.ERROR)
                            .school(school)
                            .message("closed")
                            .build())
                    .addFunding(
                        FundingLine.forSpecialistSchool(
                            school,
                            Trn.of("1000001"),
                            FundingKind.TEXTBOOK_MATCH_CAP,
                            Money.parse("GBP 2000")))
                    .build())
        .withMessageContaining("withheld");
  }
}
