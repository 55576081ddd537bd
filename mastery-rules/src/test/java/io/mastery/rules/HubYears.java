package io.mastery.rules;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.Generators.uniqueListsOf;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.Bounds;
import io.mastery.model.policy.PhaseRules;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.policy.StreamRules;
import io.mastery.model.policy.TextbookMatchFunding;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.AgeRange;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentType;
import io.mastery.model.school.LocalAuthorityCode;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Generators;
import io.mastery.model.testkit.MasteryGen;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.model.workgroup.WorkGroupId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of hub years: valid ones (every rule kept, so that a test can break one rule at a
 * time), valid ones with schools of random kinds, and chaotic ones (anything the model accepts,
 * with identifiers drawn from small pools so that schools, teachers and leads collide).
 */
public final class HubYears {

  /** The local authorities the generated hub serves. */
  public static final List<LocalAuthorityCode> HUB_AUTHORITIES =
      List.of(
          LocalAuthorityCode.of("201"), LocalAuthorityCode.of("202"), LocalAuthorityCode.of("203"));

  /** The generated hub. */
  public static final MathsHub HUB = MathsHub.of("GEN", "Generated Maths Hub", HUB_AUTHORITIES);

  /** A local authority the hub does not serve. */
  public static final LocalAuthorityCode ELSEWHERE = LocalAuthorityCode.of("909");

  private HubYears() {}

  /** Valid hub years from 2016/17 (the first year a primary specialist can lead) to 2030/31. */
  public static Gen<HubYear> valid() {
    return integers().between(2016, 2030).map(AcademicYear::of).flatMap(HubYears::valid);
  }

  /** Valid hub years in one academic year, judged by the standard edition in force. */
  public static Gen<HubYear> valid(AcademicYear year) {
    ProgrammePolicy policy = ProgrammePolicy.forYear(year);
    List<PhaseRules> offered =
        policy.phaseRules().stream()
            .filter(r -> r.isOfferedIn(year))
            .filter(
                r ->
                    policy
                        .streamRules(r.stream())
                        .map(s -> s.leadsWorkGroups() && leadingCohorts(s, year) >= 1)
                        .orElse(false))
            .collect(Collectors.toList());
    Gen<GroupPlan> groups =
        Generate.pick(offered)
            .flatMap(
                rules ->
                    integers()
                        .between(0, 999)
                        .zip(
                            schoolPlans(rules),
                            (pick, schools) -> new GroupPlan(rules, pick, schools)));
    return listsOf(groups, 1, 5)
        .zip(
            listsOf(MasteryGen.realisticCohorts(), 0, 3),
            listsOf(MasteryGen.phases(), 0, 3),
            listsOf(MasteryGen.schools(), 0, 3),
            (plans, extraCohorts, extraPhases, extraSchools) ->
                build(year, policy, plans, extraCohorts, extraPhases, extraSchools));
  }

  /**
   * Valid hub years in which some enrolled schools are replaced in the register by establishments
   * of any type, phase of education and status.
   */
  public static Gen<HubYear> validWithRandomSchools() {
    return valid()
        .flatMap(
            year -> {
              List<Urn> enrolled =
                  year.enrolment().workGroups().stream()
                      .flatMap(g -> g.schools().stream())
                      .distinct()
                      .collect(Collectors.toList());
              // an establishment of another kind for four schools in ten
              Gen<Optional<School>> replacement = MasteryGen.schools().toOptionals(60);
              return listsOf(replacement, enrolled.size(), enrolled.size())
                  .map(
                      replacements -> {
                        HubYear changed = year;
                        for (int i = 0; i < enrolled.size(); i++) {
                          Optional<School> r = replacements.get(i);
                          if (r.isPresent()) {
                            School s = r.get();
                            changed =
                                changed.withSchool(
                                    year.school(enrolled.get(i))
                                        .withType(s.type())
                                        .withPhaseOfEducation(s.phaseOfEducation())
                                        .withStatus(s.status()));
                          }
                        }
                        return changed;
                      });
            });
  }

