package io.mastery.rules.engine;

import static io.mastery.model.testkit.Theories.qt;
import static io.mastery.rules.SampleHub.LEAD;
import static io.mastery.rules.SampleHub.SPECIALIST;
import static io.mastery.rules.SampleHub.WG_01;
import static io.mastery.rules.SampleHub.school;
import static io.mastery.rules.SampleHub.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.School;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.HubYear;
import io.mastery.rules.HubYears;
import io.mastery.rules.SampleHub;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The funding lines of a decision: textbooks by year, specialists' own schools, funding the hub sets. */
@DisplayName("Funding lines of a decision")
class FundingAllocationExamples {

  private static final Money GBP_2000 = Money.parse("GBP 2000.00");

  private static List<FundingLine> withoutGroup(Decision decision) {
    return decision.funding().stream()
        .filter(l -> l.workGroup().isEmpty())
        .collect(Collectors.toList());
  }

  @Nested
  @DisplayName(
      "\"the schools of Cohort 3 primary Mastery Specialists\" (Maths Hubs, Teaching for Mastery:"
          + " textbooks, mathshubs.org.uk)")
  class SpecialistsOwnSchools {

    @Test
    @DisplayName(
        "the sample hub's cohort 3 lead's own school has the £2,000 textbook cap on a line without"
            + " a Work Group, naming the specialist")
    void theCohortThreeLeadsOwnSchool() {
      Decision decision = SampleHub.hubYear().decide();
      assertThat(decision.isValid()).isTrue();
      assertThat(withoutGroup(decision))
          .containsExactly(
              FundingLine.forSpecialistSchool(
                  SPECIALIST.school(), LEAD, FundingKind.TEXTBOOK_MATCH_CAP, GBP_2000));
      assertThat(decision.funding()).hasSize(13);
    }

    @Test
    @DisplayName("a cohort 2 lead's own school has no line of its own")
    void aCohortTwoLeadsSchoolHasNone() {
      HubYear year = SampleHub.hubYear();
      HubYear cohort2 =
          year.withEnrolment(
              year.enrolment()
                  .withSpecialists(List.of(SPECIALIST.withCohort(Cohort.of(Stream.PRIMARY, 2)))));
      assertThat(withoutGroup(cohort2.decide())).isEmpty();
    }

    @Test
    @DisplayName("after the last claims (31 July 2020) a cohort 3 specialist's school has no line")
    void afterTheWindowNone() {
      HubYear year = SampleHub.hubYear();
      AcademicYear next = SampleHub.YEAR.next();
      HubYear later =
          new HubYear(
              Enrolment.builder()
                  .from(year.enrolment())
                  .academicYear(next)
                  .workGroups(List.of(year.firstGroup().withAcademicYear(next)))
                  .build(),
              year.register(),
              ProgrammePolicy.forYear(next));
      assertThat(withoutGroup(later.decide())).isEmpty();
    }

    @Test
    @DisplayName(
        "a cohort 3 specialist's school that is also in a Development group has one textbook line,"
            + " its own, and the group's release grant")
    void oneTextbookLineForASchoolInAGroupToo() {
      HubYear year = SampleHub.hubYear();
      MasterySpecialist second =
          MasterySpecialist.of(Trn.of("1000002"), school(0), Cohort.of(Stream.PRIMARY, 3));
      HubYear both =
          year.withEnrolment(year.enrolment().withSpecialists(List.of(SPECIALIST, second)));
      Decision decision = both.decide();
      List<FundingLine> ofSchool =
          decision.funding().stream()
              .filter(l -> l.school().equals(school(0)))
              .collect(Collectors.toList());
      assertThat(ofSchool)
          .containsExactly(
              FundingLine.forSpecialistSchool(
                  school(0), second.trn(), FundingKind.TEXTBOOK_MATCH_CAP, GBP_2000),
              FundingLine.of(WG_01, school(0), FundingKind.RELEASE_GRANT, Money.parse("GBP 1000.00")));
    }

    @Test
    @DisplayName("an error naming the specialist's own school withholds its line")
    void anErrorWithholdsIt() {
      HubYear year = SampleHub.hubYear();
      HubYear closed =
          year.withSchool(year.school(SPECIALIST.school()).withStatus(EstablishmentStatus.CLOSED))
              .withFirstGroup(
                  g ->
                      g.withParticipations(
                          List.of(
                              g.participations().get(0),
                              g.participations().get(1),
                              g.participations().get(2),
                              g.participations().get(3),
                              g.participations().get(4),
                              Participation.of(SPECIALIST.school(), teacher(11), teacher(12)))));
      Decision decision = closed.decide();
      assertThat(decision.errors()).extracting(Violation::school).contains(Optional.of(SPECIALIST.school()));
      assertThat(decision.funding()).noneMatch(l -> l.school().equals(SPECIALIST.school()));
    }
  }

  @Nested
  @DisplayName(
      "Primary Embedding: \"lower levels of Maths Hubs funding to subsidise meetings and teacher"
          + " release\" (NCETM/Maths Hubs progress report, June 2019)")
  class SetByTheHub {

