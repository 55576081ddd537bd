package io.mastery.model.policy;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.specialist.Cohort;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An edition of the programme's rules, in force from an academic year until the next edition: the
 * numbers the rule engines judge enrolments by.
 *
 * <p>The editions the library ships are in {@link PolicyEditions#standard()}; {@link
 * #forYear(AcademicYear)} returns the one in force for a year, so that a 2019/20 enrolment is
 * judged by 2019/20 rules. The standard editions are read from the edition tables in this module's
 * jar ({@code docs/editions.md}); a hub can read its own with {@link PolicyEditions#load} or {@link
 * PolicyEditions#standardWith}, or build an edition with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class ProgrammePolicy {

  ProgrammePolicy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the standard edition in force for an academic year.
   *
   * @param year the academic year, not null
   * @return the edition, not null
   * @throws IllegalArgumentException if the year is before the earliest standard edition
   */
  public static ProgrammePolicy forYear(AcademicYear year) {
    return PolicyEditions.standard().forYear(year);
  }

  /**
   * Returns the edition's name, such as "2019/20".
   *
   * @return the name, not blank
   */
  public abstract String edition();

  /**
   * Returns the first academic year the edition is in force.
   *
   * @return the year, not null
   */
  public abstract AcademicYear inForceFrom();

  /**
   * Returns where the edition's numbers come from.
   *
   * @return the sources, in words, not null
   */
  @Value.Default
  public String source() {
    return "";
  }

  /**
   * Returns the rules of each phase offered, per stream; one entry per stream and phase.
   *
   * @return the phase rules, immutable, not null
   */
  public abstract List<PhaseRules> phaseRules();

  /**
   * Returns the specialist programme of each stream; one entry per stream.
   *
   * @return the stream rules, immutable, not null
   */
  public abstract List<StreamRules> streamRules();

  /**
   * Returns the textbook match funding, if the edition has it.
   *
   * @return the match funding, or empty
   */
  public abstract Optional<TextbookMatchFunding> textbookMatchFunding();

  /**
   * Finds the rules of a phase in a stream.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @return the rules, or empty if the edition does not offer that phase in that stream
   */
  public Optional<PhaseRules> phaseRules(Stream stream, Phase phase) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(phase, "phase");
    return phaseRules().stream()
        .filter(r -> r.stream() == stream && r.phase() == phase)
        .findFirst();
  }

  /**
   * Finds the rules of a phase in a stream, if the edition offers the phase in the academic year.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return the rules, or empty if the phase is not offered in that stream in that year
   */
  public Optional<PhaseRules> phaseRules(Stream stream, Phase phase, AcademicYear year) {
    Objects.requireNonNull(year, "year");
    return phaseRules(stream, phase).filter(rules -> rules.isOfferedIn(year));
  }

  /**
   * Checks whether the edition offers a phase in a stream in an academic year.
   *
   * @param stream the stream, not null
   * @param phase the phase, not null
   * @param year the academic year, not null
   * @return true if it does
   */
  public boolean offers(Stream stream, Phase phase, AcademicYear year) {
    return phaseRules(stream, phase, year).isPresent();
  }

  /**
   * Finds the specialist programme of a stream.
   *
   * @param stream the stream, not null
   * @return the rules, or empty if the edition has no specialist programme for the stream
   */
  public Optional<StreamRules> streamRules(Stream stream) {
    Objects.requireNonNull(stream, "stream");
    return streamRules().stream().filter(r -> r.stream() == stream).findFirst();
  }

  /**
   * Returns the year a cohort trains in under this edition.
   *
   * @param cohort the cohort, not null
   * @return the training year, or empty if the edition has no programme for the cohort's stream
   */
  public Optional<AcademicYear> trainingYear(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return streamRules(cohort.stream()).map(rules -> rules.trainingYear(cohort.number()));
  }

  @Value.Check
  void check() {
    checkArgument(!edition().isBlank(), "edition name must not be blank: \"%s\"", edition());
    Set<String> seen = new HashSet<>();
    for (PhaseRules rules : phaseRules()) {
      checkArgument(
          seen.add(rules.stream() + " " + rules.phase()),
          "edition %s has two sets of rules for %s %s",
          edition(),
          rules.stream(),
          rules.phase());
    }
    Set<Stream> streams = new HashSet<>();
    for (StreamRules rules : streamRules()) {
      checkArgument(
          streams.add(rules.stream()),
          "edition %s has two sets of rules for the %s stream",
          edition(),
          rules.stream());
    }
  }

  @Override
  public String toString() {
    return "ProgrammePolicy{edition " + edition() + ", in force from " + inForceFrom() + "}";
  }

  /** Builds a {@link ProgrammePolicy}; obtain one from {@link ProgrammePolicy#builder()}. */
  public static final class Builder extends ImmutableProgrammePolicy.Builder {
    Builder() {}
  }
}
