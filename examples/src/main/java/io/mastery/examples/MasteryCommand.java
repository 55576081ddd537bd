package io.mastery.examples;

import io.mastery.model.calendar.AcademicYear;
import java.time.LocalDate;

/** The {@code mastery} command line. */
public final class MasteryCommand {

  private MasteryCommand() {}

  /**
   * Runs the command.
   *
   * @param args the arguments: none, or an academic year such as {@code 2019/20}
   */
  public static void main(String[] args) {
    AcademicYear year;
    try {
      year = args.length == 0 ? AcademicYear.containing(LocalDate.now()) : AcademicYear.parse(args[0]);
    } catch (IllegalArgumentException e) {
      System.err.println("mastery: " + e.getMessage());
      System.exit(2);
      return;
    }
    ProgrammeOverview.print(year, System.out);
  }
}