    @Test
    @DisplayName(
        "each school of a primary Embedding group in 2019/20 has a line saying the hub sets the"
            + " amount, with no amount")
    void eachEmbeddingSchoolHasALineTheHubSets() {
      HubYear year = SampleHub.hubYear();
      List<Participation> participations = new ArrayList<>();
      List<JourneyRecord> history = new ArrayList<>();
      for (int i = 10; i < 13; i++) {
        participations.add(Participation.of(school(i), teacher(100 + i)));
        history.add(JourneyRecord.of(school(i), Phase.DEVELOPMENT, AcademicYear.of(2018)));
      }
      WorkGroup embedding =
          WorkGroup.builder()
              .id(WorkGroupId.of("WG-02"))
              .phase(Phase.EMBEDDING)
              .stream(Stream.PRIMARY)
              .academicYear(SampleHub.YEAR)
              .lead(Trn.of("1000002"))
              .addAllParticipations(participations)
              .build();
      List<WorkGroup> groups = new ArrayList<>(year.enrolment().workGroups());
      groups.add(embedding);
      HubYear withEmbedding =
          year.withEnrolment(
              year.enrolment()
                  .withWorkGroups(groups)
                  .withHistory(history)
                  .withSpecialists(
                      List.of(
                          SPECIALIST,
                          MasterySpecialist.of(
                              Trn.of("1000002"), Urn.of(100009), Cohort.of(Stream.PRIMARY, 2)))));
      Decision decision = withEmbedding.decide();
      assertThat(decision.violations()).isEmpty();
      List<FundingLine> ofGroup =
          decision.funding().stream()
              .filter(l -> l.workGroup().equals(Optional.of(embedding.id())))
              .collect(Collectors.toList());
      assertThat(ofGroup)
          .containsExactly(
              FundingLine.setByHub(embedding.id(), school(10)),
              FundingLine.setByHub(embedding.id(), school(11)),
              FundingLine.setByHub(embedding.id(), school(12)));
      assertThat(ofGroup).allMatch(l -> l.amount().isEmpty());
    }
  }

  @Nested
  @DisplayName("Every decision")
  class Properties {

    @Test
    @DisplayName(
        "funds each school of a group, without an error, at a level the hub sets exactly when the"
            + " edition says so for the group's stream and phase, once per listing")
    void fundsAtALevelTheHubSetsExactlyWhenTheEditionSaysSo() {
      qt().forAll(HubYears.any())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                Set<Urn> schoolErrors = new HashSet<>();
                Set<WorkGroupId> groupErrors = new HashSet<>();
                for (Violation v : decision.errors()) {
                  if (v.school().isPresent()) {
                    schoolErrors.add(v.school().get());
                  } else if (v.workGroup().isPresent()) {
                    groupErrors.add(v.workGroup().get());
                  }
                }
                FundingSchedule schedule = FundingSchedule.of(year.policy());
                Map<String, Integer> expected = new TreeMap<>();
                for (WorkGroup g : year.enrolment().workGroups()) {
                  Entitlement e =
                      schedule.entitlement(g.stream(), g.phase(), year.enrolment().academicYear());
                  if (!e.releaseSetByHub() || groupErrors.contains(g.id())) {
                    continue;
                  }
                  for (Urn urn : new HashSet<>(g.schools())) {
                    if (!schoolErrors.contains(urn)) {
                      expected.merge(g.id() + " " + urn, 1, Integer::sum);
                    }
                  }
                }
                Map<String, Integer> found = new TreeMap<>();
                for (FundingLine l : decision.funding()) {
                  if (l.kind() == FundingKind.RELEASE_SET_BY_HUB) {
                    assertThat(l.amount()).isEmpty();
                    found.merge(l.workGroup().orElseThrow() + " " + l.school(), 1, Integer::sum);
                  } else {
                    assertThat(l.amount()).isPresent();
                  }
                }
                assertThat(found).isEqualTo(expected);
              });
    }

    @Test
    @DisplayName(
        "has a textbook line without a Work Group exactly for the own schools, open and"
            + " state-funded in England and without an error, of specialists of a cohort the edition funds, one per school; and"
            + " no group gives such a school a second textbook line")
    void ownSchoolLinesExactlyForTheEditionsCohorts() {
      qt().forAll(HubYears.any())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                Set<Urn> schoolErrors = new HashSet<>();
                for (Violation v : decision.errors()) {
                  v.school().ifPresent(schoolErrors::add);
                }
                FundingSchedule schedule = FundingSchedule.of(year.policy());
                Set<Urn> expected = new HashSet<>();
                for (MasterySpecialist s : year.enrolment().specialists()) {
                  Optional<School> school = year.register().find(s.school());
                  if (school.isPresent()
                      && school.get().fundingStatus() == FundingStatus.STATE_FUNDED_IN_ENGLAND
                      && school.get().status().isOpen()
                      && !schoolErrors.contains(s.school())
                      && schedule
                          .specialistSchoolCap(s, year.enrolment().academicYear())
                          .isPresent()) {
                    expected.add(s.school());
                  }
                }
                List<FundingLine> own = withoutGroup(decision);
                assertThat(own).extracting(FundingLine::school).doesNotHaveDuplicates();
                assertThat(own.stream().map(FundingLine::school).collect(Collectors.toSet()))
                    .isEqualTo(expected);
                assertThat(own)
                    .allMatch(
                        l -> l.kind() == FundingKind.TEXTBOOK_MATCH_CAP && l.specialist().isPresent());
                assertThat(decision.funding())
                    .noneMatch(
                        l ->
                            l.workGroup().isPresent()
                                && l.kind() == FundingKind.TEXTBOOK_MATCH_CAP
                                && expected.contains(l.school()));
              });
    }

    @Test
    @DisplayName(
        "gives a group's school a textbook cap only in a year whose approved list has a scheme")
    void textbookCapsOnlyInAYearWithAnApprovedScheme() {
      qt().forAll(HubYears.any())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                boolean approved =
                    !FundingSchedule.of(year.policy())
                        .approvedSchemes(year.enrolment().academicYear())
                        .isEmpty();
                if (!approved) {
                  assertThat(decision.funding())
                      .noneMatch(l -> l.kind() == FundingKind.TEXTBOOK_MATCH_CAP);
                }
              });
    }
  }
}