  /**
   * Any hub year the model accepts, judged by the standard edition in force or by a random edition:
   * schools, teachers, leads and history drawn from small pools so that they collide.
   */
  public static Gen<HubYear> chaotic() {
    Gen<Urn> urns = integers().between(100_000, 100_040).map(Urn::of);
    Gen<Trn> trns = integers().between(1_000_000, 1_000_060).map(n -> Trn.of(Integer.toString(n)));
    Gen<WorkGroupId> ids = integers().between(1, 12).map(n -> WorkGroupId.of("WG-" + n));
    Gen<Participation> participations = urns.zip(listsOf(trns, 0, 3), Participation::of);
    return MasteryGen.programmeYears()
        .flatMap(
            year -> {
              Gen<WorkGroup> groups =
                  ids.zip(
                      MasteryGen.phases(),
                      MasteryGen.streams(),
                      trns,
                      listsOf(participations, 0, 9),
                      (id, phase, stream, lead, ps) ->
                          WorkGroup.builder().id(id).phase(phase).stream(stream)
                              .academicYear(year)
                              .lead(lead)
                              .addAllParticipations(ps)
                              .build());
              Gen<MasterySpecialist> specialists =
                  trns.zip(urns, MasteryGen.realisticCohorts(), MasterySpecialist::of);
              Gen<JourneyRecord> history =
                  urns.zip(
                      MasteryGen.phases(),
                      integers().between(-6, 2).map(year::plusYears),
                      JourneyRecord::of);
              // a hub seven times in ten, the standard one or any other
              Gen<Optional<MathsHub>> hubs =
                  Generators.<MathsHub>oneOf(Generate.constant(HUB), MasteryGen.mathsHubs())
                      .toOptionals(30);
              Gen<Enrolment> enrolments =
                  listsOf(groups, 0, 6)
                      .zip(
                          listsOf(specialists, 0, 8),
                          listsOf(history, 0, 12),
                          hubs,
                          (gs, ss, hs, hub) ->
                              Enrolment.builder()
                                  .academicYear(year)
                                  .hub(hub)
                                  .addAllWorkGroups(gs)
                                  .addAllSpecialists(ss)
                                  .addAllHistory(hs)
                                  .build());
              Gen<SchoolRegister> registers =
                  uniqueListsOf(MasteryGen.schools(urns), School::urn, 0, 30)
                      .map(SchoolRegister::of);
              Gen<ProgrammePolicy> policies =
                  Generate.frequency(
                      Pair.of(3, Generate.constant(ProgrammePolicy.forYear(year))),
                      Pair.of(1, customEditions(year)));
              return enrolments.zip(registers, policies, HubYear::new);
            });
  }

  /** Any edition: random phase rules and stream rules, with or without textbook funding. */
  public static Gen<ProgrammePolicy> customEditions(AcademicYear year) {
    // textbook match funding in 95 editions of a hundred
    Gen<Optional<TextbookMatchFunding>> textbooks =
        MasteryGen.poundAmounts()
            .zip(
                setsOf(MasteryGen.streams(), 0, Stream.values().length),
                setsOf(MasteryGen.phases(), 0, Phase.values().length),
                integers().between(-3, 3),
                setsOf(MasteryGen.realisticCohorts(), 0, 3),
                (cap, streams, phases, offset, cohorts) ->
                    TextbookMatchFunding.builder()
                        .capPerSchool(cap)
                        .share(new BigDecimal("0.5"))
                        .firstYear(year.plusYears(Math.min(offset, 0)))
                        .lastYear(year.plusYears(Math.max(offset, 0)))
                        .addAllStreams(streams)
                        .addAllPhases(phases)
                        // one list for every year, or none, so that a year may have no scheme
                        .approvedSchemes(
                            cohorts.size() == 1 ? List.of() : List.of("Maths — No Problem!"))
                        .addAllSpecialistCohorts(cohorts)
                        .build())
            .toOptionals(5);
    return uniqueListsOf(MasteryGen.phaseRules(), r -> r.stream() + " " + r.phase(), 0, 12)
        .zip(
            uniqueListsOf(MasteryGen.streamRules(), StreamRules::stream, 0, 3),
            textbooks,
            (phaseRules, streamRules, textbook) ->
                ProgrammePolicy.builder()
                    .edition("custom")
                    .inForceFrom(year)
                    .addAllPhaseRules(phaseRules)
                    .addAllStreamRules(streamRules)
                    .textbookMatchFunding(textbook)
                    .build());
  }

  /** Hub years of every kind: valid, valid with random schools, and chaotic. */
  public static Gen<HubYear> any() {
    return Generators.oneOf(valid(), validWithRandomSchools(), chaotic());
  }

  // ---------------------------------------------------------------------------------------------

  /** One school of a planned group. */
  record SchoolPlan(int kind, int history, int authority, boolean proposedToClose, int teachers) {}

  /** One planned group. */
  record GroupPlan(PhaseRules rules, int leadPick, List<SchoolPlan> schools) {}

