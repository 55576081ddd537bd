package org.example.hub;

import io.mastery.io.json.ApplicationsReader;
import io.mastery.io.json.ApplicationsWriter;
import io.mastery.io.sample.SampleHub;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.SchoolRegister;
import io.mastery.rules.planning.Applications;
import io.mastery.rules.planning.Plan;
import io.mastery.rules.planning.PlanQuality;
import io.mastery.rules.planning.PlannedGroup;
import io.mastery.rules.reach.ProjectedYear;
import io.mastery.rules.reach.PublishedReach;
import io.mastery.rules.reach.ReachCalibration;
import io.mastery.rules.reach.ReachLine;
import io.mastery.rules.reach.ReachRecord;
import io.mastery.rules.reach.ReachRollup;
import io.mastery.rules.planning.WorkGroupPlanner;
import java.nio.file.Path;
import java.util.List;

/**
 * The README's samples of the guide for planners, each in the method that gives it its
 * variables, run on the bundled sample hub: java org.example.hub.PlanAndReach (from the project's
 * directory, where applications-2019-20.json is).
 */
public final class PlanAndReach {

  static final SchoolRegister register = SampleHub.register();

  public static void main(String[] args) throws Exception {
    planWorkGroups();
    projectReach();
  }

  static void planWorkGroups() throws Exception {
    Applications applications = ApplicationsReader.standard().read(Path.of("applications-2019-20.json"));
                                                         // the applications file of CONTRACT.md §6
    Plan plan = WorkGroupPlanner.standard().withSeed(1).plan(applications, register);

    for (PlannedGroup g : plan.groups()) {                // each group meets at its lead's own school
      System.out.println(g.id() + " led by " + g.lead() + " at " + g.meetingPlace());
      g.schools().forEach(s -> System.out.printf("  %s %.1f km%n", s.urn(), s.distanceMetres() / 1000));
    }
    plan.leftOut().forEach(l -> System.out.println(l.urn() + " " + l.reason() + " " + l.rule().orElse("")));
    PlanQuality q = plan.quality();                       // total and worst travel, gap to a lower bound
    String json = ApplicationsWriter.standard().planToJson(plan);
                                                          // an enrolment file, teachers left empty
    System.out.println("planned " + plan.placed() + " schools in " + plan.groups().size()
        + " groups; the plan's JSON starts " + json.strip().substring(0, 1) + "; " + q);
  }

  static void projectReach() {
    Enrolment enrolment = SampleHub.enrolment();
    ReachCalibration fit = ReachCalibration.fit(
        Stream.PRIMARY, ProgrammePolicy.forYear(AcademicYear.of(2019)),
        PublishedReach.PRIMARY_TO_2018_19.subList(0, 3));        // 2015/16 to 2017/18
    fit.rate();                                                   // 5.019 new schools a leading specialist a year
    fit.predict(PublishedReach.PRIMARY_TO_2018_19.get(3));        // 2018/19: predicted 5111, observed 5116 (-0.09%)
    fit.model().project(List.of(136, 147, 182, 210, 230), AcademicYear.of(2019));  // forward, from cohort sizes
    List<ReachRecord> records =                                   // a hub's own: its enrolment and history
        ReachRollup.records(enrolment, ProgrammePolicy.forYear(enrolment.academicYear()), Stream.PRIMARY);
    ReachRollup.of(records).lines(Stream.PRIMARY);                // by year, each school counted once
    System.out.printf("reach: rate %.3f, 2018/19 %s%n",
        fit.rate(), fit.predict(PublishedReach.PRIMARY_TO_2018_19.get(3)));
    List<ProjectedYear> forward =
        fit.model().project(List.of(136, 147, 182, 210, 230), AcademicYear.of(2019));
    System.out.println("projected to " + forward.get(forward.size() - 1));
    for (ReachLine line : ReachRollup.of(records).lines(Stream.PRIMARY)) {
      System.out.println("sample hub " + line);
    }
  }
}
