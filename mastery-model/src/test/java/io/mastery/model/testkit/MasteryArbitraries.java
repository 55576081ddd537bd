package io.mastery.model.testkit;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.calendar.HalfTerm;
import io.mastery.model.calendar.Term;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.PolicyEditions;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.GridReference;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Ukprn;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Generators for every type of the model, shared with the other modules' tests through the test
 * jar. Each generates valid values only, spread over the whole valid range with the programme's
 * real values (2015/16 onwards, the standard editions) well represented.
 */
public final class MasteryArbitraries {

  private MasteryArbitraries() {}

  /** Any academic year the type accepts. */
  public static Arbitrary<AcademicYear> anyAcademicYear() {
    return Arbitraries.integers()
        .between(AcademicYear.MIN_START_YEAR, AcademicYear.MAX_START_YEAR)
        .map(AcademicYear::of);
  }

  /** Academic years of the programme: 2015/16 to 2030/31. */
  public static Arbitrary<AcademicYear> programmeYears() {
    return Arbitraries.integers().between(2015, 2030).map(AcademicYear::of);
  }

  /** Any term. */
  public static Arbitrary<Term> terms() {
    return Arbitraries.of(Term.class);
  }

  /** Any half-term. */
  public static Arbitrary<HalfTerm> halfTerms() {
    return Arbitraries.of(HalfTerm.class);
  }

  /** Any URN. */
  public static Arbitrary<Urn> urns() {
    return Arbitraries.integers().between(100_000, 999_999).map(Urn::of);
  }

  /** Any TRN. */
  public static Arbitrary<Trn> trns() {
    return Arbitraries.strings().numeric().ofLength(7).map(Trn::of);
  }

  /** Any UKPRN. */
  public static Arbitrary<Ukprn> ukprns() {
    return Arbitraries.strings().numeric().ofLength(8).map(Ukprn::of);
  }

  /** Any local authority code. */
  public static Arbitrary<LocalAuthorityCode> localAuthorityCodes() {
    return Arbitraries.strings().numeric().ofLength(3).map(LocalAuthorityCode::of);
  }

  /** Any Work Group identifier. */
  public static Arbitrary<WorkGroupId> workGroupIds() {
    Arbitrary<Character> first =
        Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars(" ._/-")
            .ofMaxLength(63);
    return Combinators.combine(first, rest).as((f, r) -> WorkGroupId.of(f + r));
  }

  /** Any establishment type. */
  public static Arbitrary<EstablishmentType> establishmentTypes() {
    return Arbitraries.of(EstablishmentType.class);
  }

  /** Any phase of education. */
  public static Arbitrary<PhaseOfEducation> phasesOfEducation() {
    return Arbitraries.of(PhaseOfEducation.class);
  }

  /** Any establishment status. */
  public static Arbitrary<EstablishmentStatus> establishmentStatuses() {
    return Arbitraries.of(EstablishmentStatus.class);
  }

  /** Any grid reference. */
  public static Arbitrary<GridReference> gridReferences() {
    return Combinators.combine(
            Arbitraries.integers().between(0, GridReference.MAX_EASTING),
            Arbitraries.integers().between(0, GridReference.MAX_NORTHING))
        .as(GridReference::of);
  }

  /** Any age range. */
  public static Arbitrary<AgeRange> ageRanges() {
    return Arbitraries.integers()
        .between(0, AgeRange.MAX_AGE)
        .flatMap(
            low ->
                Arbitraries.integers()
                    .between(low, AgeRange.MAX_AGE)
                    .map(high -> AgeRange.of(low, high)));
  }

  /** Any school, of any type, phase and status. */
  public static Arbitrary<School> schools() {
    return schools(urns());
  }

  /** Schools with the given URNs, of any type, phase and status. */
  public static Arbitrary<School> schools(Arbitrary<Urn> urns) {
    return Combinators.combine(
            urns,
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(n -> n + " School"),
            establishmentTypes(),
            phasesOfEducation(),
            establishmentStatuses(),
            localAuthorityCodes(),
            ageRanges().optional(),
            gridReferences().optional())
        .as(
            (urn, name, type, phase, status, la, ages, location) ->
                School.builder()
                    .urn(urn)
                    .name(name)
                    .type(type)
                    .phaseOfEducation(phase)
                    .status(status)
                    .localAuthority(la)
                    .localAuthorityName("Authority " + la)
                    .statutoryAgeRange(ages)
                    .location(location)
                    .build());
  }

