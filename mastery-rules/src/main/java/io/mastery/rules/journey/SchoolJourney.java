package io.mastery.rules.journey;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.SchoolLinks;
import io.mastery.model.school.Urn;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.workgroup.WorkGroup;
import io.mastery.rules.result.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One school's journey towards mastery: the phases it completed, year by year, and what it may do
 * next.
 *
 * <p>Judging a phase in an academic year uses the records of earlier years as prerequisites; a
 * record in that year itself means the school already has its phase for the year; records of later
 * years are ignored, since a later year cannot be a prerequisite. Repeated identical records are
 * one fact and are held once. A year without a record does not reset the journey.
 *
 * <p>A school's primary and secondary journeys are separate: the methods taking a {@link Stream}
 * judge one stream's journey, from the records naming that stream and those naming none (which
 * count for every stream); the methods without one judge every record as one journey, as before
 * records named their stream. Judged without an edition, a specialist's own school is exempt from
 * the prerequisites of Sustaining only; the rulebook follows the edition's phase rows ({@link
 * io.mastery.model.policy.PhaseRules#specialistSchoolWithoutPrerequisite()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolJourney {

  private final Urn school;
  private final ImmutableSortedSet<JourneyRecord> records;
  private final boolean specialistSchool;

  private SchoolJourney(
      Urn school, ImmutableSortedSet<JourneyRecord> records, boolean specialistSchool) {
    this.school = school;
    this.records = records;
    this.specialistSchool = specialistSchool;
  }

  /**
   * Obtains the journey of a school that has completed no phase yet.
   *
   * @param school the school's URN, not null
   * @return the journey, not null
   */
  public static SchoolJourney start(Urn school) {
    return new SchoolJourney(
        Objects.requireNonNull(school, "school"), ImmutableSortedSet.of(), false);
  }

  /**
   * Obtains the journey of a school from the phases it completed.
   *
   * @param school the school's URN, not null
   * @param records the phases it completed, each of this school, in any order, not null
   * @return the journey, not null
   * @throws IllegalArgumentException if a record is of another school
   */
  public static SchoolJourney of(Urn school, Iterable<JourneyRecord> records) {
    Objects.requireNonNull(school, "school");
    Objects.requireNonNull(records, "records");
    int position = 0;
    for (JourneyRecord record : records) {
      checkArgument(
          record.school().equals(school),
          "journey record %s is of school %s, not of school %s",
          position,
          record.school(),
          school);
      position++;
    }
    return new SchoolJourney(school, ImmutableSortedSet.copyOf(records), false);
  }

  /**
   * Obtains the journey of a school from a hub's enrolment: the school's records in the history
   * (leaving out those of phases not completed),
   * the phase of each of the year's own Work Groups that lists the school (as a record of the
   * enrolment's year and the group's stream), and whether it is the own school of one of the hub's
   * Mastery Specialists.
   *
   * @param school the school's URN, not null
   * @param enrolment the enrolment, not null
   * @return the journey, not null
   */
  public static SchoolJourney of(Urn school, Enrolment enrolment) {
    Objects.requireNonNull(school, "school");
    List<JourneyRecord> own = new ArrayList<>();
    for (JourneyRecord record : enrolment.history()) {
      if (record.school().equals(school) && record.completed()) {
        own.add(record);
      }
    }
    for (WorkGroup group : enrolment.workGroups()) {
      if (group.schools().contains(school)) {
        own.add(JourneyRecord.of(school, group.phase(), enrolment.academicYear(), group.stream()));
      }
    }
    boolean specialist =
        enrolment.specialists().stream().map(MasterySpecialist::school).anyMatch(school::equals);
    return of(school, own).withSpecialistSchool(specialist);
  }

  /**
   * Obtains the journey of a school from a hub's enrolment, as {@link #of(Urn, Enrolment)} does,
   * with its predecessors' records added: the records of every URN the register's links name as
   * having come before it ({@link SchoolLinks#predecessorsOf}), each keeping its predecessor's URN,
   * so that a refusal resting on one names it as {@code predecessor}.
   *
   * <pre>{@code
   * SchoolLinks links = GiasLinksReader.standard().read(Path.of("links.csv")).links();
   * SchoolJourney journey = SchoolJourney.of(Urn.of(132245), enrolment, links);
   * journey.mayEnter(Phase.DEVELOPMENT, AcademicYear.of(2019)); // false if 100016 took it before
   * }</pre>
   *
   * @param school the school's URN, not null
   * @param enrolment the enrolment, not null
   * @param links the register's links, not null
   * @return the journey, not null
   */
  public static SchoolJourney of(Urn school, Enrolment enrolment, SchoolLinks links) {
    Objects.requireNonNull(links, "links");
    SchoolJourney own = of(school, enrolment);
    List<Urn> predecessors = links.predecessorsOf(school);
    if (predecessors.isEmpty()) {
      return own;
    }
    List<JourneyRecord> all = new ArrayList<>(own.records);
    for (JourneyRecord record : enrolment.history()) {
      if (predecessors.contains(record.school())) {
        all.add(record);
      }
    }
    return new SchoolJourney(school, ImmutableSortedSet.copyOf(all), own.specialistSchool);
  }

  /**
   * Returns which phases a school may take in the year after an enrolment's, and why not the
   * others: its history, with the year's own Work Groups counted as completed.
   *
   * @param school the school's URN, not null
   * @param enrolment the enrolment of the year before, not null
   * @return the options for the next year, not null
   * @throws IllegalArgumentException if the enrolment's year is the last the library supports
   */
  public static JourneyOptions nextYear(Urn school, Enrolment enrolment) {
    return of(school, enrolment).options(enrolment.academicYear().next());
  }

  /**
   * Returns which phases a school may take in one stream's journey in the year after an
   * enrolment's, and why not the others: its history, with the year's own Work Groups counted as
   * completed.
   *
   * @param school the school's URN, not null
   * @param stream the stream of the journey, not null
   * @param enrolment the enrolment of the year before, not null
   * @return the options for the next year, not null
   * @throws IllegalArgumentException if the enrolment's year is the last the library supports
   */
  public static JourneyOptions nextYear(Urn school, Stream stream, Enrolment enrolment) {
    return of(school, enrolment).options(stream, enrolment.academicYear().next());
  }

  /**
   * Returns one stream's journey of the school: the records naming the stream and those naming
   * none.
   *
   * @param stream the stream, not null
   * @return the journey, not null
   */
  public SchoolJourney inStream(Stream stream) {
    Objects.requireNonNull(stream, "stream");
    return new SchoolJourney(
        school,
        ImmutableSortedSet.copyOf(JourneyCheck.inStream(records, stream)),
        specialistSchool);
  }

  /**
   * Returns why the school may not enter a phase of one stream in an academic year, judged on that
   * stream's journey.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return the refusals, one per broken rule, in rule order; empty if the school may enter
   */
  public List<PhaseRefusal> refusals(Stream stream, Phase phase, AcademicYear year) {
    return inStream(stream).refusals(phase, year);
  }

  /**
   * Returns every phase the school may enter in one stream's journey in an academic year, and why
   * it may not enter the others.
   *
   * @param stream the stream, not null
   * @param year the academic year, not null
   * @return the options, not null
   */
  public JourneyOptions options(Stream stream, AcademicYear year) {
    return inStream(stream).options(year);
  }

  /**
   * Returns the school's URN.
   *
   * @return the URN, not null
   */
  public Urn school() {
    return school;
  }

  /**
   * Returns the phases completed, earliest year first.
   *
   * @return the records, immutable, not null
   */
  public List<JourneyRecord> records() {
    return records.asList();
  }

  /**
   * Checks whether the school is the own school of a Mastery Specialist, which may enter Sustaining
   * without Development or Embedding.
   *
   * @return true if a specialist's own school
   */
  public boolean isSpecialistSchool() {
    return specialistSchool;
  }

  /**
   * Returns a copy of this journey for a school that is, or is not, a Mastery Specialist's own
   * school.
   *
   * @param specialistSchool true for a specialist's own school
   * @return the copy, not null
   */
  public SchoolJourney withSpecialistSchool(boolean specialistSchool) {
    return specialistSchool == this.specialistSchool
        ? this
        : new SchoolJourney(school, records, specialistSchool);
  }

  /**
   * Returns a copy of this journey with one more completed phase.
   *
   * @param record the phase completed, of this school (not of a predecessor), not null
   * @return the copy, not null
   * @throws IllegalArgumentException if the record is of another school
   */
  public SchoolJourney plus(JourneyRecord record) {
    checkArgument(
        record.school().equals(school),
        "journey record is of school %s, not of school %s",
        record.school(),
        school);
    return new SchoolJourney(
        school,
        ImmutableSortedSet.<JourneyRecord>naturalOrder().addAll(records).add(record).build(),
        specialistSchool);
  }

  /**
   * Returns the furthest phase completed before an academic year, and the latest year it was
   * completed in.
   *
   * @param year the academic year, not null
   * @return the furthest record before the year, or empty if none
   */
  public Optional<JourneyRecord> furthestBefore(AcademicYear year) {
    return Optional.ofNullable(JourneyCheck.furthest(records, Objects.requireNonNull(year, "year")));
  }

  /**
   * Returns why the school may not enter a phase in an academic year.
   *
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return the refusals, one per broken rule, in rule order; empty if the school may enter
   */
  public List<PhaseRefusal> refusals(Phase phase, AcademicYear year) {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(year, "year");
    List<PhaseRefusal> refusals = new ArrayList<>();
    add(refusals, JourneyRule.DEVELOPMENT_REPEATED, JourneyCheck.developmentRepeated(school, phase, year, records));
    add(
        refusals,
        JourneyRule.PREREQUISITE_MISSING,
        JourneyCheck.prerequisiteMissing(
            phase, year, records, specialistSchool && phase == Phase.SUSTAINING));
    add(refusals, JourneyRule.OUT_OF_ORDER, JourneyCheck.outOfOrder(school, phase, year, records));
    for (JourneyRecord record : records) {
      if (record.academicYear().equals(year)) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("year", year.toString());
        arguments.put("recorded", record.phase());
        arguments.put("case", "recorded");
        add(refusals, JourneyRule.ONE_PHASE_PER_YEAR, arguments);
      }
    }
    return ImmutableList.sortedCopyOf(refusals);
  }

  private void add(
      List<PhaseRefusal> refusals, JourneyRule rule, @Nullable Map<String, Object> arguments) {
    if (arguments != null) {
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("school", school.toString());
      all.putAll(arguments);
      refusals.add(PhaseRefusal.of(rule, Messages.english().render(rule.code(), all)));
    }
  }

  /**
   * Checks whether the school may enter a phase in an academic year.
   *
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return true if no rule of the journey forbids it
   */
  public boolean mayEnter(Phase phase, AcademicYear year) {
    return refusals(phase, year).isEmpty();
  }

  /**
   * Returns every phase the school may enter in an academic year, and why it may not enter the
   * others.
   *
   * @param year the academic year, not null
   * @return the options, not null
   */
  public JourneyOptions options(AcademicYear year) {
    JourneyOptions.Builder builder = JourneyOptions.builder(school, year);
    for (Phase phase : Phase.values()) {
      builder.put(phase, refusals(phase, year));
    }
    return builder.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof SchoolJourney)) {
      return false;
    }
    SchoolJourney other = (SchoolJourney) obj;
    return school.equals(other.school)
        && records.equals(other.records)
        && specialistSchool == other.specialistSchool;
  }

  @Override
  public int hashCode() {
    return Objects.hash(school, records, specialistSchool);
  }

  @Override
  public String toString() {
    return "SchoolJourney{"
        + school
        + (specialistSchool ? ", specialist's school" : "")
        + ", "
        + records.stream()
            .map(r -> r.academicYear() + " " + r.phase())
            .collect(Collectors.joining(", ", "[", "]"))
        + "}";
  }
}
