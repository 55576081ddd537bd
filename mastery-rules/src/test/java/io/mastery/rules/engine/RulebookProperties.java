package io.mastery.rules.engine;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.mastery.rules.result.Violation;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.FundingKind;
import io.mastery.rules.result.FundingLine;
import io.mastery.rules.result.DecisionException;
import io.mastery.rules.result.Decision;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.MasteryGen;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.HubYear;
import io.mastery.rules.HubYears;
import io.mastery.rules.Mutations;
import io.mastery.rules.funding.Entitlement;
import io.mastery.rules.funding.FundingSchedule;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The programme's rules as properties: each group states a rule of the programme, and each property
 * breaks a valid hub year in one way and checks that exactly that rule is reported.
 */
@DisplayName("The programme's rules")
class RulebookProperties {

  static final WorkGroupId EXTRA = WorkGroupId.of("WG-X");

  static Set<String> codes(Decision decision) {
    return decision.violations().stream().map(Violation::rule).collect(Collectors.toSet());
  }

  static void onlyRule(Decision decision, String code) {
    assertThat(decision.violations()).as(decision.violations().toString()).isNotEmpty();
    assertThat(codes(decision)).as(decision.violations().toString()).containsExactly(code);
  }

  static <T> T pick(List<T> values, int pick) {
    return values.get(pick % values.size());
  }

  static List<Urn> enrolledSchools(HubYear year) {
    return year.enrolment().workGroups().stream()
        .flatMap(g -> g.schools().stream())
        .distinct()
        .collect(Collectors.toList());
  }

  static HubYear replaceGroup(HubYear year, WorkGroup old, WorkGroup replacement) {
    List<WorkGroup> groups = new ArrayList<>(year.enrolment().workGroups());
    groups.set(groups.indexOf(old), replacement);
    return year.withEnrolment(year.enrolment().withWorkGroups(groups));
  }

  static boolean hasPhase(HubYear year, Set<Phase> phases) {
    return year.enrolment().workGroups().stream().anyMatch(g -> phases.contains(g.phase()));
  }

  static List<WorkGroup> groupsOf(HubYear year, Set<Phase> phases) {
    return year.enrolment().workGroups().stream()
        .filter(g -> phases.contains(g.phase()))
        .collect(Collectors.toList());
  }

  private static Gen<HubYear> valid() {
    return HubYears.valid();
  }

  private static Gen<HubYear> anything() {
    return HubYears.any();
  }

  @Nested
  @DisplayName("A valid hub year")
  class ValidHubYears {

