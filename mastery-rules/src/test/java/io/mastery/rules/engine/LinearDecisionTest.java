package io.mastery.rules.engine;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.rules.result.Violation;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.DecisionException;
import io.mastery.rules.result.Decision;
import io.mastery.model.testkit.PathologicalYears;
import io.mastery.model.testkit.PathologicalYears.Shape;
import io.mastery.model.testkit.PathologicalYears.Year;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 12: a violation about a shared lead, teacher or school once listed every group involved
 * and was repeated for each group, so that a 1 MB enrolment gave a 572 MB decision. Each violation
 * now names the first few groups and counts the rest.
 */
@DisplayName("A decision grows no faster than the enrolment it judges")
class LinearDecisionTest {

  /** The longest message a violation may have: a few names and counts, never a whole list. */
  static final int LONGEST_MESSAGE = 400;

  /** The text a decision may hold per Work Group, messages included: linear, with room to spare. */
  static final int TEXT_PER_GROUP = 2_500;

  static long textOf(Decision decision) {
    return decision.violations().stream().mapToLong(v -> v.message().length() + 60L).sum();
  }

  static Decision judge(Year year) {
    return Rulebook.standard().evaluate(year.enrolment(), year.register());
  }

  static void assertLinear(Year year, Decision decision) {
    assertThat(decision.violations())
        .as("every message of %s is short", year)
        .allSatisfy(v -> assertThat(v.message().length()).isLessThanOrEqualTo(LONGEST_MESSAGE));
    assertThat(decision.violations())
        .as("every message of %s names the school, teacher or group it concerns", year)
        .allSatisfy(
            v -> {
              v.school().ifPresent(u -> assertThat(v.message()).contains(u.toString()));
              v.teacher().ifPresent(t -> assertThat(v.message()).contains(t.value()));
              if (v.school().isEmpty()) {
                v.workGroup().ifPresent(g -> assertThat(v.message()).contains(g.value()));
              }
            });
    assertThat(textOf(decision))
        .as("text of the decision on %s", year)
        .isLessThanOrEqualTo((long) TEXT_PER_GROUP * year.groups());
    assertThat(decision.violations().size())
        .as("violations of %s: at most a few per school", year)
        .isLessThanOrEqualTo(20 * year.groups());
  }

  @Nested
  @DisplayName("at 10,000 Work Groups, judged in seconds")
  class TenThousandGroups {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("one Mastery Specialist leading every group is reported for each group, naming"
        + " five groups and counting the rest")
    void oneLeadForAllGroups() {
      Year year = PathologicalYears.of(Shape.ONE_LEAD_FOR_ALL_GROUPS, 10_000);
      Decision decision = judge(year);
      assertLinear(year, decision);
      List<Violation> overcommitted = codes(decision, "workgroup.lead-overcommitted");
      assertThat(overcommitted).hasSize(10_000);
      assertThat(overcommitted.get(0).message())
          .isEqualTo(
              "Mastery Specialist 1000000 leads 10000 primary Development Work Groups in 2019/20"
                  + " (WG-00000, WG-00001, WG-00002, WG-00003, WG-00004 and 9995 more); edition"
                  + " 2019/20 allows 1");
      assertThat(decision.funding()).isEmpty();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("one teacher listed by every school is reported for each school, naming five"
        + " places and counting the rest")
    void oneTeacherEverywhere() {
      Year year = PathologicalYears.of(Shape.ONE_TEACHER_EVERYWHERE, 10_000);
      Decision decision = judge(year);
      assertLinear(year, decision);
      List<Violation> doubles = codes(decision, "teacher.double-enrolment");
      assertThat(doubles).hasSize(60_000);
      assertThat(doubles.get(0).message())
          .startsWith("Teacher 3999999 is enrolled 60000 times in 2019/20: WG-00000 (school")
          .endsWith(" and 59995 more");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("one school in every group is reported for each group, naming five groups and"
        + " counting the rest")
    void oneSchoolEverywhere() {
      Year year = PathologicalYears.of(Shape.ONE_SCHOOL_EVERYWHERE, 10_000);
      Decision decision = judge(year);
      assertLinear(year, decision);
      List<Violation> twice = codes(decision, "journey.one-phase-per-year");
      assertThat(twice).hasSize(10_000);
      assertThat(twice.get(0).message())
          .isEqualTo(
              "School 100000 is in 10000 Work Groups in 2019/20 (WG-00000 Development, WG-00001"
                  + " Development, WG-00002 Development, WG-00003 Development, WG-00004"
                  + " Development and 9995 more); a school takes one phase a year");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a shared lead, teacher and school at once still give a decision of a few"
        + " kilobytes per group")
    void allSharedAtOnce() {
      Year year = PathologicalYears.of(Shape.ALL_SHARED, 10_000);
      assertLinear(year, judge(year));
    }
  }

  @Test
  @DisplayName("whatever the groups share and however many there are, the decision's text is at"
      + " most a few kilobytes per Work Group")
  void linearForEveryShape() {
    qt(40)
        .forAll(PathologicalYears.years(400))
        .checkAssert(year -> assertLinear(year, judge(year)));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("asking for an exception on 16,000 groups with one lead gives a message of a few"
      + " kilobytes that counts the errors it does not quote")
  void orThrowCarriesABoundedMessage() {
    Year year = PathologicalYears.of(Shape.ALL_SHARED, 16_000);
    Decision decision = judge(year);
    int errors = decision.errors().size();
    assertThatThrownBy(decision::orThrow)
        .isInstanceOf(DecisionException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage())
                  .startsWith("enrolment for 2019/20 has " + errors + " error(s): ")
                  .endsWith("; and " + (errors - DecisionException.ERRORS_QUOTED) + " more");
              assertThat(e.getMessage().length())
                  .isLessThan(DecisionException.ERRORS_QUOTED
                      * (DecisionException.MESSAGE_QUOTED + 40) + 200);
              assertThat(((DecisionException) e).decision()).isSameAs(decision);
            });
  }

