package io.mastery.benchmarks;

import io.mastery.model.calendar.AcademicYear;
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
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.Cohort;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.teacher.Trn;
import io.mastery.rules.planning.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated geography of primary schools in the shape of England's: hubs spread over the
 * country, each with towns of different sizes, schools clustered round each town's centre, and
 * about one specialist free to lead for every six schools that apply, their own schools in the
 * same towns. The same seed always gives the same geography.
 */
public final class PlanningGeography {

  /** The year planned: 2019/20, when cohorts 1 to 4 of primary specialists may lead. */
  public static final AcademicYear YEAR = AcademicYear.of(2019);

  private final List<Applications> hubs;
  private final SchoolRegister register;

  private PlanningGeography(List<Applications> hubs, SchoolRegister register) {
    this.hubs = hubs;
    this.register = register;
  }

  /**
   * Generates a geography.
   *
   * @param hubCount the number of hubs
   * @param schoolCount the number of applying schools, shared about equally between the hubs
   * @param seed the seed
   * @return the geography
   */
  public static PlanningGeography generate(int hubCount, int schoolCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<School> schools = new ArrayList<>();
    List<Applications> hubs = new ArrayList<>();
    int nextUrn = 100_000;
    int nextTrn = 1_000_000;
    for (int h = 0; h < hubCount; h++) {
      int mine = schoolCount / hubCount + (h < schoolCount % hubCount ? 1 : 0);
      double hubE = 200_000 + random.nextDouble() * 400_000;
      double hubN = 100_000 + random.nextDouble() * 500_000;
      int towns = 5 + random.nextInt(10);
      double[][] centre = new double[towns][2];
      double[] weight = new double[towns];
      double total = 0;
      for (int t = 0; t < towns; t++) {
        centre[t][0] = hubE + random.nextGaussian() * 20_000;
        centre[t][1] = hubN + random.nextGaussian() * 20_000;
        weight[t] = 1 / (1.0 + t);
        total += weight[t];
      }
      List<Urn> applicants = new ArrayList<>();
      for (int s = 0; s < mine; s++) {
        Urn urn = Urn.of(nextUrn++);
        schools.add(school(urn, near(random, centre[town(random, weight, total)], 3_000)));
        applicants.add(urn);
      }
      List<MasterySpecialist> leads = new ArrayList<>();
      int leadCount = (int) Math.ceil(mine / 6.0 * 1.15);
      for (int l = 0; l < leadCount; l++) {
        Urn own = Urn.of(nextUrn++);
        schools.add(school(own, near(random, centre[town(random, weight, total)], 3_000)));
        leads.add(
            MasterySpecialist.of(
                Trn.of(Integer.toString(nextTrn++)),
                own,
                Cohort.of(Stream.PRIMARY, 1 + random.nextInt(4))));
      }
      hubs.add(
          new Applications(
              YEAR, Optional.empty(), Phase.DEVELOPMENT, Stream.PRIMARY, applicants, leads, List.of()));
    }
    return new PlanningGeography(List.copyOf(hubs), SchoolRegister.of(schools));
  }

  private static int town(SplittableRandom random, double[] weight, double total) {
    double pick = random.nextDouble() * total;
    for (int t = 0; t < weight.length; t++) {
      pick -= weight[t];
      if (pick <= 0) {
        return t;
      }
    }
    return weight.length - 1;
  }

  private static GridReference near(SplittableRandom random, double[] centre, double spread) {
    int e = (int) Math.round(centre[0] + random.nextGaussian() * spread);
    int n = (int) Math.round(centre[1] + random.nextGaussian() * spread);
    return GridReference.of(
        Math.max(0, Math.min(GridReference.MAX_EASTING, e)),
        Math.max(0, Math.min(GridReference.MAX_NORTHING, n)));
  }

  private static School school(Urn urn, GridReference at) {
    return School.builder()
        .urn(urn)
        .name("Generated Primary " + urn)
        .type(EstablishmentType.COMMUNITY_SCHOOL)
        .phaseOfEducation(PhaseOfEducation.PRIMARY)
        .status(EstablishmentStatus.OPEN)
        .localAuthority(LocalAuthorityCode.of("201"))
        .statutoryAgeRange(AgeRange.of(4, 11))
        .location(at)
        .build();
  }

  /**
   * Returns each hub's applications.
   *
   * @return the applications, one a hub
   */
  public List<Applications> hubs() {
    return hubs;
  }

  /**
   * Returns the register of every school, the leads' own schools included.
   *
   * @return the register
   */
  public SchoolRegister register() {
    return register;
  }
}
