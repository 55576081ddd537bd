package io.mastery.rules.reach;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.testkit.Area;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reach model and its calibration, as properties and examples. */
@Tag(Area.TAG_REACH)
@DisplayName("The reach of the primary Mastery Specialists, projected")
class ReachModelProperties {

  private static final ProgrammePolicy POLICY = ProgrammePolicy.forYear(AcademicYear.of(2019));
  private static final List<ObservedYear> PUBLISHED = PublishedReach.PRIMARY_TO_2018_19;

  @Nested
  @DisplayName("calibrated on the published figures of 2015/16 to 2017/18")
  class Calibration {

    private final ReachCalibration calibration =
        ReachCalibration.fit(Stream.PRIMARY, POLICY, PUBLISHED.subList(0, 3));

    @Test
    @DisplayName("predicts the schools reached by 2018/19 within 2% of the published 5,116")
    void predicts2018Within2Percent() {
      ReachCalibration.Check check = calibration.predict(PUBLISHED.get(3));
      System.out.println("Reach calibration: " + calibration + "; " + check);
      assertThat(Math.abs(check.relativeError())).isLessThan(0.02);
      assertThat(check.relativeError()).isCloseTo((5111.45 - 5116) / 5116, within(1e-4));
      assertThat(check).hasToString("2018/19: predicted 5111 schools, observed 5116 (-0.09%)");
      assertThat(calibration.toString()).contains("5.019");
      assertThat(calibration.model().stream()).isEqualTo(Stream.PRIMARY);
      assertThat(calibration.observed()).isEqualTo(PUBLISHED.subList(0, 3));
      assertThat(check.predictedSchools()).isCloseTo(5111.4, within(1.0));
    }

    @Test
    @DisplayName("fits about five new schools a year per leading specialist")
    void fitsAboutFiveSchools() {
      assertThat(calibration.rate()).isCloseTo(5.0186, within(0.001));
    }

    @Test
    @DisplayName("gives the first cohort's 136 own schools in 2015/16, when no Work Group ran")
    void firstYearIsOwnSchools() {
      ProjectedYear first = calibration.fitted().get(0);
      assertThat(first.year()).isEqualTo(AcademicYear.of(2015));
      assertThat(first.leaders()).isZero();
      assertThat(first.schools()).isEqualTo(136);
      assertThat(calibration.fitted())
          .extracting(ProjectedYear::schoolsRounded)
          .containsExactly(136L, 966L, 2568L);
    }

    @Test
    @DisplayName("recovers the rate of figures the model itself made, within their rounding")
    void recoversItsOwnRate() {
      qt(200)
          .forAll(listsOf(integers().between(50, 400), 3, 6), doubles().between(0.5, 10))
          .checkAssert(
              (cohorts, rate) -> {
                List<ProjectedYear> made =
                    ReachModel.of(Stream.PRIMARY, POLICY, rate)
                        .project(cohorts, AcademicYear.of(2015 + cohorts.size() - 1));
                List<ObservedYear> observed = new ArrayList<>();
                for (ProjectedYear y : made) {
                  observed.add(new ObservedYear(y.year(), y.specialists(), (int) y.schoolsRounded()));
                }
                ReachCalibration fit = ReachCalibration.fit(Stream.PRIMARY, POLICY, observed);
                assertThat(fit.rate()).isCloseTo(rate, within(0.02));
              });
    }

