package io.mastery.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.io.gias.GiasImport;
import io.mastery.io.gias.GiasRegisterReader;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.hub.MathsHub;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.EstablishmentStatus;
import io.mastery.model.school.EstablishmentTypeGroup;
import io.mastery.model.school.FundingStatus;
import io.mastery.model.school.PhaseOfEducation;
import io.mastery.model.school.School;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The bundled sample hub holds what it promises. The rule engine's verdicts on it are checked where
 * the engine runs (the command's end-to-end tests); here the sample's facts are checked against the
 * register, so that each mistake is the one named and each valid group is clean.
 */
@DisplayName("The bundled sample hub")
class SampleHubExamples {

  static final SchoolRegister REGISTER = SampleHub.register();
  static final Enrolment ENROLMENT = SampleHub.enrolment();
  static final ProgrammePolicy POLICY = ProgrammePolicy.forYear(ENROLMENT.academicYear());

  static School school(int urn) {
    return REGISTER.find(Urn.of(urn)).orElseThrow();
  }

  static WorkGroup group(String id) {
    return ENROLMENT.workGroups().stream()
        .filter(g -> g.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static List<WorkGroup> groupsWith(Urn urn) {
    return ENROLMENT.workGroups().stream()
        .filter(g -> g.schools().contains(urn))
        .collect(Collectors.toList());
  }

  static List<Phase> history(Urn urn) {
    return ENROLMENT.history().stream()
        .filter(r -> r.school().equals(urn))
        .map(JourneyRecord::phase)
        .collect(Collectors.toList());
  }

  static Optional<MasterySpecialist> specialist(Trn trn) {
    return ENROLMENT.specialists().stream().filter(s -> s.trn().equals(trn)).findFirst();
  }

  static long timesEnrolled(Trn teacher) {
    return ENROLMENT.workGroups().stream()
        .flatMap(g -> g.participations().stream())
        .flatMap(p -> p.teachers().stream())
        .filter(teacher::equals)
        .count();
  }

  @Nested
  @DisplayName("its register")
  class Register {

    @Test
    @DisplayName("reads strictly, without a problem, as UTF-8")
    void readsStrictlyWithoutAProblemAsUtf8() throws IOException {
      try (InputStream in = SampleHub.open(SampleHub.REGISTER_RESOURCE)) {
        GiasImport gias = GiasRegisterReader.standard().strict().read(in);
        assertThat(gias.problems()).isEmpty();
        assertThat(gias.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(gias.register()).isEqualTo(REGISTER);
      }
    }

    @Test
    @DisplayName("holds the twenty real rows unchanged")
    void holdsTheTwentyRealRowsUnchanged() throws IOException {
      try (InputStream in = getClass().getResourceAsStream("/gias/edubasealldata20181029_20.csv")) {
        SchoolRegister real = GiasRegisterReader.standard().read(in).orThrow();
        assertThat(real.schools()).allSatisfy(s -> assertThat(REGISTER.find(s.urn())).contains(s));
      }
    }

    @Test
    @DisplayName("names every invented school as a sample, in an unused range of URNs")
    void namesEveryInventedSchoolAsASampleInAnUnusedRangeOfUrns() {
      assertThat(REGISTER.schools().stream().filter(s -> s.urn().value() >= 990_000))
          .hasSize(31)
          .allSatisfy(s -> assertThat(s.name()).startsWith("Sample "));
      assertThat(REGISTER.schools().stream().filter(s -> s.urn().value() < 990_000))
          .hasSize(20)
          .allSatisfy(s -> assertThat(s.urn().value()).isBetween(100_000, 100_019));
    }

    @Test
    @DisplayName("covers academies, free schools, a secondary, a college, a Welsh and an independent school")
    void coversAcademiesFreeSchoolsASecondaryACollegeAWelshAndAnIndependentSchool() {
      Set<EstablishmentTypeGroup> groups =
          REGISTER.schools().stream().map(s -> s.type().group()).collect(Collectors.toSet());
      assertThat(groups)
          .contains(
              EstablishmentTypeGroup.ACADEMIES,
              EstablishmentTypeGroup.FREE_SCHOOLS,
              EstablishmentTypeGroup.COLLEGES,
              EstablishmentTypeGroup.WELSH_SCHOOLS,
              EstablishmentTypeGroup.INDEPENDENT_SCHOOLS,
              EstablishmentTypeGroup.SPECIAL_SCHOOLS,
              EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
      assertThat(REGISTER.schools())
          .anySatisfy(s -> assertThat(s.phaseOfEducation()).isEqualTo(PhaseOfEducation.SECONDARY));
    }

    @Test
    @DisplayName("has enough open state-funded primaries in its hub's authorities for several Development groups")
    void hasEnoughOpenStateFundedPrimariesInItsHubsAuthoritiesForSeveralDevelopmentGroups() {
      MathsHub hub = ENROLMENT.hub().orElseThrow();
      long primaries =
          REGISTER.schools().stream()
              .filter(s -> s.status() == EstablishmentStatus.OPEN)
              .filter(s -> s.fundingStatus() == FundingStatus.STATE_FUNDED_IN_ENGLAND)
              .filter(s -> s.phaseOfEducation() == PhaseOfEducation.PRIMARY)
              .filter(s -> hub.serves(s.localAuthority()))
              .count();
      assertThat(primaries).isGreaterThanOrEqualTo(35);
    }
  }

  @Nested
  @DisplayName("its valid groups WG-01 and WG-02")
  class ValidGroups {

    @Test
    @DisplayName("are Development groups of six or seven open state-funded primaries of the hub, new to the programme")
    void areDevelopmentGroupsOfSixOrSevenOpenStateFundedPrimariesOfTheHubNewToTheProgramme() {
      MathsHub hub = ENROLMENT.hub().orElseThrow();
      for (String id : List.of("WG-01", "WG-02")) {
        WorkGroup group = group(id);
        assertThat(group.phase()).isEqualTo(Phase.DEVELOPMENT);
        assertThat(group.stream()).isEqualTo(Stream.PRIMARY);
        assertThat(new HashSet<>(group.schools())).hasSameSizeAs(group.schools());
        assertThat(group.schools().size())
            .isBetween(
                POLICY
                    .phaseRules(Stream.PRIMARY, Phase.DEVELOPMENT)
                    .orElseThrow()
                    .schoolsPerGroup()
                    .min(),
                7);
        for (Urn urn : group.schools()) {
          School school = school(urn.value());
          assertThat(school.status()).as(id + " " + urn).isEqualTo(EstablishmentStatus.OPEN);
          assertThat(school.fundingStatus()).isEqualTo(FundingStatus.STATE_FUNDED_IN_ENGLAND);
          assertThat(school.phaseOfEducation()).isEqualTo(PhaseOfEducation.PRIMARY);
          assertThat(hub.serves(school.localAuthority())).isTrue();
          assertThat(history(urn)).isEmpty();
          assertThat(groupsWith(urn)).hasSize(1);
        }
      }
    }

    @Test
    @DisplayName("send two teachers from each school who are in no other group")
    void sendTwoTeachersFromEachSchoolWhoAreInNoOtherGroup() {
      for (String id : List.of("WG-01", "WG-02")) {
        for (Participation participation : group(id).participations()) {
          assertThat(participation.teachers()).hasSize(2).doesNotHaveDuplicates();
          assertThat(participation.teachers())
              .allSatisfy(t -> assertThat(timesEnrolled(t)).isOne());
        }
      }
    }

    @Test
    @DisplayName("are led by trained primary specialists who lead no other Development group")
    void areLedByTrainedPrimarySpecialistsWhoLeadNoOtherDevelopmentGroup() {
      for (String id : List.of("WG-01", "WG-02")) {
        Trn lead = group(id).lead();
        MasterySpecialist specialist = specialist(lead).orElseThrow();
        assertThat(specialist.stream()).isEqualTo(Stream.PRIMARY);
        AcademicYear trained = POLICY.trainingYear(specialist.cohort()).orElseThrow();
        assertThat(trained).isLessThan(ENROLMENT.academicYear());
        assertThat(trained.yearsUntil(ENROLMENT.academicYear()))
            .isLessThan(POLICY.streamRules(Stream.PRIMARY).orElseThrow().programmeYears());
        assertThat(
                ENROLMENT.workGroups().stream()
                    .filter(g -> g.lead().equals(lead) && g.phase() == Phase.DEVELOPMENT))
            .hasSize(1);
      }
    }
  }

  @Nested
  @DisplayName("its mistakes, one of every kind")
  class Mistakes {

    @Test
    @DisplayName("a Development group of eight schools")
    void aDevelopmentGroupOfEightSchools() {
      assertThat(group("WG-03").phase()).isEqualTo(Phase.DEVELOPMENT);
      assertThat(group("WG-03").schools()).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a school sending three teachers and a school listed twice")
    void aSchoolSendingThreeTeachersAndASchoolListedTwice() {
      assertThat(group("WG-04").participations())
          .anySatisfy(p -> assertThat(p.teachers()).hasSize(3));
      assertThat(group("WG-04").schools())
          .containsOnlyOnce(Urn.of(990013))
          .contains(Urn.of(990016));
      assertThat(group("WG-04").schools().stream().filter(Urn.of(990016)::equals)).hasSize(2);
    }

    @Test
    @DisplayName("an unknown lead, a lead in the training year and a lead of two Development groups")
    void anUnknownLeadALeadInTheTrainingYearAndALeadOfTwoDevelopmentGroups() {
      assertThat(specialist(group("WG-05").lead())).isEmpty();
      MasterySpecialist training = specialist(group("WG-07").lead()).orElseThrow();
      assertThat(POLICY.trainingYear(training.cohort())).contains(ENROLMENT.academicYear());
      assertThat(group("WG-03").lead()).isEqualTo(group("WG-04").lead());
      assertThat(group("WG-04").phase()).isEqualTo(Phase.DEVELOPMENT);
    }

    @Test
    @DisplayName("schools that cannot take part or are outside the hub")
    void schoolsThatCannotTakePartOrAreOutsideTheHub() {
      List<Urn> schools = group("WG-06").schools();
      assertThat(schools)
          .containsExactly(
              Urn.of(100001),
              Urn.of(990040),
              Urn.of(100016),
              Urn.of(100005),
              Urn.of(990041),
              Urn.of(990999));
      assertThat(school(100001).fundingStatus()).isEqualTo(FundingStatus.INDEPENDENT);
      assertThat(school(990040).fundingStatus()).isEqualTo(FundingStatus.OUTSIDE_ENGLAND);
      assertThat(school(100016).status()).isEqualTo(EstablishmentStatus.CLOSED);
      assertThat(school(100005).phaseOfEducation()).isEqualTo(PhaseOfEducation.NURSERY);
      assertThat(ENROLMENT.hub().orElseThrow().serves(school(990041).localAuthority())).isFalse();
      assertThat(school(990041).status()).isEqualTo(EstablishmentStatus.OPEN);
      assertThat(REGISTER.contains(Urn.of(990999))).isFalse();
      assertThat(group("WG-06").stream()).isEqualTo(Stream.PRIMARY);
    }

    @Test
    @DisplayName("journeys out of order")
    void journeysOutOfOrder() {
      assertThat(history(Urn.of(990012))).containsExactly(Phase.DEVELOPMENT);
      assertThat(groupsWith(Urn.of(990012)))
          .extracting(WorkGroup::phase)
          .containsExactly(Phase.DEVELOPMENT);
      assertThat(history(Urn.of(990020))).isEmpty();
      assertThat(groupsWith(Urn.of(990020)))
          .extracting(WorkGroup::phase)
          .containsExactly(Phase.EMBEDDING);
      assertThat(history(Urn.of(990019))).containsExactly(Phase.DEVELOPMENT);
      assertThat(groupsWith(Urn.of(990019)))
          .extracting(WorkGroup::phase)
          .containsExactly(Phase.MASTERY_READINESS);
      assertThat(history(Urn.of(990021))).containsExactly(Phase.DEVELOPMENT);
      assertThat(groupsWith(Urn.of(990021)))
          .extracting(WorkGroup::phase)
          .containsExactly(Phase.EMBEDDING);
    }

    @Test
    @DisplayName("a school in two groups and a teacher in two groups")
    void aSchoolInTwoGroupsAndATeacherInTwoGroups() {
      assertThat(groupsWith(Urn.of(990018)))
          .extracting(g -> g.id().value())
          .containsExactly("WG-04", "WG-05");
      Trn shared = group("WG-07").participations().get(0).teachers().get(0);
      assertThat(group("WG-03").participations().get(0).teachers()).contains(shared);
      assertThat(timesEnrolled(shared)).isEqualTo(2);
    }
  }
}
