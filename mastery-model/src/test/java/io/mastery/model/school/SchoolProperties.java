package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.Generators.stringsOf;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.datesInProgrammeYears;
import static io.mastery.model.testkit.MasteryGen.establishmentStatuses;
import static io.mastery.model.testkit.MasteryGen.establishmentTypes;
import static io.mastery.model.testkit.MasteryGen.localAuthorityCodes;
import static io.mastery.model.testkit.MasteryGen.phasesOfEducation;
import static io.mastery.model.testkit.MasteryGen.schools;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A school")
class SchoolProperties {

  private static final List<String> REQUIRED =
      List.of("urn", "name", "type", "phaseOfEducation", "status", "localAuthority");

  private static School.Builder builderWithout(Set<String> missing) {
    School.Builder builder = School.builder();
    School example = MasteryExamples.SCHOOL;
    if (!missing.contains("urn")) {
      builder.urn(example.urn());
    }
    if (!missing.contains("name")) {
      builder.name(example.name());
    }
    if (!missing.contains("type")) {
      builder.type(example.type());
    }
    if (!missing.contains("phaseOfEducation")) {
      builder.phaseOfEducation(example.phaseOfEducation());
    }
    if (!missing.contains("status")) {
      builder.status(example.status());
    }
    if (!missing.contains("localAuthority")) {
      builder.localAuthority(example.localAuthority());
    }
    return builder;
  }

  @Nested
  @DisplayName("is built")
  class Building {

    @Test
    @DisplayName("only with its URN, name, type, phase of education, status and local authority")
    void cannotBeBuiltWithoutARequiredAttributeAndSaysWhich() {
      qt(100)
          .forAll(missingAttributes())
          .checkAssert(
              missing -> {
                String message =
                    assertThatIllegalStateException()
                        .isThrownBy(() -> builderWithout(missing).build())
                        .actual()
                        .getMessage();
                for (String attribute : REQUIRED) {
                  if (missing.contains(attribute)) {
                    assertThat(message).contains(attribute);
                  } else {
                    assertThat(message).doesNotContainPattern("\\b" + attribute + "\\b");
                  }
                }
                assertThat(message).contains("School");
              });
    }

    private static Gen<Set<String>> missingAttributes() {
      return setsOf(oneOfValues(REQUIRED), 1, REQUIRED.size());
    }

    @Test
    @DisplayName("with the required attributes alone has none of the optional ones")
    void withTheRequiredAttributesAloneHasNoOptionalOnes() {
      School school = builderWithout(Set.of()).build();
      assertThat(school.localAuthorityName()).isEmpty();
      assertThat(school.region()).isEmpty();
      assertThat(school.statutoryAgeRange()).isEmpty();
      assertThat(school.location()).isEmpty();
      assertThat(school.ukprn()).isEmpty();
    }

    @Test
    @DisplayName("refuses a blank name, quoting it")
    void rejectsABlankNameQuotingIt() {
      qt().forAll(blank())
          .checkAssert(
              name ->
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> builderWithout(Set.of("name")).name(name).build())
                      .withMessage("school name must not be blank: \"" + name + "\""));
    }

    private static Gen<String> blank() {
      return stringsOf(" \t\n\u2003", 0, 5);
    }