    @Test
    @DisplayName("is accepted without a warning")
    void everyValidHubYearIsAcceptedWithoutAWarning() {
      qt(300)
          .forAll(valid())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                assertThat(decision.violations()).isEmpty();
                assertThat(decision.isValid()).isTrue();
                assertThat(decision.orThrow()).isSameAs(decision);
              });
    }

    @Test
    @DisplayName("funds every school with its entitlement")
    void everySchoolOfAValidHubYearReceivesItsEntitlement() {
      qt(300)
          .forAll(valid())
          .checkAssert(
              year -> {
                List<FundingLine> expected = expectedFunding(year, Set.of(), Set.of(), false);
                assertThat(year.decide().funding()).containsExactlyInAnyOrderElementsOf(expected);
              });
    }
  }

  @Nested
  @DisplayName(
      "Schools are state-funded, in England, open, of the group's stream and in the hub's area")
  class Schools {

    @Test
    @DisplayName("`school.unknown`: a school missing from the register is unknown")
    void aSchoolMissingFromTheRegisterIsUnknown() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                Urn school = pick(enrolledSchools(year), n);
                Decision decision = year.withoutSchool(school).decide();
                onlyRule(decision, "school.unknown");
                assertThat(decision.violations())
                    .allMatch(v -> v.school().orElseThrow().equals(school));
                assertThat(decision.funding()).noneMatch(l -> l.school().equals(school));
              });
    }

    @Test
    @DisplayName(
        "`school.not-state-funded`: an independent school or another establishment is refused")
    void anEstablishmentThatIsNotStateFundedIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999), notStateFunded())
          .checkAssert(
              (year, n, type) -> {
                Urn school = pick(enrolledSchools(year), n);
                Decision decision = year.withSchool(year.school(school).withType(type)).decide();
                onlyRule(decision, "school.not-state-funded");
                assertThat(decision.violations())
                    .allMatch(
                        v ->
                            v.message().contains(school.toString())
                                && v.message().contains(type.registerName()));
              });
    }

    private static Gen<EstablishmentType> notStateFunded() {
      return org.quicktheories.generators.Generate.pick(
          java.util.Arrays.stream(EstablishmentType.values())
              .filter(
                  t ->
                      t.fundingStatus() == FundingStatus.INDEPENDENT
                          || t.fundingStatus() == FundingStatus.NOT_A_SCHOOL)
              .toList());
    }

    @Test
    @DisplayName("`school.outside-england`: a Welsh or overseas establishment is refused")
    void anEstablishmentOutsideEnglandIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                Urn school = pick(enrolledSchools(year), n);
                EstablishmentType type =
                    pick(
                        List.of(
                            EstablishmentType.WELSH_ESTABLISHMENT,
                            EstablishmentType.OFFSHORE_SCHOOLS,
                            EstablishmentType.SERVICE_CHILDRENS_EDUCATION,
                            EstablishmentType.BRITISH_SCHOOLS_OVERSEAS),
                        n);
                onlyRule(
                    year.withSchool(year.school(school).withType(type)).decide(),
                    "school.outside-england");
              });
    }

    @Test
    @DisplayName("`school.closed`: a closed school, or one proposed to open, is refused")
    void aClosedSchoolIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                Urn school = pick(enrolledSchools(year), n);
                EstablishmentStatus status =
                    n % 2 == 0 ? EstablishmentStatus.CLOSED : EstablishmentStatus.PROPOSED_TO_OPEN;
                Decision decision =
                    year.withSchool(year.school(school).withStatus(status)).decide();
                onlyRule(decision, "school.closed");
                assertThat(decision.violations())
                    .allMatch(v -> v.message().contains(status.registerName()));
              });
    }

    @Test
    @DisplayName(
        "`school.wrong-phase`: a school whose phase of education does not fit the stream is"
            + " refused")
    void aSchoolOfAnotherPhaseOfEducationIsTheWrongPhase() {
      qt(300)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Urn urn = pick(group.schools(), n / 7);
                School school = year.school(urn);
                List<School> misfits = new ArrayList<>();
                for (PhaseOfEducation phase : PhaseOfEducation.values()) {
                  if (!fits(phase, group.stream()) && phase != PhaseOfEducation.NOT_APPLICABLE) {
                    misfits.add(school.withPhaseOfEducation(phase));
                  }
                }
                misfits.add(school.withType(EstablishmentType.FURTHER_EDUCATION));
                misfits.add(school.withType(EstablishmentType.SIXTH_FORM_CENTRES));
                misfits.add(
                    School.builder()
                        .from(school)
                        .phaseOfEducation(PhaseOfEducation.NOT_APPLICABLE)
                        .statutoryAgeRange(
                            group.stream() == Stream.PRIMARY
                                ? io.mastery.model.school.AgeRange.of(11, 19)
                                : io.mastery.model.school.AgeRange.of(2, 11))
                        .build());
                Decision decision = year.withSchool(pick(misfits, n / 3)).decide();
                onlyRule(decision, "school.wrong-phase");
                assertThat(decision.violations())
                    .allMatch(v -> v.school().orElseThrow().equals(urn));
              });
    }

    boolean fits(PhaseOfEducation phase, Stream stream) {
      switch (phase) {
        case PRIMARY:
        case MIDDLE_DEEMED_PRIMARY:
          return stream == Stream.PRIMARY;
        case SECONDARY:
        case MIDDLE_DEEMED_SECONDARY:
          return stream == Stream.SECONDARY;
        case ALL_THROUGH:
          return stream != Stream.FE;
        case SIXTEEN_PLUS:
          return stream == Stream.FE;
        default:
          return false;
      }
    }

    @Test
    @DisplayName(
        "`school.outside-hub`: a school outside the hub's local authorities is a warning only,"
            + " and keeps its funding")
    void aSchoolOutsideTheHubIsOnlyAWarning() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                Urn school = pick(enrolledSchools(year), n);
                Decision decision =
                    year.withSchool(year.school(school).withLocalAuthority(HubYears.ELSEWHERE))
                        .decide();
                onlyRule(decision, "school.outside-hub");
                assertThat(decision.violations()).allMatch(v -> v.severity() == Severity.WARNING);
                assertThat(decision.isValid()).isTrue();
                assertThat(decision.funding()).isEqualTo(year.decide().funding());
                Decision withoutHub =
                    year.withSchool(year.school(school).withLocalAuthority(HubYears.ELSEWHERE))
                        .withEnrolment(
                            Enrolment.builder()
                                .from(year.enrolment())
                                .hub(java.util.Optional.empty())
                                .build())
                        .decide();
                assertThat(withoutHub.violations()).as("no hub, no area check").isEmpty();
              });
    }
  }

  @Nested
  @DisplayName("Work Groups have the edition's size, teachers and an eligible lead")
  class WorkGroups {

    @Test
    @DisplayName(
        "every Work Group the engine accepts has six or seven schools with two teachers each"
            + " (Development primary, 2019/20)")
    void everyAcceptedDevelopmentPrimaryWorkGroupHasSixOrSevenSchoolsWithTwoTeachersEach() {
      Map<String, Integer> groups = new HashMap<>();
      qt(300)
          .forAll(resized2019())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                for (WorkGroup group : year.enrolment().workGroups()) {
                  if (group.phase() != Phase.DEVELOPMENT || group.stream() != Stream.PRIMARY) {
                    continue;
                  }
                  boolean accepted =
                      decision.errors().stream()
                          .noneMatch(v -> v.workGroup().equals(java.util.Optional.of(group.id())));
                  groups.merge(accepted ? "accepted" : "refused", 1, Integer::sum);
                  if (accepted) {
                    assertThat(new HashSet<>(group.schools()).size()).isBetween(6, 7);
                    assertThat(group.participations()).allMatch(p -> p.teachers().size() == 2);
                  }
                }
              });
      assertThat(groups)
          .as("Development primary groups generated, accepted and refused: %s", groups)
          .containsKeys("accepted", "refused");
    }

    private static Gen<HubYear> resized2019() {
      return HubYears.valid(AcademicYear.of(2019))
          .assuming(y -> hasPhase(y, Set.of(Phase.DEVELOPMENT)))
          .flatMap(
              y -> {
                int n = y.enrolment().workGroups().size();
                return listsOf(integers().between(-2, 2), n, n)
                    .zip(
                        listsOf(integers().between(1, 3), n, n),
                        (deltas, teachers) -> resize(y, deltas, teachers));
              });
    }

    private static HubYear resize(HubYear year, List<Integer> deltas, List<Integer> teachers) {
      HubYear changed = year;
      for (int i = 0; i < deltas.size(); i++) {
        WorkGroup group = changed.enrolment().workGroups().get(i);
        List<Participation> ps = new ArrayList<>(group.participations());
        int delta = deltas.get(i);
        for (int k = 0; k < -delta && ps.size() > 1; k++) {
          ps.remove(ps.size() - 1);
        }
        for (int k = 0; k < delta; k++) {
          Mutations.Cloned cloned = Mutations.cloneSchool(changed, ps.get(0).school());
          changed = cloned.year();
          ps.add(Participation.of(cloned.urn(), Mutations.freshTrns(changed, ps.get(0).teachers().size())));
          changed = replaceGroup(changed, group, group = group.withParticipations(ps));
        }
        ps.set(0, Participation.of(ps.get(0).school(), Mutations.freshTrns(changed, teachers.get(i))));
        changed = replaceGroup(changed, group, group.withParticipations(ps));
      }
      return changed;
    }

    @Test
    @DisplayName("`workgroup.size`: a group outside the edition's bounds for its phase is refused")
    void aGroupOutsideTheEditionsBoundsIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Bounds bounds =
                    year.policy()
                        .phaseRules(group.stream(), group.phase())
                        .orElseThrow()
                        .schoolsPerGroup();
                HubYear changed = year;
                List<Participation> ps = new ArrayList<>(group.participations());
                if (bounds.max() != Bounds.UNBOUNDED) {
                  while (ps.size() <= bounds.max()) {
                    Mutations.Cloned cloned = Mutations.cloneSchool(changed, ps.get(0).school());
                    changed = cloned.year();
                    ps.add(
                        Participation.of(
                            cloned.urn(),
                            Mutations.freshTrns(changed, ps.get(0).teachers().size())));
                    WorkGroup current =
                        changed
                            .enrolment()
                            .workGroups()
                            .get(year.enrolment().workGroups().indexOf(group));
                    changed = replaceGroup(changed, current, current.withParticipations(ps));
                  }
                } else {
                  ps = new ArrayList<>(ps.subList(0, bounds.min() - 1));
                  changed = replaceGroup(changed, group, group.withParticipations(ps));
                }
                Decision decision = changed.decide();
                onlyRule(decision, "workgroup.size");
                assertThat(decision.violations())
                    .allMatch(
                        v ->
                            v.workGroup().orElseThrow().equals(group.id())
                                && v.school().isEmpty()
                                && v.message().contains(bounds.toString()));
                assertThat(decision.funding()).noneMatch(l -> l.workGroup().equals(Optional.of(group.id())));
              });
    }

    @Test
    @DisplayName(
        "`workgroup.teachers-per-school`: a school sending another number of teachers is refused")
    void aSchoolSendingAnotherNumberOfTeachersIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Bounds bounds =
                    year.policy()
                        .phaseRules(group.stream(), group.phase())
                        .orElseThrow()
                        .teachersPerSchool();
                int count = bounds.max() != Bounds.UNBOUNDED ? bounds.max() + 1 : bounds.min() - 1;
                List<Participation> ps = new ArrayList<>(group.participations());
                int index = (n / 5) % ps.size();
                Urn school = ps.get(index).school();
                ps.set(index, Participation.of(school, Mutations.freshTrns(year, count)));
                Decision decision =
                    replaceGroup(year, group, group.withParticipations(ps)).decide();
                onlyRule(decision, "workgroup.teachers-per-school");
                assertThat(decision.violations())
                    .allMatch(v -> v.school().orElseThrow().equals(school));
              });
    }

    @Test
    @DisplayName("`workgroup.duplicate-school`: a school listed twice in a group is refused")
    void aSchoolListedTwiceIsADuplicate() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Participation first = group.participations().get(0);
                List<Participation> ps = new ArrayList<>(group.participations());
                ps.add(
                    Participation.of(
                        first.school(), Mutations.freshTrns(year, first.teachers().size())));
                Decision decision =
                    replaceGroup(year, group, group.withParticipations(ps)).decide();
                onlyRule(decision, "workgroup.duplicate-school");
              });
    }

    @Test
    @DisplayName("`workgroup.duplicate-id`: two groups sharing an id are refused")
    void twoGroupsSharingAnIdAreRefused() {
      qt(100)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Decision decision = Mutations.cloneGroup(year, group, group.id(), false).decide();
                onlyRule(decision, "workgroup.duplicate-id");
                assertThat(decision.funding()).noneMatch(l -> l.workGroup().equals(Optional.of(group.id())));
              });
    }

    @Test
    @DisplayName(
        "`workgroup.lead-unknown`: a lead who is not one of the hub's specialists is refused")
    void aLeadWhoIsNotASpecialistIsUnknown() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Trn stranger = Mutations.freshTrn(year);
                Decision decision = replaceGroup(year, group, group.withLead(stranger)).decide();
                onlyRule(decision, "workgroup.lead-unknown");
                assertThat(decision.violations())
                    .allMatch(v -> v.teacher().orElseThrow().equals(stranger));
              });
    }

    @Test
    @DisplayName(
        "`workgroup.lead-not-eligible`: a lead in training, not yet started or of another stream"
            + " is refused")
    void aLeadInTrainingNotStartedOrOfAnotherStreamIsNotEligible() {
      qt(300)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                MasterySpecialist lead =
                    year.enrolment().specialists().stream()
                        .filter(s -> s.trn().equals(group.lead()))
                        .findFirst()
                        .orElseThrow();
                int training =
                    year.policy()
                            .streamRules(lead.stream())
                            .orElseThrow()
                            .cohortOneTrainingYear()
                            .yearsUntil(year.enrolment().academicYear())
                        + 1;
                Cohort cohort;
                switch (n % 3) {
                  case 0:
                    cohort = Cohort.of(lead.stream(), training);
                    break;
                  case 1:
                    cohort = Cohort.of(lead.stream(), training + 1 + n % 5);
                    break;
                  default:
                    cohort =
                        Cohort.of(
                            lead.stream() == Stream.PRIMARY ? Stream.SECONDARY : Stream.PRIMARY, 1);
                    break;
                }
                List<MasterySpecialist> specialists =
                    new ArrayList<>(year.enrolment().specialists());
                specialists.set(specialists.indexOf(lead), lead.withCohort(cohort));
                Decision decision =
                    year.withEnrolment(year.enrolment().withSpecialists(specialists)).decide();
                onlyRule(decision, "workgroup.lead-not-eligible");
                assertThat(decision.funding()).noneMatch(l -> l.workGroup().equals(Optional.of(group.id())));
              });
    }

    @Test
    @DisplayName(
        "`workgroup.lead-overcommitted`: a lead of more groups of a phase than the edition allows"
            + " is refused, in every group they lead")
    void aLeadOfMoreGroupsThanTheEditionAllowsIsOvercommitted() {
      qt(100)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Decision decision = Mutations.cloneGroup(year, group, EXTRA, true).decide();
                onlyRule(decision, "workgroup.lead-overcommitted");
                assertThat(decision.violations())
                    .extracting(v -> v.workGroup().orElseThrow())
                    .containsExactlyInAnyOrder(group.id(), EXTRA);
              });
    }

    @Test
    @DisplayName(
        "`workgroup.phase-not-offered`: a phase the edition does not offer in the stream is"
            + " refused, not judged by other numbers")
    void aPhaseTheEditionDoesNotOfferIsRefused() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                List<PhaseRules> offered =
                    year.policy().phaseRules().stream()
                        .filter(r -> r.stream() != group.stream() || r.phase() != group.phase())
                        .collect(Collectors.toList());
                ProgrammePolicy without =
                    ProgrammePolicy.builder().from(year.policy()).phaseRules(offered).build();
                Decision decision =
                    new HubYear(year.enrolment(), year.register(), without).decide();
                onlyRule(decision, "workgroup.phase-not-offered");
                assertThat(decision.funding())
                    .noneMatch(
                        l ->
                            year.enrolment().workGroups().stream()
                                .anyMatch(
                                    g ->
                                        l.workGroup().equals(Optional.of(g.id()))
                                            && g.stream() == group.stream()
                                            && g.phase() == group.phase()));
              });
    }
  }

  @Nested
  @DisplayName(
      "A school's journey goes forward: Development once, prerequisites first, one phase a year")
  class Journeys {

    private static Gen<HubYear> withDevelopment() {
      return HubYears.valid().assuming(y -> hasPhase(y, Set.of(Phase.DEVELOPMENT)));
    }

    private static Gen<HubYear> withConsolidation() {
      return HubYears.valid().assuming(y -> hasPhase(y, Set.of(Phase.EMBEDDING, Phase.SUSTAINING)));
    }

    private static Gen<HubYear> beforeSustaining() {
      return HubYears.valid()
          .assuming(
              y ->
                  hasPhase(y, Set.of(Phase.MASTERY_READINESS, Phase.DEVELOPMENT, Phase.EMBEDDING)));
    }

    HubYear withMoreHistory(HubYear year, JourneyRecord record) {
      List<JourneyRecord> history = new ArrayList<>(year.enrolment().history());
      history.add(record);
      return year.withEnrolment(year.enrolment().withHistory(history));
    }

    @Test
    @DisplayName("`journey.development-repeated`: a second Development is refused")
    void aSecondDevelopmentIsRefused() {
      qt(200)
          .forAll(withDevelopment(), integers().between(0, 999), integers().between(1, 5))
          .checkAssert(
              (year, n, yearsAgo) -> {
                WorkGroup group = pick(groupsOf(year, Set.of(Phase.DEVELOPMENT)), n);
                Urn school = pick(group.schools(), n / 3);
                AcademicYear earlier = year.enrolment().academicYear().plusYears(-yearsAgo);
                Decision decision =
                    withMoreHistory(year, JourneyRecord.of(school, Phase.DEVELOPMENT, earlier))
                        .decide();
                onlyRule(decision, "journey.development-repeated");
                assertThat(decision.violations())
                    .allMatch(
                        v ->
                            v.school().orElseThrow().equals(school)
                                && v.message().contains(earlier.toString()));
              });
    }

    @Test
    @DisplayName(
        "`journey.prerequisite-missing`: Embedding or Sustaining without what comes before is"
            + " refused")
    void aLaterPhaseWithoutItsPrerequisiteIsRefused() {
      qt(200)
          .forAll(withConsolidation(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group =
                    pick(groupsOf(year, Set.of(Phase.EMBEDDING, Phase.SUSTAINING)), n);
                Urn school = pick(group.schools(), n / 3);
                Set<Trn> leads =
                    year.enrolment().workGroups().stream()
                        .map(WorkGroup::lead)
                        .collect(Collectors.toSet());
                Enrolment e = year.enrolment();
                Enrolment stripped =
                    e.withHistory(
                            e.history().stream()
                                .filter(r -> !r.school().equals(school))
                                .collect(Collectors.toList()))
                        .withSpecialists(
                            e.specialists().stream()
                                .filter(s -> leads.contains(s.trn()) || !s.school().equals(school))
                                .collect(Collectors.toList()));
                Decision decision = year.withEnrolment(stripped).decide();
                onlyRule(decision, "journey.prerequisite-missing");
                assertThat(decision.violations())
                    .allMatch(v -> v.school().orElseThrow().equals(school));
              });
    }

    @Test
    @DisplayName("`journey.out-of-order`: a phase before one already completed is refused")
    void aPhaseBeforeOneCompletedIsOutOfOrder() {
      qt(200)
          .forAll(beforeSustaining(), integers().between(0, 999), integers().between(1, 5))
          .checkAssert(
              (year, n, yearsAgo) -> {
                WorkGroup group =
                    pick(
                        groupsOf(
                            year,
                            Set.of(Phase.MASTERY_READINESS, Phase.DEVELOPMENT, Phase.EMBEDDING)),
                        n);
                Urn school = pick(group.schools(), n / 3);
                List<Phase> later =
                    java.util.Arrays.stream(Phase.values())
                        .filter(p -> p.isAfter(group.phase()))
                        .collect(Collectors.toList());
                Phase completed = pick(later, n / 7);
                Decision decision =
                    withMoreHistory(
                            year,
                            JourneyRecord.of(
                                school,
                                completed,
                                year.enrolment().academicYear().plusYears(-yearsAgo)))
                        .decide();
                onlyRule(decision, "journey.out-of-order");
              });
    }

    @Test
    @DisplayName(
        "`journey.one-phase-per-year`: a school in two Work Groups of the year is refused in both")
    void aSchoolInTwoGroupsOfTheYearIsRefused() {
      qt(100)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Urn school = group.schools().get(0);
                HubYear changed = Mutations.cloneGroup(year, group, EXTRA, false);
                WorkGroup clone =
                    changed
                        .enrolment()
                        .workGroups()
                        .get(changed.enrolment().workGroups().size() - 1);
                List<Participation> ps = new ArrayList<>(clone.participations());
                ps.set(0, Participation.of(school, ps.get(0).teachers()));
                Decision decision =
                    replaceGroup(changed, clone, clone.withParticipations(ps)).decide();
                onlyRule(decision, "journey.one-phase-per-year");
                assertThat(decision.violations())
                    .extracting(v -> v.workGroup().orElseThrow())
                    .containsExactlyInAnyOrder(group.id(), EXTRA);
              });
    }

    @Test
    @DisplayName("history of the year itself or later never changes the decision")
    void historyOfTheYearItselfOrLaterIsIgnored() {
      qt(200)
          .forAll(
              valid(), integers().between(0, 999), MasteryGen.phases(), integers().between(0, 3))
          .checkAssert(
              (year, n, phase, yearsAhead) -> {
                Urn school = pick(enrolledSchools(year), n);
                HubYear changed =
                    withMoreHistory(
                        year,
                        JourneyRecord.of(
                            school, phase, year.enrolment().academicYear().plusYears(yearsAhead)));
                assertThat(changed.decide()).isEqualTo(year.decide());
              });
    }
  }

  @Nested
  @DisplayName("A teacher is enrolled once a year; a specialist is listed once")
  class Teachers {

    @Test
    @DisplayName(
        "`teacher.double-enrolment`: a teacher sent twice in the year is refused at each place")
    void aTeacherListedTwiceIsADoubleEnrolment() {
      qt(100)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                WorkGroup group = pick(year.enrolment().workGroups(), n);
                Trn teacher = group.participations().get(0).teachers().get(0);
                HubYear changed = Mutations.cloneGroup(year, group, EXTRA, false);
                WorkGroup clone =
                    changed
                        .enrolment()
                        .workGroups()
                        .get(changed.enrolment().workGroups().size() - 1);
                List<Participation> ps = new ArrayList<>(clone.participations());
                List<Trn> teachers = new ArrayList<>(ps.get(0).teachers());
                teachers.set(0, teacher);
                ps.set(0, Participation.of(ps.get(0).school(), teachers));
                Decision decision =
                    replaceGroup(changed, clone, clone.withParticipations(ps)).decide();
                onlyRule(decision, "teacher.double-enrolment");
                assertThat(decision.violations())
                    .hasSize(2)
                    .allMatch(v -> v.teacher().orElseThrow().equals(teacher));
              });
    }

    @Test
    @DisplayName(
        "`specialist.duplicate`: a specialist listed twice is refused, and withholds no funding")
    void aSpecialistListedTwiceIsADuplicate() {
      qt(200)
          .forAll(valid(), integers().between(0, 999))
          .checkAssert(
              (year, n) -> {
                MasterySpecialist specialist = pick(year.enrolment().specialists(), n);
                List<MasterySpecialist> specialists =
                    new ArrayList<>(year.enrolment().specialists());
                specialists.add(specialist.withSchool(Mutations.freshUrn(year)));
                Decision decision =
                    year.withEnrolment(year.enrolment().withSpecialists(specialists)).decide();
                onlyRule(decision, "specialist.duplicate");
                assertThat(decision.funding()).isEqualTo(year.decide().funding());
              });
    }
  }

  @Nested
  @DisplayName("Funding reaches only eligible schools without an error")
  class Funding {

    private static Gen<HubYear> mixed() {
      return oneOf(HubYears.validWithRandomSchools(), HubYears.chaotic());
    }

    @Test
    @DisplayName("no funding ever reaches a school that is not state-funded in England")
    void noFundingEverReachesASchoolThatIsNotStateFundedInEngland() {
      List<Boolean> funded = new ArrayList<>();
      qt(500)
          .forAll(mixed())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                funded.add(!decision.funding().isEmpty());
                for (FundingLine line : decision.funding()) {
                  School school = year.register().find(line.school()).orElseThrow();
                  assertThat(school.fundingStatus())
                      .isEqualTo(FundingStatus.STATE_FUNDED_IN_ENGLAND);
                  assertThat(school.status())
                      .isIn(EstablishmentStatus.OPEN, EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE);
                }
              });
      assertThat(funded.stream().filter(f -> f).count() * 100.0 / funded.size())
          .as("percentage of generated hub years with any funding, of %s", funded.size())
          .isGreaterThan(2);
    }

    @Test
    @DisplayName("no funding reaches a school with an error, or a group with an error as a whole")
    void noFundingReachesASchoolOrGroupWithAnError() {
      qt(500)
          .forAll(anything())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                for (FundingLine line : decision.funding()) {
                  assertThat(decision.errors())
                      .noneMatch(v -> v.school().equals(java.util.Optional.of(line.school())))
                      .noneMatch(
                          v ->
                              v.school().isEmpty()
                                  && v.workGroup().equals(java.util.Optional.of(line.workGroup())));
                }
              });
    }

    @Test
    @DisplayName("every school without an error receives its entitlement, once")
    void everySchoolWithoutAnErrorReceivesItsEntitlement() {
      qt(500)
          .forAll(anything())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                Set<Urn> schoolErrors =
                    decision.errors().stream()
                        .flatMap(v -> v.school().stream())
                        .collect(Collectors.toSet());
                Set<WorkGroupId> groupErrors =
                    decision.errors().stream()
                        .filter(v -> v.school().isEmpty())
                        .flatMap(v -> v.workGroup().stream())
                        .collect(Collectors.toSet());
                List<FundingLine> expected =
                    expectedFunding(year, schoolErrors, groupErrors, true);
                assertThat(decision.funding()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(new HashSet<>(decision.funding())).hasSameSizeAs(decision.funding());
              });
    }
  }

  @Nested
  @DisplayName("Decisions are deterministic, complete and safe")
  class Decisions {

    @Test
    @DisplayName(
        "shuffling the input (groups, schools, teachers, specialists, history, register) never"
            + " changes the decision")
    void shufflingTheInputNeverChangesTheDecision() {
      qt(300)
          .forAll(anything(), longs().all())
          .checkAssert(
              (year, seed) -> {
                assertThat(shuffled(year, new Random(seed)).decide()).isEqualTo(year.decide());
              });
    }

    HubYear shuffled(HubYear year, Random random) {
      List<WorkGroup> groups = new ArrayList<>();
      for (WorkGroup g : year.enrolment().workGroups()) {
        List<Participation> ps = new ArrayList<>();
        for (Participation p : g.participations()) {
          List<Trn> teachers = new ArrayList<>(p.teachers());
          Collections.shuffle(teachers, random);
          ps.add(Participation.of(p.school(), teachers));
        }
        Collections.shuffle(ps, random);
        groups.add(g.withParticipations(ps));
      }
      Collections.shuffle(groups, random);
      List<MasterySpecialist> specialists = new ArrayList<>(year.enrolment().specialists());
      Collections.shuffle(specialists, random);
      List<JourneyRecord> history = new ArrayList<>(year.enrolment().history());
      Collections.shuffle(history, random);
      List<School> schools = new ArrayList<>(year.register().schools());
      Collections.shuffle(schools, random);
      Enrolment enrolment =
          year.enrolment().withWorkGroups(groups).withSpecialists(specialists).withHistory(history);
      return new HubYear(enrolment, SchoolRegister.of(schools), year.policy());
    }

    @Test
    @DisplayName("the engine never throws on any generated input")
    void theEngineNeverThrowsOnAnyGeneratedInput() {
      qt(1000)
          .forAll(anything())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                assertThat(decision.academicYear()).isEqualTo(year.enrolment().academicYear());
                assertThat(decision.edition()).isEqualTo(year.policy().edition());
                assertThat(Rulebook.standard().evaluate(year.enrolment(), year.register()))
                    .isNotNull();
              });
    }

    @Test
    @DisplayName("every violation's code is in the catalogue, with the catalogue's severity")
    void everyViolationCodeIsInTheCatalogue() {
      qt(500)
          .forAll(anything())
          .checkAssert(
              year -> {
                for (Violation v : year.decide().violations()) {
                  assertThat(Rulebook.standard().rule(v.rule()))
                      .as(v.rule())
                      .hasValueSatisfying(r -> assertThat(r.severity()).isEqualTo(v.severity()));
                }
              });
    }

    @Test
    @DisplayName("every message names the school, teacher or group it concerns")
    void everyMessageNamesItsSubjects() {
      qt(500)
          .forAll(anything())
          .checkAssert(
              year -> {
                for (Violation v : year.decide().violations()) {
                  v.school().ifPresent(s -> assertThat(v.message()).contains(s.toString()));
                  v.teacher().ifPresent(t -> assertThat(v.message()).contains(t.value()));
                  if (v.school().isEmpty()) {
                    v.workGroup().ifPresent(g -> assertThat(v.message()).contains(g.value()));
                  }
                }
              });
    }

    @Test
    @DisplayName(
        "violations and funding come sorted; orThrow() throws exactly when there is an error")
    void decisionsAreSortedAndThrowOnlyWhenInvalid() {
      List<Boolean> valid = new ArrayList<>();
      qt(500)
          .forAll(anything())
          .checkAssert(
              year -> {
                Decision decision = year.decide();
                assertThat(decision.violations()).isSorted();
                assertThat(decision.funding()).isSorted();
                assertThat(decision.isValid()).isEqualTo(decision.errors().isEmpty());
                valid.add(decision.isValid());
                if (decision.isValid()) {
                  assertThat(decision.orThrow()).isSameAs(decision);
                } else {
                  org.assertj.core.api.Assertions.assertThatThrownBy(decision::orThrow)
                      .isInstanceOf(DecisionException.class);
                }
              });
      assertThat(valid).as("generated decisions, valid and invalid").contains(true, false);
    }

    @Test
    @DisplayName("evaluating from several threads at once gives the same decision")
    void evaluatingConcurrentlyGivesTheSameDecision() {
      qt(20)
          .forAll(anything())
          .checkAssert(
              year -> {
                Decision expected = year.decide();
                ExecutorService pool = Executors.newFixedThreadPool(4);
                try {
                  List<Future<Decision>> futures = new ArrayList<>();
                  for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(year::decide));
                  }
                  for (Future<Decision> f : futures) {
                    assertThat(f.get()).isEqualTo(expected);
                  }
                } catch (InterruptedException | ExecutionException e) {
                  throw new AssertionError("a thread failed to decide " + year, e);
                } finally {
                  pool.shutdownNow();
                }
              });
    }
  }
  /**
   * The funding a hub year should receive: each school of a group its release grant or a line the
   * hub sets, and its textbook cap; the own school of a specialist of a funded cohort, open and
   * state-funded in England in the register, its cap without a Work Group (the lowest cohort, then TRN, named), and then no
   * group's textbook line; none for a school or group with an error.
   */
  static List<FundingLine> expectedFunding(
      HubYear year, Set<Urn> schoolErrors, Set<WorkGroupId> groupErrors, boolean distinct) {
    FundingSchedule schedule = FundingSchedule.of(year.policy());
    List<MasterySpecialist> specialists = new ArrayList<>(year.enrolment().specialists());
    specialists.sort(
        java.util.Comparator.comparing(MasterySpecialist::cohort)
            .thenComparing(MasterySpecialist::trn));
    java.util.Map<Urn, FundingLine> own = new java.util.HashMap<>();
    for (MasterySpecialist s : specialists) {
      Optional<io.mastery.model.school.School> school = year.register().find(s.school());
      if (own.containsKey(s.school())
          || school.isEmpty()
          || school.get().fundingStatus() != FundingStatus.STATE_FUNDED_IN_ENGLAND
          || !school.get().status().isOpen()) {
        continue;
      }
      schedule
          .specialistSchoolCap(s, year.enrolment().academicYear())
          .ifPresent(
              m ->
                  own.put(
                      s.school(),
                      FundingLine.forSpecialistSchool(
                          s.school(), s.trn(), FundingKind.TEXTBOOK_MATCH_CAP, m)));
    }
    List<FundingLine> expected = new ArrayList<>();
    own.forEach(
        (school, line) -> {
          if (!schoolErrors.contains(school)) {
            expected.add(line);
          }
        });
    for (WorkGroup g : year.enrolment().workGroups()) {
      if (groupErrors.contains(g.id())) {
        continue;
      }
      Entitlement e = schedule.entitlement(g.stream(), g.phase(), g.academicYear());
      Iterable<Urn> schools = distinct ? new java.util.LinkedHashSet<>(g.schools()) : g.schools();
      for (Urn school : schools) {
        if (schoolErrors.contains(school)) {
          continue;
        }
        e.releaseGrant()
            .ifPresent(m -> expected.add(FundingLine.of(g.id(), school, FundingKind.RELEASE_GRANT, m)));
        if (e.releaseSetByHub()) {
          expected.add(FundingLine.setByHub(g.id(), school));
        }
        if (!own.containsKey(school)) {
          e.textbookMatchCap()
              .ifPresent(
                  m ->
                      expected.add(
                          FundingLine.of(g.id(), school, FundingKind.TEXTBOOK_MATCH_CAP, m)));
        }
      }
    }
    return expected;
  }
}
