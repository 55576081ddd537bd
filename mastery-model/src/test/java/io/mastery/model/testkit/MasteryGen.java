package io.mastery.model.testkit;

import static io.mastery.model.testkit.Generators.DIGITS;
import static io.mastery.model.testkit.Generators.LETTERS;
import static io.mastery.model.testkit.Generators.digitStrings;
import static io.mastery.model.testkit.Generators.enumValues;
import static io.mastery.model.testkit.Generators.letterStrings;
import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOf;
import static io.mastery.model.testkit.Generators.booleans;
import static io.mastery.model.testkit.Generators.optionals;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for every type of the model, shared with the other modules' tests through the test
 * jar. The top-level methods generate valid values only, spread over the whole valid range with the
 * programme's real values (2015/16 onwards, the standard editions) well represented; {@link Invalid}
 * generates each kind of input that a type's factory must reject.
 */
public final class MasteryGen {

  private MasteryGen() {}

  /** Any academic year the type accepts. */
  public static Gen<AcademicYear> anyAcademicYear() {
    return integers()
        .between(AcademicYear.MIN_START_YEAR, AcademicYear.MAX_START_YEAR)
        .map(AcademicYear::of);
  }

  /** Academic years of the programme: 2015/16 to 2030/31. */
  public static Gen<AcademicYear> programmeYears() {
    return integers().between(2015, 2030).map(AcademicYear::of);
  }

  /** Any term. */
  public static Gen<Term> terms() {
    return enumValues(Term.class);
  }

  /** Any half-term. */
  public static Gen<HalfTerm> halfTerms() {
    return enumValues(HalfTerm.class);
  }

  /** Any URN. */
  public static Gen<Urn> urns() {
    return integers().between(100_000, 999_999).map(Urn::of);
  }

  /** Any TRN. */
  public static Gen<Trn> trns() {
    return digitStrings(7).map(Trn::of);
  }

  /** Any UKPRN. */
  public static Gen<Ukprn> ukprns() {
    return digitStrings(8).map(Ukprn::of);
  }

  /** Any local authority code. */
  public static Gen<LocalAuthorityCode> localAuthorityCodes() {
    return digitStrings(3).map(LocalAuthorityCode::of);
  }

  /** The characters a Work Group identifier may start with. */
  static final String WORK_GROUP_ID_FIRST = LETTERS + DIGITS;

  /** The characters a Work Group identifier may continue with. */
  static final String WORK_GROUP_ID_REST = LETTERS + DIGITS + " ._/-";

  /** Any Work Group identifier. */
  public static Gen<WorkGroupId> workGroupIds() {
    return stringsOf(WORK_GROUP_ID_FIRST, 1, 1)
        .zip(stringsOf(WORK_GROUP_ID_REST, 0, 63), (f, r) -> WorkGroupId.of(f + r));
  }

  /** Any establishment type. */
  public static Gen<EstablishmentType> establishmentTypes() {
    return enumValues(EstablishmentType.class);
  }

  /** Any phase of education. */
  public static Gen<PhaseOfEducation> phasesOfEducation() {
    return enumValues(PhaseOfEducation.class);
  }

  /** Any establishment status. */
  public static Gen<EstablishmentStatus> establishmentStatuses() {
    return enumValues(EstablishmentStatus.class);
  }

  /** Any grid reference. */
  public static Gen<GridReference> gridReferences() {
    return integers()
        .between(0, GridReference.MAX_EASTING)
        .zip(integers().between(0, GridReference.MAX_NORTHING), GridReference::of);
  }

  /** Any age range. */
  public static Gen<AgeRange> ageRanges() {
    return integers()
        .between(0, AgeRange.MAX_AGE)
        .flatMap(low -> integers().between(low, AgeRange.MAX_AGE).map(high -> AgeRange.of(low, high)));
  }

  /** Any school, of any type, phase and status. */
  public static Gen<School> schools() {
    return schools(urns());
  }

  /** Schools with the given URNs, of any type, phase and status. */
  public static Gen<School> schools(Gen<Urn> urns) {
    Gen<School.Builder> named =
        urns.zip(
            letterStrings(1, 40).map(n -> n + " School"),
            establishmentTypes(),
            phasesOfEducation(),
            (urn, name, type, phase) -> {
              School.Builder builder = School.builder();
              builder.urn(urn).name(name).type(type).phaseOfEducation(phase);
              return builder;
            });
    return named.zip(
        establishmentStatuses(),
        localAuthorityCodes(),
        optionals(ageRanges()),
        optionals(gridReferences()),
        (builder, status, la, ages, location) ->
            builder
                .status(status)
                .localAuthority(la)
                .localAuthorityName("Authority " + la)
                .statutoryAgeRange(ages)
                .location(location)
                .build());
  }