    @Test
    @DisplayName("is state-funded or not by its establishment type")
    void isStateFundedOrNotByItsType() {
      qt().forAll(schools())
          .checkAssert(
              school ->
                  assertThat(school.fundingStatus()).isEqualTo(school.type().fundingStatus()));
    }
  }

  @Nested
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is copied with one attribute changed")
  class Copies {

    @Test
    @DisplayName("with another status changes only the status")
    void withStatusChangesOnlyTheStatus() {
      qt(200)
          .forAll(schools(), establishmentStatuses())
          .checkAssert(
              (school, status) -> {
                School copy = school.withStatus(status);
                assertThat(copy.status()).isEqualTo(status);
                assertThat(copy).isEqualTo(School.builder().from(school).status(status).build());
              });
    }

    @Test
    @DisplayName("with another type changes only the type, and the funding status with it")
    void withTypeChangesOnlyTheType() {
      qt(200)
          .forAll(schools(), establishmentTypes())
          .checkAssert(
              (school, type) -> {
                School copy = school.withType(type);
                assertThat(copy.type()).isEqualTo(type);
                assertThat(copy.fundingStatus()).isEqualTo(type.fundingStatus());
                assertThat(copy).isEqualTo(School.builder().from(school).type(type).build());
              });
    }

    @Test
    @DisplayName("with another phase of education changes only the phase")
    void withPhaseOfEducationChangesOnlyThePhase() {
      qt(200)
          .forAll(schools(), phasesOfEducation())
          .checkAssert(
              (school, phase) -> {
                School copy = school.withPhaseOfEducation(phase);
                assertThat(copy.phaseOfEducation()).isEqualTo(phase);
                assertThat(copy)
                    .isEqualTo(School.builder().from(school).phaseOfEducation(phase).build());
              });
    }

    @Test
    @DisplayName("with another local authority changes only the local authority")
    void withLocalAuthorityChangesOnlyTheLocalAuthority() {
      qt(200)
          .forAll(schools(), localAuthorityCodes())
          .checkAssert(
              (school, localAuthority) -> {
                School copy = school.withLocalAuthority(localAuthority);
                assertThat(copy.localAuthority()).isEqualTo(localAuthority);
                assertThat(copy.localAuthorityName()).isEqualTo(school.localAuthorityName());
                assertThat(copy)
                    .isEqualTo(
                        School.builder().from(school).localAuthority(localAuthority).build());
              });
    }

    @Test
    @DisplayName("a copy with the same value equals the original")
    void aCopyWithTheSameValueEqualsTheOriginal() {
      qt(200)
          .forAll(schools())
          .checkAssert(
              school -> {
                assertThat(school.withStatus(school.status())).isEqualTo(school);
                assertThat(School.builder().from(school).build())
                    .isEqualTo(school)
                    .hasSameHashCodeAs(school);
              });
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only with every attribute equal")
    void isEqualOnlyWithEveryAttributeEqual() {
      School school = MasteryExamples.SCHOOL;
      new EqualsTester()
          .addEqualityGroup(school, School.builder().from(school).build())
          .addEqualityGroup(school.withStatus(EstablishmentStatus.CLOSED))
          .addEqualityGroup(school.withType(EstablishmentType.ACADEMY_CONVERTER))
          .addEqualityGroup(school.withPhaseOfEducation(PhaseOfEducation.ALL_THROUGH))
          .addEqualityGroup(school.withLocalAuthority(LocalAuthorityCode.of("201")))
          .addEqualityGroup(School.builder().from(school).urn(Urn.of(100009)).build())
          .addEqualityGroup(School.builder().from(school).name("Another Primary School").build())
          .addEqualityGroup(School.builder().from(school).region(Optional.empty()).build())
          .addEqualityGroup(School.builder().from(school).ukprn(MasteryExamples.UKPRN).build())
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(School.class, MasteryExamples.SCHOOL);
      NullRejection.assertRejectsNulls(School.Builder.class, School.builder());
    }
  }

  @Nested
  @DisplayName("is open in an academic year")
  class OpenInAYear {

    private final School closedIn2019 =
        MasteryExamples.SCHOOL
            .withStatus(EstablishmentStatus.CLOSED)
            .withDates(Optional.empty(), Optional.of(LocalDate.of(2019, 8, 31)));

    @Test
    @DisplayName(
        "a school the register lists as Closed on 31-08-2019 was open in 2017/18 and 2018/19, and"
            + " is closed for 2019/20")
    void aSchoolClosedIn2019WasOpenBefore() {
      assertThat(closedIn2019.isOpenIn(AcademicYear.of(2017))).isTrue();
      assertThat(closedIn2019.isOpenIn(AcademicYear.of(2018))).isTrue();
      assertThat(closedIn2019.isOpenIn(AcademicYear.of(2019))).isFalse();
    }

    @Test
    @DisplayName(
        "a school that closes during a year, as a converting school does on 31 December, is open"
            + " for that year; one that opens on its last day, 31 August, is open for it too")
    void aSchoolClosingOrOpeningDuringTheYearIsOpenForIt() {
      School closing =
          MasteryExamples.SCHOOL.withDates(Optional.empty(), Optional.of(LocalDate.of(2018, 12, 31)));
      School opening =
          MasteryExamples.SCHOOL
              .withStatus(EstablishmentStatus.PROPOSED_TO_OPEN)
              .withDates(Optional.of(LocalDate.of(2019, 8, 31)), Optional.empty());
      assertThat(closing.isOpenIn(AcademicYear.of(2018))).isTrue();
      assertThat(closing.isOpenIn(AcademicYear.of(2019))).isFalse();
      assertThat(opening.isOpenIn(AcademicYear.of(2018))).isTrue();
      assertThat(opening.isOpenIn(AcademicYear.of(2017))).isFalse();
    }

    @Test
    @DisplayName(
        "with both dates, a school is open for a year exactly when it closed on or after the year's"
            + " 1 September and opened on or before its 31 August, whatever its status today")
    void bothDatesDecideWhateverTheStatus() {
      qt().forAll(
              schools(),
              datesInProgrammeYears(),
              datesInProgrammeYears(),
              programmeYears())
          .checkAssert(
              (school, opened, closed, year) ->
                  assertThat(school.withDates(Optional.of(opened), Optional.of(closed)).isOpenIn(year))
                      .isEqualTo(
                          !closed.isBefore(year.startDate()) && !opened.isAfter(year.endDate())));
    }

    @Test
    @DisplayName(
        "without dates, a school is open for every year unless its status is Closed or Proposed to"
            + " open, as before the register's dates were read")
    void withoutDatesTheStatusDecides() {
      qt().forAll(schools(), programmeYears())
          .checkAssert(
              (school, year) ->
                  assertThat(school.withDates(Optional.empty(), Optional.empty()).isOpenIn(year))
                      .isEqualTo(
                          school.status() != EstablishmentStatus.CLOSED
                              && school.status() != EstablishmentStatus.PROPOSED_TO_OPEN));
    }

    @Test
    @DisplayName(
        "a school with only a close date is closed exactly for the years that begin after it, and"
            + " a Closed school without one is closed for every year")
    void aCloseDateAloneDecidesTheClosedSide() {
      qt().forAll(schools(), datesInProgrammeYears(), programmeYears())
          .checkAssert(
              (school, closed, year) -> {
                School open = school.withStatus(EstablishmentStatus.CLOSED);
                assertThat(open.withDates(Optional.empty(), Optional.of(closed)).isOpenIn(year))
                    .isEqualTo(!closed.isBefore(year.startDate()));
                assertThat(open.withDates(Optional.empty(), Optional.empty()).isOpenIn(year))
                    .isFalse();
              });
    }
  }
}