    @Test
    @DisplayName("accepts a year in which no specialist trains and no school is added, and refuses figures that go down")
    void flatAndFallingYears() {
      List<ObservedYear> flat =
          List.of(
              new ObservedYear(AcademicYear.of(2015), 100, 100),
              new ObservedYear(AcademicYear.of(2016), 100, 600));
      assertThat(ReachCalibration.fit(Stream.PRIMARY, POLICY, flat).rate()).isCloseTo(5, within(1e-9));
      assertThatThrownBy(
              () ->
                  ReachCalibration.fit(
                      Stream.PRIMARY,
                      POLICY,
                      List.of(
                          new ObservedYear(AcademicYear.of(2015), 100, 100),
                          new ObservedYear(AcademicYear.of(2016), 99, 600))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("go down");
      assertThatThrownBy(
              () ->
                  ReachCalibration.fit(
                      Stream.PRIMARY,
                      POLICY,
                      List.of(
                          new ObservedYear(AcademicYear.of(2015), 100, 100),
                          new ObservedYear(AcademicYear.of(2016), 100, 99))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("go down");
      assertThat(new ObservedYear(AcademicYear.of(2015), 0, 0).schools()).isZero();
      assertThatThrownBy(() -> new ObservedYear(AcademicYear.of(2015), -1, 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new ObservedYear(AcademicYear.of(2015), 0, -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new ReachCalibration.Check(new ObservedYear(AcademicYear.of(2015), 0, 0), 10).relativeError())
          .isZero();
      assertThat(new ReachCalibration.Check(new ObservedYear(AcademicYear.of(2015), 0, 100), 110).relativeError())
          .isCloseTo(0.1, within(1e-9));
    }

    @Test
    @DisplayName("refuses observed years that do not start when cohort 1 trains")
    void refusesYearsThatStartLate() {
      assertThatThrownBy(() -> ReachCalibration.fit(Stream.PRIMARY, POLICY, PUBLISHED.subList(1, 3)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("2015/16");
    }
  }

  @Nested
  @DisplayName("projected forward from cohort sizes a user gives")
  class Projection {

    @Test
    @DisplayName("counts each cohort's specialists once, from its training year, and lets them lead from the year after")
    void countsSpecialistsAndLeaders() {
      qt(300)
          .forAll(listsOf(integers().between(0, 500), 0, 12), integers().between(0, 15), doubles().between(0, 20))
          .checkAssert(
              (cohorts, years, rate) -> {
                List<ProjectedYear> lines =
                    ReachModel.of(Stream.PRIMARY, POLICY, rate).project(cohorts, AcademicYear.of(2015 + years));
                assertThat(lines).hasSize(years + 1);
                double previous = 0;
                for (int i = 0; i < lines.size(); i++) {
                  ProjectedYear y = lines.get(i);
                  int trained = cohorts.subList(0, Math.min(cohorts.size(), i + 1)).stream().mapToInt(Integer::intValue).sum();
                  int leaders = cohorts.subList(0, Math.min(cohorts.size(), i)).stream().mapToInt(Integer::intValue).sum();
                  assertThat(y.specialists()).isEqualTo(trained);
                  assertThat(y.leaders()).isEqualTo(leaders);
                  assertThat(y.schools()).isGreaterThanOrEqualTo(previous);
                  assertThat(y.schools() - previous).isCloseTo(y.newSchools(), within(1e-6));
                  assertThat(y.newSchools())
                      .isCloseTo(y.newSpecialists() + rate * y.leaders(), within(1e-6));
                  previous = y.schools();
                }
              });
    }

    @Test
    @DisplayName("without own schools counted, reaches only the leaders' schools")
    void withoutOwnSchools() {
      List<ProjectedYear> lines =
          ReachModel.of(Stream.PRIMARY, POLICY, 5).countingOwnSchools(false).project(List.of(100, 100), AcademicYear.of(2017));
      assertThat(lines).extracting(ProjectedYear::schools).containsExactly(0.0, 500.0, 1500.0);
    }

    @Test
    @DisplayName("projects the calibrated rate to 2025/26 from eleven cohorts")
    void projectsForward() {
      ReachModel model = ReachCalibration.fit(Stream.PRIMARY, POLICY, PUBLISHED).model();
      List<Integer> cohorts = List.of(136, 147, 182, 210, 230, 230, 230, 230, 230, 230, 230);
      List<ProjectedYear> lines = model.project(cohorts, AcademicYear.of(2025));
      assertThat(lines).hasSize(11);
      assertThat(lines.get(10).specialists()).isEqualTo(2285);
      assertThat(lines.get(10).leaders()).isEqualTo(2285 - 230);
    }

    @Test
    @DisplayName("accepts a cohort of none, which reaches nothing")
    void acceptsAnEmptyCohort() {
      ReachModel model = ReachModel.of(Stream.PRIMARY, POLICY, 5);
      assertThat(model.project(List.of(0, 10), AcademicYear.of(2016)))
          .extracting(ProjectedYear::schools)
          .containsExactly(0.0, 10.0);
      assertThat(model.toString()).contains("5.000");
      assertThat(model.stream()).isEqualTo(Stream.PRIMARY);
    }

    @Test
    @DisplayName("refuses a negative rate and a negative cohort")
    void refusesNegatives() {
      assertThatThrownBy(() -> ReachModel.of(Stream.PRIMARY, POLICY, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
      assertThatThrownBy(
              () -> ReachModel.of(Stream.PRIMARY, POLICY, 1).project(List.of(10, -2), AcademicYear.of(2016)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-2");
    }
  }
}