  /** Any Maths Hub. */
  public static Gen<MathsHub> mathsHubs() {
    return stringsOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 8)
        .zip(
            letterStrings(1, 30),
            setsOf(localAuthorityCodes(), 0, 8),
            (id, name, las) -> MathsHub.of(id, name + " Maths Hub", las));
  }

  /** Any stream. */
  public static Gen<Stream> streams() {
    return enumValues(Stream.class);
  }

  /** Any phase. */
  public static Gen<Phase> phases() {
    return enumValues(Phase.class);
  }

  /** Any cohort. */
  public static Gen<Cohort> cohorts() {
    return streams().zip(integers().between(1, Cohort.MAX_NUMBER), Cohort::of);
  }

  /** Cohorts of the programme so far: 1 to 15. */
  public static Gen<Cohort> realisticCohorts() {
    return streams().zip(integers().between(1, 15), Cohort::of);
  }

  /** Any Mastery Specialist. */
  public static Gen<MasterySpecialist> masterySpecialists() {
    return trns().zip(urns(), realisticCohorts(), MasterySpecialist::of);
  }

  /** Any participation of one school with one to three teachers. */
  public static Gen<Participation> participations() {
    return urns().zip(listsOf(trns(), 1, 3), Participation::of);
  }

  /** Any Work Group, of any size, phase and stream, valid or not under the programme's rules. */
  public static Gen<WorkGroup> workGroups() {
    Gen<WorkGroup.Builder> head =
        workGroupIds()
            .zip(
                phases(),
                streams(),
                programmeYears(),
                (id, phase, stream, year) -> {
                  WorkGroup.Builder builder = WorkGroup.builder();
                  builder.id(id).phase(phase).stream(stream).academicYear(year);
                  return builder;
                });
    return head.zip(
        trns(),
        listsOf(participations(), 0, 10),
        (builder, lead, participations) ->
            builder.lead(lead).addAllParticipations(participations).build());
  }

  /** Any journey record in the programme's years. */
  public static Gen<JourneyRecord> journeyRecords() {
    return urns().zip(phases(), programmeYears(), JourneyRecord::of);
  }

  /**
   * Any journey record, naming its stream or not. Kept apart from {@link #journeyRecords()} until
   * the enrolment JSON carries a record's stream.
   */
  public static Gen<JourneyRecord> journeyRecordsOfAnyStream() {
    return journeyRecords()
        .zip(
            optionals(streams()),
            (record, stream) ->
                stream
                    .map(
                        s ->
                            JourneyRecord.of(
                                record.school(), record.phase(), record.academicYear(), s))
                    .orElse(record));
  }

  /** Any bounds, bounded or not. */
  public static Gen<Bounds> bounds() {
    Gen<Bounds> bounded =
        integers()
            .between(0, 20)
            .flatMap(min -> integers().between(min, 20).map(max -> Bounds.of(min, max)));
    Gen<Bounds> open = integers().between(0, 20).map(Bounds::atLeast);
    return oneOf(bounded, open);
  }

  /** Any amount of money in GBP from £0 to £10,000, in whole pence. */
  public static Gen<Money> poundAmounts() {
    return longs().between(0, 1_000_000).map(pence -> Money.ofMinor(CurrencyUnit.GBP, pence));
  }

  /** Any stream rules with cohort 1 in the programme's years. */
  public static Gen<StreamRules> streamRules() {
    return streams()
        .zip(programmeYears(), integers().between(1, 5), StreamRules::of)
        .zip(
            booleans(),
            integers().between(2, 4),
            optionals(integers().between(1, 15)),
            (rules, leads, first, lastRequired) -> rules.withLeading(leads, first, lastRequired));
  }

  /** The editions the library ships, and the edition in force for any programme year. */
  public static Gen<ProgrammePolicy> standardEditions() {
    return programmeYears().map(ProgrammePolicy::forYear);
  }

  /** Any phase rules. */
  public static Gen<PhaseRules> phaseRules() {
    Gen<PhaseRules.Builder> head =
        streams()
            .zip(
                phases(),
                bounds(),
                bounds(),
                (stream, phase, schools, teachers) -> {
                  PhaseRules.Builder builder = PhaseRules.builder();
                  builder
                      .stream(stream)
                      .phase(phase)
                      .displayName(phase.name())
                      .schoolsPerGroup(schools)
                      .teachersPerSchool(teachers);
                  return builder;
                });
    return head.zip(
        integers().between(0, 12),
        integers().between(0, 6),
        integers().between(1, 3),
        optionals(poundAmounts()),
        (builder, meetings, visits, led, grant) ->
            builder
                .meetingsPerYear(meetings)
                .supportVisitsPerSchool(visits)
                .groupsLedPerSpecialist(led)
                .releaseGrant(grant)
                .build())
        .zip(
            optionals(programmeYears()),
            booleans(),
            booleans(),
            (rules, offeredFrom, readinessLeads, setByHub) ->
                PhaseRules.builder()
                    .from(rules)
                    .offeredFrom(offeredFrom)
                    .readinessLeadMayLead(readinessLeads)
                    .fundingSetByHub(setByHub && rules.releaseGrant().isEmpty())
                    .build());
  }

  /** Any date within the academic years the model accepts: 1 September 1000 to 31 August 9999. */
  public static Gen<LocalDate> datesInAnyAcademicYear() {
    LocalDate first = AcademicYear.of(AcademicYear.MIN_START_YEAR).startDate();
    LocalDate last = AcademicYear.of(AcademicYear.MAX_START_YEAR).endDate();
    return longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Any date from 1 September 2015 to 31 August 2031, the programme's years. */
  public static Gen<LocalDate> datesInProgrammeYears() {
    return longs()
        .between(
            AcademicYear.of(2015).startDate().toEpochDay(),
            AcademicYear.of(2030).endDate().toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Registers of up to 15 schools, each URN once. */
  public static Gen<SchoolRegister> schoolRegisters() {
    return uniqueListsOf(schools(), School::urn, 0, 15).map(SchoolRegister::of);
  }

  /**
   * Any enrolment in the programme's years: a hub or none, up to 5 specialists and history records,
   * and up to 4 Work Groups, all in the enrolment's year.
   */
  public static Gen<Enrolment> enrolments() {
    return programmeYears()
        .flatMap(
            year ->
                optionals(mathsHubs())
                    .zip(
                        listsOf(masterySpecialists(), 0, 5),
                        listsOf(journeyRecords(), 0, 5),
                        listsOf(workGroups().map(g -> g.withAcademicYear(year)), 0, 4),
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
  public static Gen<BigDecimal> shares() {
    return integers().between(1, 100).map(n -> BigDecimal.valueOf(n, 2));
  }

  /** Any textbook match funding with its window in the programme's years. */
  public static Gen<TextbookMatchFunding> textbookMatchFundings() {
    Gen<AcademicYear[]> windows =
        programmeYears()
            .flatMap(
                first ->
                    integers()
                        .between(0, 5)
                        .map(length -> new AcademicYear[] {first, first.plusYears(length)}));
    Gen<TextbookMatchFunding.Builder> head =
        poundAmounts()
            .zip(
                shares(),
                windows,
                (cap, share, window) -> {
                  TextbookMatchFunding.Builder builder = TextbookMatchFunding.builder();
                  builder.capPerSchool(cap).share(share).firstYear(window[0]).lastYear(window[1]);
                  return builder;
                });
    return head.zip(
        setsOf(streams(), 1, Stream.values().length),
        setsOf(phases(), 1, Phase.values().length),
        listsOf(letterStrings(1, 20), 0, 3),
        (builder, streams, phases, schemes) ->
            builder
                .addAllStreams(streams)
                .addAllPhases(phases)
                .addAllApprovedSchemes(schemes)
                .build());
  }

  /**
   * Editions a hub could build: in force from a programme year, each stream and phase given rules
   * at most once, each stream's specialist programme at most once.
   */
  public static Gen<ProgrammePolicy> programmePolicies() {
    return programmeYears()
        .zip(
            uniqueListsOf(phaseRules(), r -> r.stream() + " " + r.phase(), 0, 6),
            uniqueListsOf(streamRules(), StreamRules::stream, 0, 3),
            optionals(textbookMatchFundings()),
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
  public static Gen<PolicyEditions> policyEditions() {
    Gen<PolicyEditions> built =
        uniqueListsOf(programmePolicies(), ProgrammePolicy::inForceFrom, 1, 4)
            .map(PolicyEditions::of);
    return Generate.constant(PolicyEditions::standard).mix(built, 75);
  }

  /**
   * Inputs that a type's factory must reject, one generator for each kind of bad value, so that a
   * property can show that every one of them is refused with a message quoting it.
   */
  public static final class Invalid {

    private Invalid() {}

    /** Numbers that are not six digits: below 100000 or above 999999. */
    public static Gen<Integer> urnNumbers() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, 99_999),
          integers().between(1_000_000, Integer.MAX_VALUE));
    }

    /** Text that is not six digits without a leading zero. */
    public static Gen<String> urnTexts() {
      return oneOf(
          stringsOf(DIGITS, 0, 5),
          stringsOf(DIGITS, 7, 12),
          digitStrings(5).map(s -> "0" + s),
          letterStrings(1, 6),
          digitStrings(6).map(s -> " " + s));
    }

    /** Text that is not seven digits. */
    public static Gen<String> trnTexts() {
      return digitTextsOtherThan(7);
    }

    /** Text that is not eight digits. */
    public static Gen<String> ukprnTexts() {
      return digitTextsOtherThan(8);
    }

    /** Text that is not three digits. */
    public static Gen<String> localAuthorityCodeTexts() {
      return digitTextsOtherThan(3);
    }

    private static Gen<String> digitTextsOtherThan(int length) {
      return oneOf(
          stringsOf(DIGITS, 0, length - 1),
          stringsOf(DIGITS, length + 1, length + 6),
          letterStrings(length, length),
          digitStrings(length - 1).map(s -> s + "x"));
    }

    /** Text that is not a Work Group identifier: empty, too long, or with a forbidden character. */
    public static Gen<String> workGroupIdTexts() {
      return oneOf(
          Generate.constant(""),
          stringsOf(WORK_GROUP_ID_FIRST, 65, 80),
          stringsOf(" ._/-", 1, 1).zip(stringsOf(WORK_GROUP_ID_REST, 0, 10), (f, r) -> f + r),
          stringsOf(WORK_GROUP_ID_FIRST, 1, 5)
              .zip(stringsOf("!@#$%^&*()+=;:,<>?\\\"'\t\n", 1, 1), (f, bad) -> f + bad));
    }

    /** Start years outside the academic years the type accepts. */
    public static Gen<Integer> academicYearStartYears() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, AcademicYear.MIN_START_YEAR - 1),
          integers().between(AcademicYear.MAX_START_YEAR + 1, Integer.MAX_VALUE));
    }

    /** Eastings outside 0 to 700000. */
    public static Gen<Integer> eastings() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, -1),
          integers().between(GridReference.MAX_EASTING + 1, Integer.MAX_VALUE));
    }

    /** Northings outside 0 to 1300000. */
    public static Gen<Integer> northings() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, -1),
          integers().between(GridReference.MAX_NORTHING + 1, Integer.MAX_VALUE));
    }

    /** Ages outside 0 to 99. */
    public static Gen<Integer> ages() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, -1),
          integers().between(AgeRange.MAX_AGE + 1, Integer.MAX_VALUE));
    }

    /** Pairs of ages in range with the low age above the high age. */
    public static Gen<List<Integer>> invertedAgePairs() {
      return integers()
          .between(1, AgeRange.MAX_AGE)
          .flatMap(low -> integers().between(0, low - 1).map(high -> List.of(low, high)));
    }

    /** Cohort numbers outside 1 to 999. */
    public static Gen<Integer> cohortNumbers() {
      return oneOf(
          integers().between(Integer.MIN_VALUE, 0),
          integers().between(Cohort.MAX_NUMBER + 1, Integer.MAX_VALUE));
    }

    /** Pairs of bounds with the minimum above the maximum. */
    public static Gen<List<Integer>> invertedBounds() {
      return integers()
          .between(1, 1000)
          .flatMap(min -> integers().between(0, min - 1).map(max -> List.of(min, max)));
    }

    /** Negative bound minimums. */
    public static Gen<Integer> negativeMinimums() {
      return integers().between(Integer.MIN_VALUE, -1);
    }

    /** Maths Hub identifiers that do not have the form of one. */
    public static Gen<String> hubIds() {
      return oneOf(
          Generate.constant(""),
          stringsOf(LETTERS, 33, 40),
          stringsOf("_-", 1, 1).zip(letterStrings(0, 5), (f, r) -> f + r),
          letterStrings(1, 5).zip(stringsOf(" ./!@", 1, 1), (f, bad) -> f + bad));
    }
  }
}