  /** Any Maths Hub. */
  public static Arbitrary<MathsHub> mathsHubs() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30),
            localAuthorityCodes().set().ofMaxSize(8))
        .as((id, name, las) -> MathsHub.of(id, name + " Maths Hub", las));
  }

  /** Any stream. */
  public static Arbitrary<Stream> streams() {
    return Arbitraries.of(Stream.class);
  }

  /** Any phase. */
  public static Arbitrary<Phase> phases() {
    return Arbitraries.of(Phase.class);
  }

  /** Any cohort. */
  public static Arbitrary<Cohort> cohorts() {
    return Combinators.combine(streams(), Arbitraries.integers().between(1, Cohort.MAX_NUMBER))
        .as(Cohort::of);
  }

  /** Cohorts of the programme so far: 1 to 15. */
  public static Arbitrary<Cohort> realisticCohorts() {
    return Combinators.combine(streams(), Arbitraries.integers().between(1, 15)).as(Cohort::of);
  }

  /** Any Mastery Specialist. */
  public static Arbitrary<MasterySpecialist> masterySpecialists() {
    return Combinators.combine(trns(), urns(), realisticCohorts()).as(MasterySpecialist::of);
  }

  /** Any participation of one school with one to three teachers. */
  public static Arbitrary<Participation> participations() {
    return Combinators.combine(urns(), trns().list().ofMinSize(1).ofMaxSize(3))
        .as(Participation::of);
  }

  /** Any Work Group, of any size, phase and stream, valid or not under the programme's rules. */
  public static Arbitrary<WorkGroup> workGroups() {
    return Combinators.combine(
            workGroupIds(),
            phases(),
            streams(),
            programmeYears(),
            trns(),
            participations().list().ofMaxSize(10))
        .as(
            (id, phase, stream, year, lead, participations) ->
                WorkGroup.builder().id(id).phase(phase).stream(stream)
                    .academicYear(year)
                    .lead(lead)
                    .addAllParticipations(participations)
                    .build());
  }

  /** Any journey record in the programme's years. */
  public static Arbitrary<JourneyRecord> journeyRecords() {
    return Combinators.combine(urns(), phases(), programmeYears()).as(JourneyRecord::of);
  }

  /** Any bounds, bounded or not. */
  public static Arbitrary<Bounds> bounds() {
    Arbitrary<Bounds> bounded =
        Arbitraries.integers()
            .between(0, 20)
            .flatMap(
                min -> Arbitraries.integers().between(min, 20).map(max -> Bounds.of(min, max)));
    Arbitrary<Bounds> open = Arbitraries.integers().between(0, 20).map(Bounds::atLeast);
    return Arbitraries.oneOf(bounded, open);
  }

  /** Any amount of money in GBP from £0 to £10,000, in whole pence. */
  public static Arbitrary<Money> poundAmounts() {
    return Arbitraries.longs()
        .between(0, 1_000_000)
        .map(pence -> Money.ofMinor(CurrencyUnit.GBP, pence));
  }

  /** Any stream rules with cohort 1 in the programme's years. */
  public static Arbitrary<StreamRules> streamRules() {
    return Combinators.combine(streams(), programmeYears(), Arbitraries.integers().between(1, 5))
        .as(StreamRules::of);
  }

  /** The editions the library ships, and the edition in force for any programme year. */
  public static Arbitrary<ProgrammePolicy> standardEditions() {
    return programmeYears().map(ProgrammePolicy::forYear);
  }

  /** Any phase rules. */
  public static Arbitrary<PhaseRules> phaseRules() {
    return Combinators.combine(
            streams(),
            phases(),
            bounds(),
            bounds(),
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(1, 3),
            poundAmounts().optional())
        .as(
            (stream, phase, schools, teachers, meetings, visits, led, grant) ->
                PhaseRules.builder().stream(stream)
                    .phase(phase)
                    .displayName(phase.name())
                    .schoolsPerGroup(schools)
                    .teachersPerSchool(teachers)
                    .meetingsPerYear(meetings)
                    .supportVisitsPerSchool(visits)
                    .groupsLedPerSpecialist(led)
                    .releaseGrant(grant)
                    .build());
  }

  /** Any date within the academic years the model accepts: 1 September 1000 to 31 August 9999. */
  public static Arbitrary<LocalDate> datesInAnyAcademicYear() {
    LocalDate first = AcademicYear.of(AcademicYear.MIN_START_YEAR).startDate();
    LocalDate last = AcademicYear.of(AcademicYear.MAX_START_YEAR).endDate();
    return Arbitraries.longs()
        .between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Any date from 1 September 2015 to 31 August 2031, the programme's years. */
  public static Arbitrary<LocalDate> datesInProgrammeYears() {
    return Arbitraries.longs()
        .between(
            AcademicYear.of(2015).startDate().toEpochDay(),
            AcademicYear.of(2030).endDate().toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Registers of up to 15 schools, each URN once. */
  public static Arbitrary<SchoolRegister> schoolRegisters() {
    return schools().list().ofMaxSize(15).uniqueElements(School::urn).map(SchoolRegister::of);
  }

  /**
   * Any enrolment in the programme's years: a hub or none, up to 5 specialists and history records,
   * and up to 4 Work Groups, all in the enrolment's year.
   */
  public static Arbitrary<Enrolment> enrolments() {
    return programmeYears()
        .flatMap(
            year ->
                Combinators.combine(
                        mathsHubs().optional(),
                        masterySpecialists().list().ofMaxSize(5),
                        journeyRecords().list().ofMaxSize(5),
                        workGroups().map(g -> g.withAcademicYear(year)).list().ofMaxSize(4))
                    .as(
                        (hub, specialists, history, groups) ->
                            Enrolment.builder()
                                .academicYear(year)
                                .hub(hub)
                                .addAllSpecialists(specialists)
                                .addAllHistory(history)
                                .addAllWorkGroups(groups)
                                .build()));
  }

  /** Any share of a spend above 0 and at most 1, in hundredths. */
  public static Arbitrary<BigDecimal> shares() {
    return Arbitraries.integers().between(1, 100).map(n -> BigDecimal.valueOf(n, 2));
  }

  /** Any textbook match funding with its window in the programme's years. */
  public static Arbitrary<TextbookMatchFunding> textbookMatchFundings() {
    Arbitrary<AcademicYear[]> windows =
        programmeYears()
            .flatMap(
                first ->
                    Arbitraries.integers()
                        .between(0, 5)
                        .map(length -> new AcademicYear[] {first, first.plusYears(length)}));
    return Combinators.combine(
            poundAmounts(),
            shares(),
            windows,
            streams().set().ofMinSize(1),
            phases().set().ofMinSize(1),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).list().ofMaxSize(3))
        .as(
            (cap, share, window, streams, phases, schemes) ->
                TextbookMatchFunding.builder()
                    .capPerSchool(cap)
                    .share(share)
                    .firstYear(window[0])
                    .lastYear(window[1])
                    .addAllStreams(streams)
                    .addAllPhases(phases)
                    .addAllApprovedSchemes(schemes)
                    .build());
  }

  /**
   * Editions a hub could build: in force from a programme year, each stream and phase given rules
   * at most once, each stream's specialist programme at most once.
   */
  public static Arbitrary<ProgrammePolicy> programmePolicies() {
    return Combinators.combine(
            programmeYears(),
            phaseRules().list().ofMaxSize(6).uniqueElements(r -> r.stream() + " " + r.phase()),
            streamRules().list().ofMaxSize(3).uniqueElements(StreamRules::stream),
            textbookMatchFundings().optional())
        .as(
            (year, phaseRules, streamRules, textbooks) ->
                ProgrammePolicy.builder()
                    .edition(year.toString())
                    .inForceFrom(year)
                    .source("built for a property")
                    .addAllPhaseRules(phaseRules)
                    .addAllStreamRules(streamRules)
                    .textbookMatchFunding(textbooks)
                    .build());
  }

  /** The standard editions, or one to four built editions, no two in force from the same year. */
  public static Arbitrary<PolicyEditions> policyEditions() {
    Arbitrary<PolicyEditions> built =
        programmePolicies()
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .uniqueElements(ProgrammePolicy::inForceFrom)
            .map(PolicyEditions::of);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(PolicyEditions.standard())), Tuple.of(3, built));
  }
}