  private static Gen<List<SchoolPlan>> schoolPlans(PhaseRules rules) {
    Bounds teachers = rules.teachersPerSchool();
    Gen<SchoolPlan> school =
        integers()
            .between(0, KINDS - 1)
            .zip(
                integers().between(0, 3),
                integers().between(0, HUB_AUTHORITIES.size() - 1),
                oneOfValues(false, false, true),
                integers().between(teachers.min(), Math.min(teachers.max(), teachers.min() + 1)),
                SchoolPlan::new);
    Bounds size = rules.schoolsPerGroup();
    int min = Math.max(size.min(), 1);
    return listsOf(school, min, Math.min(size.max(), min + 4));
  }

  private static final int KINDS = 6;

  private static School kind(Stream stream, int kind, Urn urn, LocalAuthorityCode la, boolean closing) {
    EstablishmentType type;
    PhaseOfEducation phase;
    AgeRange ages;
    if (stream == Stream.PRIMARY) {
      switch (kind) {
        case 0: type = EstablishmentType.COMMUNITY_SCHOOL; phase = PhaseOfEducation.PRIMARY; ages = AgeRange.of(4, 11); break;
        case 1: type = EstablishmentType.ACADEMY_CONVERTER; phase = PhaseOfEducation.PRIMARY; ages = AgeRange.of(3, 11); break;
        case 2: type = EstablishmentType.VOLUNTARY_AIDED_SCHOOL; phase = PhaseOfEducation.MIDDLE_DEEMED_PRIMARY; ages = AgeRange.of(8, 12); break;
        case 3: type = EstablishmentType.FREE_SCHOOLS; phase = PhaseOfEducation.ALL_THROUGH; ages = AgeRange.of(4, 18); break;
        case 4: type = EstablishmentType.COMMUNITY_SPECIAL_SCHOOL; phase = PhaseOfEducation.NOT_APPLICABLE; ages = AgeRange.of(2, 11); break;
        default: type = EstablishmentType.PUPIL_REFERRAL_UNIT; phase = PhaseOfEducation.NOT_APPLICABLE; ages = AgeRange.of(5, 16); break;
      }
    } else {
      switch (kind) {
        case 0: type = EstablishmentType.ACADEMY_SPONSOR_LED; phase = PhaseOfEducation.SECONDARY; ages = AgeRange.of(11, 18); break;
        case 1: type = EstablishmentType.FOUNDATION_SCHOOL; phase = PhaseOfEducation.MIDDLE_DEEMED_SECONDARY; ages = AgeRange.of(9, 13); break;
        case 2: type = EstablishmentType.ACADEMY_CONVERTER; phase = PhaseOfEducation.ALL_THROUGH; ages = AgeRange.of(4, 18); break;
        case 3: type = EstablishmentType.CITY_TECHNOLOGY_COLLEGE; phase = PhaseOfEducation.SECONDARY; ages = AgeRange.of(11, 18); break;
        case 4: type = EstablishmentType.FOUNDATION_SPECIAL_SCHOOL; phase = PhaseOfEducation.NOT_APPLICABLE; ages = AgeRange.of(11, 19); break;
        default: type = EstablishmentType.UNIVERSITY_TECHNICAL_COLLEGE; phase = PhaseOfEducation.SECONDARY; ages = AgeRange.of(14, 19); break;
      }
    }
    return School.builder()
        .urn(urn)
        .name("School " + urn)
        .type(type)
        .phaseOfEducation(phase)
        .status(closing ? EstablishmentStatus.OPEN_PROPOSED_TO_CLOSE : EstablishmentStatus.OPEN)
        .localAuthority(la)
        .localAuthorityName("Authority " + la)
        .statutoryAgeRange(ages)
        .build();
  }

