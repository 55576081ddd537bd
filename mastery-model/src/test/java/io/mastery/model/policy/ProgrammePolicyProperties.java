package io.mastery.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryArbitraries;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import java.util.HashSet;
import java.util.Optional;
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
import org.joda.money.Money;

@Label("A programme policy edition")
class ProgrammePolicyProperties {

  @Group
  @Label("in force for a year")
  class InForce {

    @Property
    @Label("2019/20 is in force for 2015/16 to 2023/24")
    void edition2019Slash20IsInForceFor2015To2023(
        @ForAll @IntRange(min = 2015, max = 2023) int start) {
      ProgrammePolicy policy = ProgrammePolicy.forYear(AcademicYear.of(start));
      assertThat(policy.edition()).isEqualTo("2019/20");
      assertThat(policy.inForceFrom()).hasToString("2015/16");
    }

    @Property
    @Label("2024/25 is in force from 2024/25 on")
    void edition2024Slash25IsInForceFrom2024On(
        @ForAll @IntRange(min = 2024, max = AcademicYear.MAX_START_YEAR) int start) {
      ProgrammePolicy policy = ProgrammePolicy.forYear(AcademicYear.of(start));
      assertThat(policy.edition()).isEqualTo("2024/25");
      assertThat(policy.inForceFrom()).hasToString("2024/25");
    }

