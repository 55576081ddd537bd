package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.intsAtMost;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.phaseRules;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A phase's rules")
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

  @Test
  @DisplayName(
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

  @Nested
  @DisplayName("is built")
  class Building {

    @Test
    @DisplayName("cannot be built without a required attribute, and says which")
    void cannotBeBuiltWithoutARequiredAttributeAndSaysWhich() {
      qt(100)
          .forAll(missingAttributes())
          .checkAssert(
              missing -> {
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
              });
    }

    private static Gen<Set<String>> missingAttributes() {
      return setsOf(oneOfValues(REQUIRED), 1, REQUIRED.size());
    }

    @Test
    @DisplayName("lasts one year and carries no grant unless told otherwise")
    void lastsOneYearAndCarriesNoGrantUnlessToldOtherwise() {
      PhaseRules rules = builderWithout(Set.of()).build();
      assertThat(rules.lengthInYears()).isEqualTo(1);
      assertThat(rules.releaseGrant()).isEmpty();
    }

    @Test
    @DisplayName("refuses a blank display name, quoting it")
    void rejectsABlankDisplayNameQuotingIt() {
      qt().forAll(blank())
          .checkAssert(
              name ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> development().displayName(name).build())
                      .withMessage("phase display name must not be blank: \"" + name + "\""));
    }

    private static Gen<String> blank() {
      return stringsOf(" \t\n", 0, 4);
    }

    @Test
    @DisplayName("refuses a negative number of meetings or visits, quoting it")
    void rejectsNegativeMeetingsOrVisitsQuotingThem() {
      qt().forAll(intsAtMost(-1))
          .checkAssert(
              count -> {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> development().meetingsPerYear(count).build())
                    .withMessage("meetings per year must not be negative: " + count);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> development().supportVisitsPerSchool(count).build())
                    .withMessage("support visits per school must not be negative: " + count);
              });
    }

    @Test
    @DisplayName("refuses a length or a limit of groups led below one, quoting it")
    void rejectsALengthOrALeadLimitBelowOneQuotingIt() {
      qt().forAll(integers().between(-10, 0))
          .checkAssert(
              n -> {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> development().lengthInYears(n).build())
                    .withMessage("phase length must be 1 year or more: " + n);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> development().groupsLedPerSpecialist(n).build())
                    .withMessage("groups led per specialist must be 1 or more: " + n);
              });
    }

    @Test
    @DisplayName("refuses a release grant below zero, quoting it")
    void rejectsAGrantBelowZeroQuotingIt() {
      qt().forAll(integers().between(1, 1_000_000))
          .checkAssert(
              pence -> {
                Money grant = Money.ofMinor(CurrencyUnit.GBP, -pence);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> development().releaseGrant(grant).build())
                    .withMessage("release grant must not be negative: " + grant);
              });
    }

    @Test
    @DisplayName("refuses a release grant in another currency, quoting it")
    void rejectsAGrantInAnotherCurrencyQuotingIt() {
      Money euros = Money.parse("EUR 1000.00");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> development().releaseGrant(euros).build())
          .withMessage("release grant must be in GBP: EUR 1000.00");
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is rebuilt equal from itself")
    void isRebuiltEqualFromItself() {
      qt(200)
          .forAll(phaseRules())
          .checkAssert(
              rules ->
                  assertThat(PhaseRules.builder().from(rules).build())
                      .isEqualTo(rules)
                      .hasSameHashCodeAs(rules));
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only with every attribute equal")
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

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(PhaseRules.class, MasteryExamples.PRIMARY_DEVELOPMENT);
      NullRejection.assertRejectsNulls(PhaseRules.Builder.class, PhaseRules.builder());
    }
  }

  @Nested
  @DisplayName("is offered from a year")
  class Offered {

    @Test
    @DisplayName(
        "is offered in a year exactly when the year is not before the first year it is offered,"
            + " and in every year when the edition gives none")
    void isOfferedFromItsFirstYear() {
      qt().forAll(phaseRules(), io.mastery.model.testkit.MasteryGen.programmeYears())
          .checkAssert(
              (rules, year) ->
                  assertThat(rules.isOfferedIn(year))
                      .isEqualTo(rules.offeredFrom().map(first -> !year.isBefore(first)).orElse(true)));
    }

    @Test
    @DisplayName(
        "a phase funded at a level the hub sets carries no fixed release grant, and one that"
            + " does is refused, quoting the grant")
    void fundingSetByTheHubHasNoFixedGrant() {
      qt().forAll(phaseRules())
          .checkAssert(
              rules -> {
                if (rules.fundingSetByHub()) {
                  assertThat(rules.releaseGrant()).isEmpty();
                }
                PhaseRules.Builder both =
                    PhaseRules.builder()
                        .from(rules)
                        .fundingSetByHub(true)
                        .releaseGrant(Money.of(CurrencyUnit.GBP, 500));
                assertThatIllegalArgumentException()
                    .isThrownBy(both::build)
                    .withMessage(
                        "a phase funded at a level the hub sets has no fixed release grant: GBP"
                            + " 500.00");
              });
    }

    @Test
    @DisplayName(
        "without being told, is led only by Mastery Specialists, has no source and is no"
            + " assumption")
    void defaults() {
      PhaseRules rules =
          PhaseRules.builder()
              .stream(Stream.PRIMARY)
              .phase(Phase.DEVELOPMENT)
              .displayName("Development")
              .schoolsPerGroup(Bounds.of(6, 7))
              .teachersPerSchool(Bounds.exactly(2))
              .meetingsPerYear(6)
              .supportVisitsPerSchool(3)
              .groupsLedPerSpecialist(1)
              .build();
      assertThat(rules.readinessLeadMayLead()).isFalse();
      assertThat(rules.fundingSetByHub()).isFalse();
      assertThat(rules.offeredFrom()).isEmpty();
      assertThat(rules.source()).isEmpty();
      assertThat(rules.assumption()).isFalse();
      assertThat(rules.isOfferedIn(AcademicYear.of(2015))).isTrue();
    }
  }
}
