package io.mastery.rules.rollup;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.HubYear;
import io.mastery.rules.HubYears;
import io.mastery.rules.SampleHub;
import io.mastery.rules.progression.SpecialistProgression;
import io.mastery.rules.progression.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A hub's year in numbers, as properties and examples. */
@DisplayName("A hub's year rolled up")
class HubYearRollupProperties {

  private static Gen<HubYear> years() {
    return HubYears.any();
  }

  @Test
  @DisplayName("counts each specialist once by TRN, by cohort and by stage")
  void countsEachSpecialistOnce() {
    qt(300)
        .forAll(years())
        .checkAssert(
            year -> {
              HubYearRollup rollup = HubYearRollup.of(year.enrolment(), year.policy());
              long distinct =
                  year.enrolment().specialists().stream()
                      .map(MasterySpecialist::trn)
                      .distinct()
                      .count();
              assertThat(rollup.specialists()).isEqualTo(distinct);
              assertThat(
                      rollup.specialistsByStage().values().stream()
                              .mapToInt(Integer::intValue)
                              .sum()
                          + rollup.specialistsOfUnknownStage())
                  .isEqualTo(distinct);
              assertThat(rollup.specialistsByStage().keySet()).containsExactly(Stage.values());
              assertThat(rollup.cohorts()).isSorted();
              SpecialistProgression progression = SpecialistProgression.of(year.policy());
              for (CohortLine line : rollup.cohorts()) {
                assertThat(line.stage())
                    .isEqualTo(progression.stage(line.cohort(), year.enrolment().academicYear()));
              }
            });
  }

  @Test
  @DisplayName("counts each school once per phase, and each Work Group")
  void countsSchoolsPerPhase() {
    qt(300)
        .forAll(years())
        .checkAssert(
            year -> {
              HubYearRollup rollup = HubYearRollup.of(year.enrolment(), year.policy());
              assertThat(rollup.schoolsByPhase().keySet()).containsExactly(Phase.values());
              for (Phase phase : Phase.values()) {
                List<WorkGroup> groups =
                    year.enrolment().workGroups().stream()
                        .filter(g -> g.phase() == phase)
                        .collect(Collectors.toList());
                assertThat(rollup.workGroupsByPhase().get(phase)).isEqualTo(groups.size());
                assertThat(rollup.schoolsByPhase().get(phase))
                    .isEqualTo(
                        (int)
                            groups.stream().flatMap(g -> g.schools().stream()).distinct().count());
              }
            });
  }

  @Test
  @DisplayName("the sample hub in 2019/20: one leading primary specialist, six Development schools")
  void sampleHub() {
    Enrolment enrolment = SampleHub.hubYear().enrolment();
    Enrolment more =
        enrolment.withSpecialists(
            List.of(
                SampleHub.SPECIALIST,
                SampleHub.SPECIALIST,
                MasterySpecialist.of(
                    Trn.of("1000002"), Urn.of(100_009), Cohort.of(Stream.PRIMARY, 5)),
                MasterySpecialist.of(Trn.of("1000003"), Urn.of(100_009), Cohort.of(Stream.FE, 1))));
    HubYearRollup rollup = HubYearRollup.of(more);
    assertThat(rollup.edition()).isEqualTo("2019/20");
    assertThat(rollup.academicYear()).isEqualTo(SampleHub.YEAR);
    assertThat(rollup.cohorts())
        .containsExactly(
            CohortLine.of(Cohort.of(Stream.PRIMARY, 3), Optional.of(Stage.LEADING), 1),
            CohortLine.of(Cohort.of(Stream.PRIMARY, 5), Optional.of(Stage.TRAINING), 1),
            CohortLine.of(Cohort.of(Stream.FE, 1), Optional.empty(), 1));
    assertThat(rollup.specialistsAt(Stage.LEADING)).isEqualTo(1);
    assertThat(rollup.specialistsAt(Stage.LOCAL_LEADER)).isZero();
    assertThat(rollup.specialistsOfUnknownStage()).isEqualTo(1);
    assertThat(rollup.specialists()).isEqualTo(3);
    assertThat(rollup.schoolsByPhase().get(Phase.DEVELOPMENT)).isEqualTo(6);
    assertThat(rollup.workGroupsByPhase().get(Phase.DEVELOPMENT)).isEqualTo(1);
    assertThat(rollup.schoolsByPhase().get(Phase.EMBEDDING)).isZero();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName(
      "cohort lines and roll-ups are equal by value; a line counts at least one specialist")
  void equality() {
    Cohort three = Cohort.of(Stream.PRIMARY, 3);
    new EqualsTester()
        .addEqualityGroup(
            CohortLine.of(three, Optional.of(Stage.LEADING), 2),
            CohortLine.of(three, Optional.of(Stage.LEADING), 2))
        .addEqualityGroup(CohortLine.of(three, Optional.of(Stage.LEADING), 3))
        .addEqualityGroup(CohortLine.of(three, Optional.empty(), 2))
        .addEqualityGroup(CohortLine.of(Cohort.of(Stream.PRIMARY, 4), Optional.of(Stage.LEADING), 2))
        .testEquals();
    assertThatThrownBy(() -> CohortLine.of(three, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
    Enrolment enrolment = SampleHub.hubYear().enrolment();
    new EqualsTester()
        .addEqualityGroup(HubYearRollup.of(enrolment), HubYearRollup.of(enrolment))
        .addEqualityGroup(HubYearRollup.of(enrolment.withWorkGroups(List.of())))
        .testEquals();
    assertThat(EnumSet.allOf(Stage.class)).hasSize(4);
  }

  @Test
  @DisplayName("counts a TRN listed in two cohorts in its lowest cohort, whichever is listed first")
  void countsATrnListedTwiceInItsLowestCohort() {
    Enrolment enrolment = SampleHub.hubYear().enrolment();
    MasterySpecialist three =
        MasterySpecialist.of(Trn.of("1000002"), Urn.of(100_009), Cohort.of(Stream.PRIMARY, 3));
    MasterySpecialist five = three.withCohort(Cohort.of(Stream.PRIMARY, 5));
    for (List<MasterySpecialist> listed : List.of(List.of(three, five), List.of(five, three))) {
      HubYearRollup rollup = HubYearRollup.of(enrolment.withSpecialists(listed));
      assertThat(rollup.cohorts()).extracting(CohortLine::cohort).containsExactly(three.cohort());
      assertThat(rollup.specialists()).isEqualTo(1);
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("orders cohort lines by cohort")
  void ordersCohortLinesByCohort() {
    CohortLine three = CohortLine.of(Cohort.of(Stream.PRIMARY, 3), Optional.of(Stage.LEADING), 2);
    CohortLine four = CohortLine.of(Cohort.of(Stream.PRIMARY, 4), Optional.empty(), 1);
    assertThat(three.compareTo(four)).isNegative();
    assertThat(four.compareTo(three)).isPositive();
    assertThat(three.compareTo(CohortLine.of(three.cohort(), Optional.empty(), 5))).isZero();
  }
}
