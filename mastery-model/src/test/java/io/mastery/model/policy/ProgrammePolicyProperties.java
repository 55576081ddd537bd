package io.mastery.model.policy;

import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.cohorts;
import static io.mastery.model.testkit.MasteryGen.phaseRules;
import static io.mastery.model.testkit.MasteryGen.phases;
import static io.mastery.model.testkit.MasteryGen.programmePolicies;
import static io.mastery.model.testkit.MasteryGen.standardEditions;
import static io.mastery.model.testkit.MasteryGen.streamRules;
import static io.mastery.model.testkit.MasteryGen.streams;
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
import io.mastery.model.specialist.Cohort;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A programme policy edition")
class ProgrammePolicyProperties {

  @Nested
  @DisplayName("in force for a year")
  class InForce {

    @Test
    @DisplayName(
        "each standard edition is in force from its own year until the next: 2015/16 to 2018/19,"
            + " 2019/20, 2020/21 to 2023/24, 2024/25, and 2025/26 on")
    void eachStandardEditionIsInForceUntilTheNext() {
      qt().forAll(integers().between(2015, AcademicYear.MAX_START_YEAR))
          .checkAssert(
              start -> {
                String expected =
                    start <= 2018
                        ? "2015/16"
                        : start == 2019
                            ? "2019/20"
                            : start <= 2023 ? "2020/21" : start == 2024 ? "2024/25" : "2025/26";
                ProgrammePolicy policy = ProgrammePolicy.forYear(AcademicYear.of(start));
                assertThat(policy.edition()).isEqualTo(expected);
                assertThat(policy.inForceFrom()).hasToString(expected);
              });
    }

