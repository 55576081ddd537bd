package io.mastery.rules.reach;

import com.google.common.collect.ImmutableList;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.delivery.Completion;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.rules.delivery.Attendance;
import java.util.Map;
import io.mastery.model.policy.ProgrammePolicy;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.workgroup.Participation;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.progression.SpecialistProgression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reach rolled up the way it is counted: by stream and year, each school counted once across the
 * years (cumulative distinct), specialists' own schools included, completed participation told
 * apart from sign-ups.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReachRollup {

  private final List<ReachLine> lines;

  private ReachRollup(List<ReachLine> lines) {
    this.lines = lines;
  }

  /**
   * Rolls up records of schools reached.
   *
   * @param records the records, in any order; repeats are counted once
   * @return the roll-up: a line per stream and year from each stream's first year to the last year
   *     of any record, then a line per year for all streams
   */
  public static ReachRollup of(Collection<ReachRecord> records) {
    List<ReachRecord> all = ImmutableList.copyOf(records);
    List<ReachLine> lines = new ArrayList<>();
    Optional<AcademicYear> last = all.stream().map(ReachRecord::year).max(AcademicYear::compareTo);
    if (last.isEmpty()) {
      return new ReachRollup(List.of());
    }
    Set<Stream> streams = new TreeSet<>();
    all.forEach(r -> streams.add(r.stream()));
    for (Stream stream : streams) {
      lines.addAll(lines(Optional.of(stream), all, r -> r.stream() == stream, last.get()));
    }
    lines.addAll(lines(Optional.empty(), all, r -> true, last.get()));
    return new ReachRollup(ImmutableList.copyOf(lines));
  }

  private static List<ReachLine> lines(
      Optional<Stream> stream,
      List<ReachRecord> all,
      Predicate<ReachRecord> keep,
      AcademicYear last) {
    List<ReachRecord> mine = all.stream().filter(keep).toList();
    AcademicYear first = mine.stream().map(ReachRecord::year).min(AcademicYear::compareTo).orElseThrow();
    Set<Urn> reached = new HashSet<>();
    Set<Urn> completed = new HashSet<>();
    Set<Urn> own = new HashSet<>();
    List<ReachLine> out = new ArrayList<>();
    for (int start = first.startYear(); start <= last.startYear(); start++) {
      AcademicYear year = AcademicYear.of(start);
      Set<Urn> inYear = new HashSet<>();
      for (ReachRecord r : mine) {
        if (r.year().equals(year)) {
          inYear.add(r.school());
          if (r.completed()) {
            completed.add(r.school());
          }
          if (r.source() == ReachRecord.Source.OWN_SCHOOL) {
            own.add(r.school());
          }
        }
      }
      int before = reached.size();
      reached.addAll(inYear);
      out.add(
          new ReachLine(
              stream,
              year,
              inYear.size(),
              reached.size() - before,
              reached.size(),
              completed.size(),
              own.size()));
    }
    return out;
  }

  /**
   * Returns the records of an enrolment: each specialist's own school in the training year
   * (complete once that year is over), each Work Group's schools in the enrolment's year (signed
   * up, or complete where the enrolment's delivery log says the school completed), and each phase
   * of the history (complete unless the record says it was not completed), of a stream given for the history, which
   * records none.
   *
   * @param enrolment the enrolment, not null
   * @param policy the edition that gives training years, not null
   * @param historyStream the stream of the history's phases, not null
   * @return the records
   */
  public static List<ReachRecord> records(
      Enrolment enrolment, ProgrammePolicy policy, Stream historyStream) {
    Objects.requireNonNull(historyStream, "historyStream");
    SpecialistProgression progression = SpecialistProgression.of(policy);
    List<ReachRecord> out = new ArrayList<>();
    for (MasterySpecialist s : enrolment.specialists()) {
      Optional<AcademicYear> trained = progression.trainingYear(s.cohort());
      if (trained.isPresent() && trained.get().compareTo(enrolment.academicYear()) <= 0) {
        out.add(
            new ReachRecord(
                s.school(),
                s.stream(),
                trained.get(),
                ReachRecord.Source.OWN_SCHOOL,
                trained.get().compareTo(enrolment.academicYear()) < 0));
      }
    }
    for (WorkGroup g : enrolment.workGroups()) {
      Map<Urn, Completion> completed =
          enrolment.delivery().isPresent()
              ? Attendance.completionsOf(g, policy, enrolment.delivery().get())
              : Map.of();
      for (Participation p : g.participations()) {
        out.add(
            new ReachRecord(
                p.school(),
                g.stream(),
                g.academicYear(),
                ReachRecord.Source.WORK_GROUP,
                completed.get(p.school()) == Completion.COMPLETED));
      }
    }
    for (JourneyRecord h : enrolment.history()) {
      out.add(
          new ReachRecord(
              h.school(),
              historyStream,
              h.academicYear(),
              ReachRecord.Source.WORK_GROUP,
              h.completed()));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns every line: per stream and year, then all streams per year.
   *
   * @return the lines
   */
  public List<ReachLine> lines() {
    return lines;
  }

  /**
   * Returns the lines of one stream, by year.
   *
   * @param stream the stream, not null
   * @return the lines, empty if no record is of the stream
   */
  public List<ReachLine> lines(Stream stream) {
    Objects.requireNonNull(stream, "stream");
    return lines.stream()
        .filter(l -> l.stream().equals(Optional.of(stream)))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the lines of all streams together, by year: a school in two streams counted once.
   *
   * @return the lines
   */
  public List<ReachLine> total() {
    return lines.stream()
        .filter(l -> l.stream().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ReachRollup{" + lines.size() + " lines}";
  }
}
