package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

@Label("A phase's rules")
class PhaseRulesProperties {

  private static final List<String> REQUIRED =
      List.of(
          "stream",
          "phase",
          "displayName",
          "schoolsPerGroup",
          "teachersPerSchool",
          "meetingsPerYear",
          "supportVisitsPerSchool",
          "groupsLedPerSpecialist");

  private static PhaseRules.Builder development() {
    return PhaseRules.builder().from(MasteryExamples.PRIMARY_DEVELOPMENT);
  }

  private static PhaseRules.Builder builderWithout(Set<String> missing) {
    PhaseRules example = MasteryExamples.PRIMARY_DEVELOPMENT;
    PhaseRules.Builder builder = PhaseRules.builder();
    if (!missing.contains("stream")) {
      builder.stream(example.stream());
    }
    if (!missing.contains("phase")) {
      builder.phase(example.phase());
    }
    if (!missing.contains("displayName")) {
      builder.displayName(example.displayName());
    }
    if (!missing.contains("schoolsPerGroup")) {
      builder.schoolsPerGroup(example.schoolsPerGroup());
    }
    if (!missing.contains("teachersPerSchool")) {
      builder.teachersPerSchool(example.teachersPerSchool());
    }
    if (!missing.contains("meetingsPerYear")) {
      builder.meetingsPerYear(example.meetingsPerYear());
    }
    if (!missing.contains("supportVisitsPerSchool")) {
      builder.supportVisitsPerSchool(example.supportVisitsPerSchool());
    }
    if (!missing.contains("groupsLedPerSpecialist")) {
      builder.groupsLedPerSpecialist(example.groupsLedPerSpecialist());
    }
    return builder;
  }

  @Example
  @Label(
      "primary Development 2019/20: 6 to 7 schools, exactly 2 teachers, 6 meetings, 3 visits per"
          + " school, 1 group led, £1,000 release grant")
  void primaryDevelopmentIn2019Slash20() {
    PhaseRules rules =
        ProgrammePolicy.forYear(AcademicYear.parse("2019/20"))
            .phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT)
            .orElseThrow();
    assertThat(rules.displayName()).isEqualTo("Development");
    assertThat(rules.schoolsPerGroup()).isEqualTo(Bounds.of(6, 7));
    assertThat(rules.teachersPerSchool()).isEqualTo(Bounds.exactly(2));
    assertThat(rules.lengthInYears()).isEqualTo(1);
    assertThat(rules.meetingsPerYear()).isEqualTo(6);
    assertThat(rules.supportVisitsPerSchool()).isEqualTo(3);
    assertThat(rules.groupsLedPerSpecialist()).isEqualTo(1);
    assertThat(rules.releaseGrant()).contains(Money.parse("GBP 1000"));
  }

  @Group
  @Label("is built")
  class Building {

    @Property(tries = 100)
    void cannotBeBuiltWithoutARequiredAttributeAndSaysWhich(
        @ForAll("missingAttributes") Set<String> missing) {
      String message =
          assertThatIllegalStateException()
              .isThrownBy(() -> builderWithout(missing).build())
              .actual()
              .getMessage();
      for (String attribute : REQUIRED) {
        if (missing.contains(attribute)) {
          assertThat(message).containsPattern("\\b" + attribute + "\\b");
        } else {
          assertThat(message).doesNotContainPattern("\\b" + attribute + "\\b");
        }
      }
    }

    @Provide
    Arbitrary<Set<String>> missingAttributes() {
      return Arbitraries.of(REQUIRED).set().ofMinSize(1);
    }

    @Example
    void lastsOneYearAndCarriesNoGrantUnlessToldOtherwise() {
      PhaseRules rules = builderWithout(Set.of()).build();
      assertThat(rules.lengthInYears()).isEqualTo(1);
      assertThat(rules.releaseGrant()).isEmpty();
    }

    @Property
    void rejectsABlankDisplayNameQuotingIt(@ForAll("blank") String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().displayName(name).build())
          .withMessage("phase display name must not be blank: \"" + name + "\"");
    }

    @Provide
    Arbitrary<String> blank() {
      return Arbitraries.strings().withChars(" \t\n").ofMaxLength(4);
    }

    @Property
    void rejectsNegativeMeetingsOrVisitsQuotingThem(@ForAll @Negative int count) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().meetingsPerYear(count).build())
          .withMessage("meetings per year must not be negative: " + count);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().supportVisitsPerSchool(count).build())
          .withMessage("support visits per school must not be negative: " + count);
    }

    @Property
    void rejectsALengthOrALeadLimitBelowOneQuotingIt(@ForAll @IntRange(min = -10, max = 0) int n) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().lengthInYears(n).build())
          .withMessage("phase length must be 1 year or more: " + n);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().groupsLedPerSpecialist(n).build())
          .withMessage("groups led per specialist must be 1 or more: " + n);
    }

    @Property
    void rejectsAGrantBelowZeroQuotingIt(@ForAll @IntRange(min = 1, max = 1_000_000) int pence) {
      Money grant = Money.ofMinor(CurrencyUnit.GBP, -pence);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().releaseGrant(grant).build())
          .withMessage("release grant must not be negative: " + grant);
    }

    @Example
    void rejectsAGrantInAnotherCurrencyQuotingIt() {
      Money euros = Money.parse("EUR 1000.00");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().releaseGrant(euros).build())
          .withMessage("release grant must be in GBP: EUR 1000.00");
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Property(tries = 200)
    void isRebuiltEqualFromItself(@ForAll PhaseRules rules) {
      assertThat(PhaseRules.builder().from(rules).build())
          .isEqualTo(rules)
          .hasSameHashCodeAs(rules);
    }

    @Example
    void isEqualOnlyWithEveryAttributeEqual() {
      PhaseRules rules = MasteryExamples.PRIMARY_DEVELOPMENT;
      new EqualsTester()
          .addEqualityGroup(rules, development().build())
          .addEqualityGroup(development().stream(Stream.SECONDARY).build())
          .addEqualityGroup(development().phase(Phase.EMBEDDING).build())
          .addEqualityGroup(development().displayName("Introductory phase").build())
          .addEqualityGroup(development().schoolsPerGroup(Bounds.of(6, 12)).build())
          .addEqualityGroup(development().teachersPerSchool(Bounds.of(1, 2)).build())
          .addEqualityGroup(development().lengthInYears(2).build())
          .addEqualityGroup(development().meetingsPerYear(3).build())
          .addEqualityGroup(development().supportVisitsPerSchool(6).build())
          .addEqualityGroup(development().groupsLedPerSpecialist(2).build())
          .addEqualityGroup(development().releaseGrant(Money.parse("GBP 2000")).build())
          .testEquals();
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(PhaseRules.class, MasteryExamples.PRIMARY_DEVELOPMENT);
      NullRejection.assertRejectsNulls(PhaseRules.Builder.class, PhaseRules.builder());
    }
  }
}