    @Test
    @DisplayName("none is in force for 2014/15, and the message says so")
    void noneIsInForceFor2014Slash15() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProgrammePolicy.forYear(AcademicYear.parse("2014/15")))
          .withMessage(
              "no policy edition is in force for 2014/15; the earliest is in force from 2015/16");
    }

    @Test
    @DisplayName("none is in force before the programme started")
    void noneIsInForceBeforeTheProgrammeStarted() {
      qt().forAll(integers().between(AcademicYear.MIN_START_YEAR, 2014))
          .checkAssert(
              start -> {
                AcademicYear year = AcademicYear.of(start);
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> ProgrammePolicy.forYear(year))
                    .withMessageContaining("no policy edition is in force for " + year);
              });
    }
  }

  @Nested
  @DisplayName("says when cohorts train")
  class Cohorts {

    @Test
    @DisplayName(
        "primary cohort 1 trains in 2015/16, cohort 4 in 2018/19, cohort 7 in 2021/22, cohort 11"
            + " in 2025/26")
    void primaryCohortsOfTheSeeds() {
      assertThat(trainingYear(Stream.PRIMARY, 1)).hasToString("2015/16");
      assertThat(trainingYear(Stream.PRIMARY, 4)).hasToString("2018/19");
      assertThat(trainingYear(Stream.PRIMARY, 7)).hasToString("2021/22");
      assertThat(trainingYear(Stream.PRIMARY, 11)).hasToString("2025/26");
    }

    @Test
    @DisplayName("secondary cohort 10 trains in 2025/26")
    void secondaryCohort10OfTheSeeds() {
      assertThat(trainingYear(Stream.SECONDARY, 10)).hasToString("2025/26");
    }

    private AcademicYear trainingYear(Stream stream, int number) {
      ProgrammePolicy policy = ProgrammePolicy.forYear(AcademicYear.of(2025));
      return policy.trainingYear(Cohort.of(stream, number)).orElseThrow();
    }

    @Test
    @DisplayName("a cohort trains in the year its stream's rules give")
    void aCohortTrainsInTheYearItsStreamRulesGive() {
      qt().forAll(editions(), cohorts())
          .checkAssert(
              (policy, cohort) ->
                  assertThat(policy.trainingYear(cohort))
                      .isEqualTo(
                          policy
                              .streamRules(cohort.stream())
                              .map(r -> r.trainingYear(cohort.number()))));
    }

    @Test
    @DisplayName("the FE programme starts in 2023/24 in the 2024/25 edition, and not before")
    void theFeProgrammeStartsIn2023Slash24InThe2024Slash25Edition() {
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2024)).trainingYear(Cohort.of(Stream.FE, 1)))
          .contains(AcademicYear.of(2023));
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2019)).trainingYear(Cohort.of(Stream.FE, 1)))
          .isEmpty();
    }
  }

  private static Gen<ProgrammePolicy> editions() {
    return oneOf(standardEditions(), programmePolicies());
  }

  @Nested
  @DisplayName("holds at most one set of rules per stream and phase")
  class RulesPerStreamAndPhase {

    @Test
    @DisplayName("finds the rules of a stream and phase in its list")
    void findsTheRulesOfAStreamAndPhaseInItsList() {
      qt(300)
          .forAll(editions(), streams(), phases())
          .checkAssert(
              (policy, stream, phase) -> {
                assertThat(policy.phaseRules(stream, phase))
                    .isEqualTo(
                        policy.phaseRules().stream()
                            .filter(r -> r.stream() == stream && r.phase() == phase)
                            .findFirst());
                assertThat(policy.streamRules(stream))
                    .isEqualTo(
                        policy.streamRules().stream()
                            .filter(r -> r.stream() == stream)
                            .findFirst());
              });
    }

    @Test
    @DisplayName("refuses two sets of rules for one stream and phase, naming them")
    void rejectsTwoRulesForOneStreamAndPhaseNamingThem() {
      qt(300)
          .forAll(editions(), phaseRules())
          .checkAssert(
              (policy, extra) -> {
                Set<String> present = new HashSet<>();
                policy.phaseRules().forEach(r -> present.add(r.stream() + " " + r.phase()));
                ProgrammePolicy.Builder builder =
                    ProgrammePolicy.builder().from(policy).addPhaseRule(extra);
                if (present.contains(extra.stream() + " " + extra.phase())) {
                  assertThatIllegalArgumentException()
                      .isThrownBy(builder::build)
                      .withMessage(
                          "edition %s has two sets of rules for %s %s",
                          policy.edition(), extra.stream(), extra.phase());
                } else {
                  assertThat(builder.build().phaseRules(extra.stream(), extra.phase()))
                      .contains(extra);
                }
              });
    }

    @Test
    @DisplayName("refuses two specialist programmes for one stream, naming it")
    void rejectsTwoProgrammesForOneStreamNamingIt() {
      qt(300)
          .forAll(editions(), streamRules())
          .checkAssert(
              (policy, extra) -> {
                ProgrammePolicy.Builder builder =
                    ProgrammePolicy.builder().from(policy).addStreamRule(extra);
                if (policy.streamRules(extra.stream()).isPresent()) {
                  assertThatIllegalArgumentException()
                      .isThrownBy(builder::build)
                      .withMessage(
                          "edition %s has two sets of rules for the %s stream",
                          policy.edition(), extra.stream());
                } else {
                  assertThat(builder.build().streamRules(extra.stream())).contains(extra);
                }
              });
    }

    @Test
    @DisplayName(
        "the standard editions offer a phase from the year it began: Development from 2016/17"
            + " (secondary from 2018/19), Mastery Readiness and Embedding from 2019/20, Sustaining"
            + " from 2020/21, the Introductory phase from 2025/26, and no phase before")
    void theStandardEditionsOfferEachPhaseFromTheYearItBegan() {
      qt().forAll(integers().between(2015, AcademicYear.MAX_START_YEAR), phases())
          .checkAssert(
              (start, phase) -> {
                AcademicYear year = AcademicYear.of(start);
                ProgrammePolicy policy = ProgrammePolicy.forYear(year);
                int primaryFrom = firstYear(phase);
                assertThat(policy.offers(Stream.PRIMARY, phase, year))
                    .as("primary %s in %s", phase, year)
                    .isEqualTo(start >= primaryFrom);
                int secondaryFrom =
                    phase == Phase.DEVELOPMENT
                        ? 2018
                        : phase == Phase.MASTERY_READINESS || phase == Phase.INTRODUCTORY
                            ? Integer.MAX_VALUE
                            : primaryFrom;
                assertThat(policy.offers(Stream.SECONDARY, phase, year))
                    .as("secondary %s in %s", phase, year)
                    .isEqualTo(start >= secondaryFrom);
                assertThat(policy.offers(Stream.FE, phase, year)).isFalse();
              });
    }

    private int firstYear(Phase phase) {
      switch (phase) {
        case DEVELOPMENT:
          return 2016;
        case MASTERY_READINESS:
        case EMBEDDING:
          return 2019;
        case SUSTAINING:
          return 2020;
        case INTRODUCTORY:
          return 2025;
        default:
          throw new AssertionError(phase);
      }
    }

    private static Gen<ProgrammePolicy> standard() {
      return oneOfValues(PolicyEditions.standard().editions());
    }
  }

  @Nested
  @DisplayName("is built")
  class Building {

    @Test
    @DisplayName("cannot be built without its name and first year")
    void cannotBeBuiltWithoutItsNameAndFirstYear() {
      assertThatIllegalStateException()
          .isThrownBy(() -> ProgrammePolicy.builder().build())
          .withMessageContaining("edition")
          .withMessageContaining("inForceFrom");
    }

    @Test
    @DisplayName("refuses a blank edition name, quoting it")
    void rejectsABlankEditionNameQuotingIt() {
      qt().forAll(blank())
          .checkAssert(
              name ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(
                          () ->
                              ProgrammePolicy.builder()
                                  .edition(name)
                                  .inForceFrom(AcademicYear.of(2030))
                                  .build())
                      .withMessage("edition name must not be blank: \"" + name + "\""));
    }

    private static Gen<String> blank() {
      return stringsOf(" \t\n", 0, 4);
    }

    @Test
    @DisplayName("the secondary Development grant is £2,000 from 2024/25, and none before")
    void theSecondaryDevelopmentGrantIs2000PoundsFrom2024Slash25() {
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2024))
                  .phaseRules(Stream.SECONDARY, Phase.DEVELOPMENT)
                  .flatMap(PhaseRules::releaseGrant))
          .contains(Money.parse("GBP 2000"));
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2019))
                  .phaseRules(Stream.SECONDARY, Phase.DEVELOPMENT)
                  .flatMap(PhaseRules::releaseGrant))
          .isEmpty();
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
          .forAll(editions())
          .checkAssert(
              policy ->
                  assertThat(ProgrammePolicy.builder().from(policy).build())
                      .isEqualTo(policy)
                      .hasSameHashCodeAs(policy));
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only with every attribute equal")
    void isEqualOnlyWithEveryAttributeEqual() {
      ProgrammePolicy policy = MasteryExamples.EDITION_2019_20;
      new EqualsTester()
          .addEqualityGroup(
              policy,
              ProgrammePolicy.builder().from(policy).build(),
              ProgrammePolicy.forYear(AcademicYear.of(2019)))
          .addEqualityGroup(ProgrammePolicy.forYear(AcademicYear.of(2016)))
          .addEqualityGroup(ProgrammePolicy.forYear(AcademicYear.of(2024)))
          .addEqualityGroup(
              ProgrammePolicy.builder().from(policy).edition("2019/20 revised").build())
          .addEqualityGroup(ProgrammePolicy.builder().from(policy).source("").build())
          .addEqualityGroup(
              ProgrammePolicy.builder().from(policy).textbookMatchFunding(Optional.empty()).build())
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(ProgrammePolicy.class, MasteryExamples.EDITION_2019_20);
      NullRejection.assertRejectsNulls(ProgrammePolicy.Builder.class, ProgrammePolicy.builder());
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("describes itself by its edition and the date it is in force from")
  void describesItselfByEditionAndDate() {
    ProgrammePolicy policy = MasteryExamples.EDITION_2019_20;
    assertThat(policy)
        .hasToString(
            "ProgrammePolicy{edition "
                + policy.edition()
                + ", in force from "
                + policy.inForceFrom()
                + "}");
  }
}