    @Example
    @Label("none is in force for 2014/15, and the message says so")
    void noneIsInForceFor2014Slash15() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProgrammePolicy.forYear(AcademicYear.parse("2014/15")))
          .withMessage(
              "no policy edition is in force for 2014/15; the earliest is in force from 2015/16");
    }

    @Property
    void noneIsInForceBeforeTheProgrammeStarted(
        @ForAll @IntRange(min = AcademicYear.MIN_START_YEAR, max = 2014) int start) {
      AcademicYear year = AcademicYear.of(start);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProgrammePolicy.forYear(year))
          .withMessageContaining("no policy edition is in force for " + year);
    }
  }

  @Group
  @Label("says when cohorts train")
  class Cohorts {

    @Example
    @Label(
        "primary cohort 1 trains in 2015/16, cohort 4 in 2018/19, cohort 7 in 2021/22, cohort 11 in"
            + " 2025/26")
    void primaryCohortsOfTheSeeds() {
      assertThat(trainingYear(Stream.PRIMARY, 1)).hasToString("2015/16");
      assertThat(trainingYear(Stream.PRIMARY, 4)).hasToString("2018/19");
      assertThat(trainingYear(Stream.PRIMARY, 7)).hasToString("2021/22");
      assertThat(trainingYear(Stream.PRIMARY, 11)).hasToString("2025/26");
    }

    @Example
    @Label("secondary cohort 10 trains in 2025/26")
    void secondaryCohort10OfTheSeeds() {
      assertThat(trainingYear(Stream.SECONDARY, 10)).hasToString("2025/26");
    }

    private AcademicYear trainingYear(Stream stream, int number) {
      ProgrammePolicy policy = ProgrammePolicy.forYear(AcademicYear.of(2025));
      return policy.trainingYear(Cohort.of(stream, number)).orElseThrow();
    }

    @Property
    void aCohortTrainsInTheYearItsStreamRulesGive(
        @ForAll("editions") ProgrammePolicy policy, @ForAll Cohort cohort) {
      assertThat(policy.trainingYear(cohort))
          .isEqualTo(policy.streamRules(cohort.stream()).map(r -> r.trainingYear(cohort.number())));
    }

    @Example
    void theFeProgrammeStartsIn2023Slash24InThe2024Slash25Edition() {
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2024)).trainingYear(Cohort.of(Stream.FE, 1)))
          .contains(AcademicYear.of(2023));
      assertThat(
              ProgrammePolicy.forYear(AcademicYear.of(2019)).trainingYear(Cohort.of(Stream.FE, 1)))
          .isEmpty();
    }
  }

  @Provide
  Arbitrary<ProgrammePolicy> editions() {
    return Arbitraries.oneOf(
        MasteryArbitraries.standardEditions(), MasteryArbitraries.programmePolicies());
  }

  @Group
  @Label("holds at most one set of rules per stream and phase")
  class RulesPerStreamAndPhase {

    @Property(tries = 300)
    void findsTheRulesOfAStreamAndPhaseInItsList(
        @ForAll("editions") ProgrammePolicy policy, @ForAll Stream stream, @ForAll Phase phase) {
      assertThat(policy.phaseRules(stream, phase))
          .isEqualTo(
              policy.phaseRules().stream()
                  .filter(r -> r.stream() == stream && r.phase() == phase)
                  .findFirst());
      assertThat(policy.streamRules(stream))
          .isEqualTo(policy.streamRules().stream().filter(r -> r.stream() == stream).findFirst());
    }

    @Property(tries = 300)
    void rejectsTwoRulesForOneStreamAndPhaseNamingThem(
        @ForAll("editions") ProgrammePolicy policy, @ForAll PhaseRules extra) {
      Set<String> present = new HashSet<>();
      policy.phaseRules().forEach(r -> present.add(r.stream() + " " + r.phase()));
      ProgrammePolicy.Builder builder = ProgrammePolicy.builder().from(policy).addPhaseRule(extra);
      if (present.contains(extra.stream() + " " + extra.phase())) {
        assertThatIllegalArgumentException()
            .isThrownBy(builder::build)
            .withMessage(
                "edition %s has two sets of rules for %s %s",
                policy.edition(), extra.stream(), extra.phase());
      } else {
        assertThat(builder.build().phaseRules(extra.stream(), extra.phase())).contains(extra);
      }
    }

    @Property(tries = 300)
    void rejectsTwoProgrammesForOneStreamNamingIt(
        @ForAll("editions") ProgrammePolicy policy, @ForAll StreamRules extra) {
      ProgrammePolicy.Builder builder = ProgrammePolicy.builder().from(policy).addStreamRule(extra);
      if (policy.streamRules(extra.stream()).isPresent()) {
        assertThatIllegalArgumentException()
            .isThrownBy(builder::build)
            .withMessage(
                "edition %s has two sets of rules for the %s stream",
                policy.edition(), extra.stream());
      } else {
        assertThat(builder.build().streamRules(extra.stream())).contains(extra);
      }
    }

    @Property
    void theStandardEditionsHaveRulesForEveryPhaseOfPrimaryAndSecondary(
        @ForAll("standard") ProgrammePolicy policy, @ForAll Phase phase) {
      assertThat(policy.phaseRules(Stream.PRIMARY, phase)).isPresent();
      if (phase != Phase.MASTERY_READINESS) {
        assertThat(policy.phaseRules(Stream.SECONDARY, phase)).isPresent();
      }
    }

    @Provide
    Arbitrary<ProgrammePolicy> standard() {
      return Arbitraries.of(PolicyEditions.standard().editions());
    }
  }

  @Group
  @Label("is built")
  class Building {

    @Example
    void cannotBeBuiltWithoutItsNameAndFirstYear() {
      assertThatIllegalStateException()
          .isThrownBy(() -> ProgrammePolicy.builder().build())
          .withMessageContaining("edition")
          .withMessageContaining("inForceFrom");
    }

    @Property
    void rejectsABlankEditionNameQuotingIt(@ForAll("blank") String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  ProgrammePolicy.builder()
                      .edition(name)
                      .inForceFrom(AcademicYear.of(2030))
                      .build())
          .withMessage("edition name must not be blank: \"" + name + "\"");
    }

    @Provide
    Arbitrary<String> blank() {
      return Arbitraries.strings().withChars(" \t\n").ofMaxLength(4);
    }

    @Example
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

  @Group
  @Label("as a value")
  class AsAValue {

    @Property(tries = 200)
    void isRebuiltEqualFromItself(@ForAll("editions") ProgrammePolicy policy) {
      assertThat(ProgrammePolicy.builder().from(policy).build())
          .isEqualTo(policy)
          .hasSameHashCodeAs(policy);
    }

    @Example
    void isEqualOnlyWithEveryAttributeEqual() {
      ProgrammePolicy policy = MasteryExamples.EDITION_2019_20;
      new EqualsTester()
          .addEqualityGroup(
              policy,
              ProgrammePolicy.builder().from(policy).build(),
              ProgrammePolicy.forYear(AcademicYear.of(2016)))
          .addEqualityGroup(ProgrammePolicy.forYear(AcademicYear.of(2024)))
          .addEqualityGroup(
              ProgrammePolicy.builder().from(policy).edition("2019/20 revised").build())
          .addEqualityGroup(ProgrammePolicy.builder().from(policy).source("").build())
          .addEqualityGroup(
              ProgrammePolicy.builder().from(policy).textbookMatchFunding(Optional.empty()).build())
          .testEquals();
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(ProgrammePolicy.class, MasteryExamples.EDITION_2019_20);
      NullRejection.assertRejectsNulls(ProgrammePolicy.Builder.class, ProgrammePolicy.builder());
    }
  }

  @Example
  @Label("describes itself by its edition and the date it is in force from")
  void describesItselfByEditionAndDate() {
    ProgrammePolicy policy = MasteryExamples.EDITION_2019_20;
    assertThat(policy)
        .hasToString(
            "ProgrammePolicy{edition " + policy.edition() + ", in force from " + policy.inForceFrom() + "}");
  }
}
