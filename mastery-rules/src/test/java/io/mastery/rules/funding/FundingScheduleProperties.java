package io.mastery.rules.funding;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import java.util.List;
import org.quicktheories.generators.Generate;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryGen;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Funding (Maths Hubs, Teaching for Mastery: textbooks; NCETM/Maths Hubs progress report, June 2019), as properties and examples. */
@DisplayName("Funding")
class FundingScheduleProperties {

  static final Money GBP_1000 = Money.parse("GBP 1000.00");
  static final Money GBP_2000 = Money.parse("GBP 2000.00");

  private static Gen<ProgrammePolicy> editions() {
    return MasteryGen.standardEditions();
  }

  private static Gen<AcademicYear> years() {
    return MasteryGen.programmeYears();
  }

  @Nested
  @DisplayName(
      "An entitlement is the edition's release grant and, where it applies, the textbook cap")
  class Entitlements {

    @Test
    @DisplayName("the release grant is the edition's grant for the stream and phase")
    void theReleaseGrantIsTheEditions() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
                assertThat(e.releaseGrant())
                    .isEqualTo(policy.phaseRules(stream, phase).flatMap(PhaseRules::releaseGrant));
                assertThat(e.stream()).isEqualTo(stream);
                assertThat(e.phase()).isEqualTo(phase);
                assertThat(e.academicYear()).isEqualTo(year);
              });
    }

    @Test
    @DisplayName("the textbook cap is given exactly when the match funding applies")
    void theTextbookCapIsGivenExactlyWhenItApplies() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Optional<Money> cap =
                    FundingSchedule.of(policy).textbookMatchCap(stream, phase, year);
                boolean applies =
                    policy
                        .textbookMatchFunding()
                        .map(t -> t.appliesTo(stream, phase, year))
                        .orElse(false);
                assertThat(cap.isPresent()).isEqualTo(applies);
                cap.ifPresent(
                    c ->
                        assertThat(c)
                            .isEqualTo(policy.textbookMatchFunding().orElseThrow().capPerSchool()));
              });
    }

    @Test
    @DisplayName("the total is the grant plus the cap, in GBP")
    void theTotalIsTheSum() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
                Money zero = Money.zero(CurrencyUnit.GBP);
                assertThat(e.total())
                    .isEqualTo(
                        e.releaseGrant().orElse(zero).plus(e.textbookMatchCap().orElse(zero)));
                assertThat(e.isEmpty())
                    .isEqualTo(
                        e.releaseGrant().isEmpty()
                            && !e.releaseSetByHub()
                            && e.textbookMatchCap().isEmpty());
              });
    }
  }

  @Nested
  @DisplayName("The standard editions")
  class StandardEditions {

    @Test
    @DisplayName("primary Development 2019/20: £1,000 release grant and the £2,000 textbook cap")
    void primaryDevelopment2019() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2019))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).hasValue(GBP_2000);
      assertThat(e.total()).isEqualTo(Money.parse("GBP 3000.00"));
    }

    @Test
    @DisplayName("primary Development 2020/21: the textbook window (2016/17 to 2019/20) has closed")
    void primaryDevelopment2020() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2020))
              .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2020));
      assertThat(e.releaseGrant()).hasValue(GBP_1000);
      assertThat(e.textbookMatchCap()).isEmpty();
    }

    @Test
    @DisplayName("secondary Development 2024/25: the £2,000 participation grant; Embedding £1,000")
    void secondary2024() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2024));
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.DEVELOPMENT)).hasValue(GBP_2000);
      assertThat(schedule.releaseGrant(Stream.SECONDARY, Phase.EMBEDDING)).hasValue(GBP_1000);
    }

    @Test
    @DisplayName("Sustaining, and phases not offered, carry nothing")
    void nothing() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2019));
      assertThat(
              schedule.entitlement(Stream.PRIMARY, Phase.SUSTAINING, AcademicYear.of(2019)).isEmpty())
          .isTrue();
      assertThat(schedule.entitlement(Stream.FE, Phase.DEVELOPMENT, AcademicYear.of(2019)).isEmpty())
          .isTrue();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("schedules and entitlements are equal by value")
    void equality() {
      FundingSchedule s2019 = FundingSchedule.forYear(AcademicYear.of(2019));
      new EqualsTester()
          .addEqualityGroup(s2019, FundingSchedule.of(ProgrammePolicy.forYear(AcademicYear.of(2019))))
          .addEqualityGroup(FundingSchedule.forYear(AcademicYear.of(2015)))
          .addEqualityGroup(FundingSchedule.forYear(AcademicYear.of(2024)))
          .testEquals();
      new EqualsTester()
          .addEqualityGroup(
              s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019)),
              s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2019)))
          .addEqualityGroup(s2019.entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2018)))
          .addEqualityGroup(s2019.entitlement(Stream.PRIMARY, Phase.EMBEDDING, AcademicYear.of(2019)))
          .addEqualityGroup(s2019.entitlement(Stream.SECONDARY, Phase.DEVELOPMENT, AcademicYear.of(2019)))
          .testEquals();
      assertThat(s2019.policy().edition()).isEqualTo("2019/20");
    }
  }

  @Nested
  @DisplayName(
      "Textbook match funding follows the DfE's approved list year by year (Maths Hubs, Teaching"
          + " for Mastery: textbooks, mathshubs.org.uk)")
  class TextbooksByYear {

    private static final String MNP = "Maths — No Problem!";
    private static final String PM1 = "Power Maths Key Stage 1";
    private static final String PM2 = "Power Maths Key Stage 2";

    @Test
    @DisplayName(
        "\"2016/17, Maths — No Problem! only\"; 2017/18 \"adds Power Maths Key Stage 1\"; then"
            + " three schemes; none after the last claims (31 July 2020)")
    void theListGrewYearByYear() {
      assertThat(FundingSchedule.forYear(AcademicYear.of(2016)).approvedSchemes(AcademicYear.of(2016)))
          .containsExactly(MNP);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2017)).approvedSchemes(AcademicYear.of(2017)))
          .containsExactly(MNP, PM1);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2018)).approvedSchemes(AcademicYear.of(2018)))
          .containsExactly(MNP, PM1, PM2);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2019)).approvedSchemes(AcademicYear.of(2019)))
          .containsExactly(MNP, PM1, PM2);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2020)).approvedSchemes(AcademicYear.of(2020)))
          .isEmpty();
      assertThat(
              FundingSchedule.forYear(AcademicYear.of(2020))
                  .entitlement(Stream.PRIMARY, Phase.DEVELOPMENT, AcademicYear.of(2020))
                  .approvedSchemes())
          .isEmpty();
    }

    @Test
    @DisplayName(
        "\"half the spend, up to £2,000 per school\", only for a scheme approved that year: Power"
            + " Maths Key Stage 1 is not matched in 2016/17, and is from 2017/18")
    void halfTheSpendUpToTheCapForASchemeApprovedThatYear() {
      FundingSchedule of2016 = FundingSchedule.forYear(AcademicYear.of(2016));
      FundingSchedule of2019 = FundingSchedule.forYear(AcademicYear.of(2019));
      Money spend = Money.parse("GBP 3000.00");
      assertThat(of2016.textbookMatch(AcademicYear.of(2016), PM1, spend)).isEmpty();
      assertThat(of2016.textbookMatch(AcademicYear.of(2016), MNP, spend))
          .hasValue(Money.parse("GBP 1500.00"));
      assertThat(of2016.textbookMatch(AcademicYear.of(2017), PM1, spend))
          .hasValue(Money.parse("GBP 1500.00"));
      assertThat(of2019.textbookMatch(AcademicYear.of(2019), PM2, Money.parse("GBP 5000.00")))
          .hasValue(GBP_2000);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2020)).textbookMatch(AcademicYear.of(2020), MNP, spend))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "a year of the window whose approved list is empty gives no textbook cap, whatever the"
            + " stream, phase and window")
    void aYearWithoutAnApprovedSchemeGivesNoCap() {
      qt().forAll(
              Generate.pick(List.of(AcademicYear.of(2016), AcademicYear.of(2019))),
              org.quicktheories.generators.SourceDSL.integers().between(0, 3),
              MasteryGen.streams(),
              MasteryGen.phases())
          .checkAssert(
              (edition, skipped, stream, phase) -> {
                ProgrammePolicy standard = ProgrammePolicy.forYear(edition);
                TextbookMatchFunding textbooks = standard.textbookMatchFunding().orElseThrow();
                AcademicYear without = textbooks.firstYear().plusYears(skipped);
                ListMultimap<AcademicYear, String> lists = ArrayListMultimap.create();
                textbooks.approvedSchemesByYear().forEach(
                    (year, scheme) -> {
                      if (!year.equals(without)) {
                        lists.put(year, scheme);
                      }
                    });
                ProgrammePolicy edited =
                    ProgrammePolicy.builder()
                        .from(standard)
                        .textbookMatchFunding(
                            TextbookMatchFunding.builder()
                                .from(textbooks)
                                .approvedSchemesByYear(lists)
                                .build())
                        .build();
                FundingSchedule schedule = FundingSchedule.of(edited);
                assertThat(schedule.textbookMatchCap(stream, phase, without)).isEmpty();
                assertThat(schedule.entitlement(stream, phase, without).textbookMatchCap()).isEmpty();
                AcademicYear other = textbooks.firstYear().plusYears((skipped + 1) % 4);
                assertThat(schedule.textbookMatchCap(stream, phase, other).isPresent())
                    .isEqualTo(textbooks.appliesTo(stream, phase, other));
              });
    }

    @Test
    @DisplayName(
        "the match is the edition's share of the spend, at most its cap, exactly when the scheme is"
            + " on that year's list")
    void theMatchIsTheSharedSpendExactlyForAnApprovedScheme() {
      qt().forAll(
              editions(),
              years(),
              Generate.pick(List.of(MNP, PM1, PM2, "Another scheme")),
              MasteryGen.poundAmounts())
          .checkAssert(
              (policy, year, scheme, spend) -> {
                Optional<Money> match = FundingSchedule.of(policy).textbookMatch(year, scheme, spend);
                boolean approved =
                    policy
                        .textbookMatchFunding()
                        .map(t -> t.approvedSchemesIn(year).contains(scheme))
                        .orElse(false);
                assertThat(match.isPresent()).isEqualTo(approved);
                match.ifPresent(
                    m -> {
                      TextbookMatchFunding t = policy.textbookMatchFunding().orElseThrow();
                      assertThat(m).isEqualTo(t.fundingFor(spend));
                      assertThat(m.isGreaterThan(t.capPerSchool())).isFalse();
                      assertThat(
                              m.isGreaterThan(
                                  spend.multipliedBy(t.share(), java.math.RoundingMode.UP)))
                          .isFalse();
                    });
              });
    }
  }

  @Nested
  @DisplayName(
      "\"the schools of Cohort 3 primary Mastery Specialists\" qualify for textbook match funding"
          + " without a Work Group")
  class SpecialistSchools {

    private final MasterySpecialist cohort3 =
        MasterySpecialist.of(Trn.of("1000003"), Urn.of(100008), Cohort.of(Stream.PRIMARY, 3));

    @Test
    @DisplayName(
        "a cohort 3 primary specialist's school has the £2,000 cap from 2017/18, the cohort's"
            + " training year, to 2019/20; not in 2016/17, nor in 2020/21")
    void cohortThreeFromItsTrainingYearWithinTheWindow() {
      assertThat(FundingSchedule.forYear(AcademicYear.of(2017)).specialistSchoolCap(cohort3, AcademicYear.of(2017)))
          .hasValue(GBP_2000);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2019)).specialistSchoolCap(cohort3, AcademicYear.of(2019)))
          .hasValue(GBP_2000);
      assertThat(FundingSchedule.forYear(AcademicYear.of(2016)).specialistSchoolCap(cohort3, AcademicYear.of(2016)))
          .isEmpty();
      assertThat(FundingSchedule.forYear(AcademicYear.of(2020)).specialistSchoolCap(cohort3, AcademicYear.of(2020)))
          .isEmpty();
    }

    @Test
    @DisplayName("cohort 2 primary specialists' schools and cohort 3 secondary specialists' schools do not qualify")
    void otherCohortsDoNot() {
      FundingSchedule schedule = FundingSchedule.forYear(AcademicYear.of(2018));
      assertThat(schedule.specialistSchoolCap(cohort3.withCohort(Cohort.of(Stream.PRIMARY, 2)), AcademicYear.of(2018)))
          .isEmpty();
      assertThat(schedule.specialistSchoolCap(cohort3.withCohort(Cohort.of(Stream.SECONDARY, 3)), AcademicYear.of(2018)))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "a specialist's school qualifies exactly when the edition lists the cohort, the year is in"
            + " the window and not before the cohort trains, and a scheme is approved that year")
    void exactlyWhenTheEditionSaysSo() {
      qt().forAll(editions(), years(), MasteryGen.masterySpecialists())
          .checkAssert(
              (policy, year, specialist) -> {
                Optional<Money> cap =
                    FundingSchedule.of(policy).specialistSchoolCap(specialist, year);
                boolean expected =
                    policy
                        .textbookMatchFunding()
                        .map(
                            t ->
                                t.specialistCohorts().contains(specialist.cohort())
                                    && !year.isBefore(t.firstYear())
                                    && !year.isAfter(t.lastYear())
                                    && !t.approvedSchemesIn(year).isEmpty())
                        .orElse(false)
                        && policy
                            .trainingYear(specialist.cohort())
                            .map(trains -> !year.isBefore(trains))
                            .orElse(false);
                assertThat(cap.isPresent()).isEqualTo(expected);
                cap.ifPresent(
                    c ->
                        assertThat(c)
                            .isEqualTo(policy.textbookMatchFunding().orElseThrow().capPerSchool()));
              });
    }
  }

  @Nested
  @DisplayName(
      "Primary Embedding is funded at \"lower levels of Maths Hubs funding\": the hub sets the"
          + " amount")
  class SetByTheHub {

    @Test
    @DisplayName(
        "primary Embedding 2019/20 carries funding the hub sets, with no grant: it is not"
            + " unfunded")
    void primaryEmbedding() {
      Entitlement e =
          FundingSchedule.forYear(AcademicYear.of(2019))
              .entitlement(Stream.PRIMARY, Phase.EMBEDDING, AcademicYear.of(2019));
      assertThat(e.releaseSetByHub()).isTrue();
      assertThat(e.releaseGrant()).isEmpty();
      assertThat(e.isEmpty()).isFalse();
      assertThat(e.total()).isEqualTo(Money.zero(CurrencyUnit.GBP));
    }

    @Test
    @DisplayName(
        "a phase is funded at a level the hub sets exactly when its edition says so, never beside"
            + " a release grant")
    void exactlyWhenTheEditionSaysSo() {
      qt().forAll(editions(), MasteryGen.streams(), MasteryGen.phases(), years())
          .checkAssert(
              (policy, stream, phase, year) -> {
                Entitlement e = FundingSchedule.of(policy).entitlement(stream, phase, year);
                boolean setByHub =
                    policy.phaseRules(stream, phase).map(PhaseRules::fundingSetByHub).orElse(false);
                assertThat(e.releaseSetByHub()).isEqualTo(setByHub);
                assertThat(e.releaseSetByHub() && e.releaseGrant().isPresent()).isFalse();
                assertThat(e.isEmpty()).isEqualTo(
                    e.releaseGrant().isEmpty() && !setByHub && e.textbookMatchCap().isEmpty());
              });
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("describes itself by its edition, and hashes other editions apart")
  void describesItselfByItsEditionAndHashesOtherEditionsApart() {
    FundingSchedule of2019 = FundingSchedule.forYear(AcademicYear.of(2019));
    FundingSchedule other =
        FundingSchedule.of(
            ProgrammePolicy.builder().from(of2019.policy()).edition("local").build());
    assertThat(of2019).hasToString("FundingSchedule{edition 2019/20}");
    assertThat(other).hasToString("FundingSchedule{edition local}");
    assertThat(of2019.hashCode()).isNotEqualTo(other.hashCode());
  }
}