  /** Earlier years' records that let a school enter the phase in the year. */
  private static List<JourneyRecord> history(Urn urn, Phase phase, AcademicYear year, int variant) {
    List<JourneyRecord> records = new ArrayList<>();
    switch (phase) {
      case MASTERY_READINESS:
        if (variant % 2 == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, year.plusYears(-1)));
        }
        break;
      case INTRODUCTORY:
      case DEVELOPMENT:
        if (variant % 3 == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, year.plusYears(-1)));
        } else if (variant % 3 == 2) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, year.plusYears(-3)));
        }
        break;
      case EMBEDDING:
        if (variant % 3 == 0) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-1)));
        } else if (variant % 3 == 1) {
          records.add(JourneyRecord.of(urn, Phase.MASTERY_READINESS, year.plusYears(-3)));
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-2)));
        } else {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-3)));
        }
        break;
      case SUSTAINING:
        if (variant == 0) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-1)));
        } else if (variant == 1) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-3)));
          records.add(JourneyRecord.of(urn, Phase.EMBEDDING, year.plusYears(-2)));
          records.add(JourneyRecord.of(urn, Phase.SUSTAINING, year.plusYears(-1)));
        } else if (variant == 2) {
          records.add(JourneyRecord.of(urn, Phase.DEVELOPMENT, year.plusYears(-4)));
          records.add(JourneyRecord.of(urn, Phase.EMBEDDING, year.plusYears(-2)));
        }
        // variant 3: a specialist's own school with no history
        break;
      default:
        throw new AssertionError(phase);
    }
    return records;
  }

  /**
   * How many cohorts of a stream have reached the first leading year of their programme in a year:
   * cohorts 1 to the result may lead.
   */
  static int leadingCohorts(StreamRules rules, AcademicYear year) {
    return rules.cohortOneTrainingYear().yearsUntil(year) - (rules.firstLeadingYear() - 2);
  }

  private static HubYear build(
      AcademicYear year,
      ProgrammePolicy policy,
      List<GroupPlan> plans,
      List<Cohort> extraCohorts,
      List<Phase> extraPhases,
      List<School> extraSchools) {
    Counter urns = new Counter(100_000);
    Counter teachers = new Counter(2_000_000);
    Counter specialistTrns = new Counter(1_000_000);
    List<School> register = new ArrayList<>();
    List<MasterySpecialist> specialists = new ArrayList<>();
    List<JourneyRecord> history = new ArrayList<>();
    List<WorkGroup> groups = new ArrayList<>();
    int n = 0;
    for (GroupPlan plan : plans) {
      n++;
      Stream stream = plan.rules().stream();
      Phase phase = plan.rules().phase();
      StreamRules streamRules = policy.streamRules(stream).orElseThrow();
      int leadingCohorts = leadingCohorts(streamRules, year);
      int cohort = 1 + plan.leadPick() % Math.min(leadingCohorts, Cohort.MAX_NUMBER);
      Urn leadSchool = Urn.of(urns.next());
      register.add(kind(stream, 0, leadSchool, HUB_AUTHORITIES.get(0), false));
      MasterySpecialist lead =
          MasterySpecialist.of(
              Trn.of(Integer.toString(specialistTrns.next())), leadSchool, Cohort.of(stream, cohort));
      specialists.add(lead);
      List<Participation> participations = new ArrayList<>();
      for (SchoolPlan school : plan.schools()) {
        Urn urn = Urn.of(urns.next());
        register.add(
            kind(stream, school.kind(), urn, HUB_AUTHORITIES.get(school.authority()), school.proposedToClose()));
        history.addAll(history(urn, phase, year, school.history()));
        if (phase == Phase.SUSTAINING && school.history() == 3) {
          specialists.add(
              MasterySpecialist.of(
                  Trn.of(Integer.toString(specialistTrns.next())), urn, Cohort.of(stream, 1)));
        }
        List<Trn> sent = new ArrayList<>();
        for (int t = 0; t < school.teachers(); t++) {
          sent.add(Trn.of(Integer.toString(teachers.next())));
        }
        participations.add(Participation.of(urn, sent));
      }
      groups.add(
          WorkGroup.builder()
              .id(WorkGroupId.of(String.format("WG-%02d", n)))
              .phase(phase)
              .stream(stream)
              .academicYear(year)
              .lead(lead.trn())
              .addAllParticipations(participations)
              .build());
    }
    // specialists, history and register entries that concern no enrolled school or group
    for (Cohort cohort : extraCohorts) {
      specialists.add(
          MasterySpecialist.of(
              Trn.of(Integer.toString(specialistTrns.next())), Urn.of(urns.next()), cohort));
    }
    int offset = 0;
    for (Phase phase : extraPhases) {
      history.add(JourneyRecord.of(Urn.of(urns.next()), phase, year.plusYears(offset++ - 1)));
    }
    for (School school : extraSchools) {
      register.add(School.builder().from(school).urn(Urn.of(urns.next())).build());
    }
    Enrolment enrolment =
        Enrolment.builder()
            .academicYear(year)
            .hub(HUB)
            .addAllSpecialists(specialists)
            .addAllHistory(history)
            .addAllWorkGroups(groups)
            .build();
    return new HubYear(enrolment, SchoolRegister.of(register), policy);
  }

  /** Hands out consecutive numbers. */
  private static final class Counter {
    private int next;

    Counter(int first) {
      this.next = first;
    }

    int next() {
      return next++;
    }
  }
}