  @Nested
  @DisplayName("a message names a few values")
  class FirstFew {

    @Test
    @DisplayName("five or fewer are all named")
    void fiveOrFewerAreNamed() {
      assertThat(String.join(", ", io.mastery.rules.check.FirstFew.of(List.of("WG-01", "WG-02", "WG-03"))))
          .isEqualTo("WG-01, WG-02, WG-03");
      assertThat(String.join(", ", io.mastery.rules.check.FirstFew.of(names(5))))
          .isEqualTo("WG-1, WG-2, WG-3, WG-4, WG-5");
    }

    @Test
    @DisplayName("of more than five, the first five in order are named and the rest counted")
    void theRestAreCounted() {
      assertThat(io.mastery.rules.check.FirstFew.of(names(6)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4", "WG-5");
      assertThat(io.mastery.rules.check.FirstFew.of(names(100_000)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4", "WG-5");
    }

    @Test
    @DisplayName("the group or place a violation concerns is always among those named")
    void theSubjectIsAlwaysNamed() {
      assertThat(io.mastery.rules.check.FirstFew.naming("WG-3", names(4)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4");
      assertThat(io.mastery.rules.check.FirstFew.naming("WG-2", names(8)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4", "WG-5");
      assertThat(io.mastery.rules.check.FirstFew.naming("WG-8", names(8)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4", "WG-8");
      assertThat(io.mastery.rules.check.FirstFew.naming("WG-99999", names(100_000)))
          .containsExactly("WG-1", "WG-2", "WG-3", "WG-4", "WG-99999");
    }

    @Test
    @DisplayName("a long error's message is cut when an exception quotes it")
    void aLongErrorIsCut() {
      Violation error =
          Violation.builder()
              .rule("school.unknown")
              .severity(Severity.ERROR)
              .message("x".repeat(10_000))
              .build();
      Decision decision =
          Decision.builder()
              .academicYear(PathologicalYears.YEAR)
              .edition("2019/20")
              .addViolations(error)
              .build();
      assertThatThrownBy(decision::orThrow)
          .hasMessage(
              "enrolment for 2019/20 has 1 error(s): "
                  + "x".repeat(DecisionException.MESSAGE_QUOTED)
                  + "... (10000 characters)");
    }
  }

  private static List<String> names(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "WG-" + i).collect(Collectors.toList());
  }

  private static List<Violation> codes(Decision decision, String code) {
    return decision.violations().stream()
        .filter(v -> v.rule().equals(code))
        .collect(Collectors.toList());
  }
}
