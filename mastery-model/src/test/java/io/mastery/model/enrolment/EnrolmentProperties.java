package io.mastery.model.enrolment;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.MasteryGen.enrolments;
import static io.mastery.model.testkit.MasteryGen.journeyRecords;
import static io.mastery.model.testkit.MasteryGen.masterySpecialists;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.workGroups;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.workgroup.WorkGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A hub's enrolment for a year")
class EnrolmentProperties {

  @Nested
  @DisplayName("is built")
  class Building {

    @Test
    @DisplayName("cannot be built without its year, and says so")
    void cannotBeBuiltWithoutItsYearAndSaysSo() {
      assertThatIllegalStateException()
          .isThrownBy(() -> Enrolment.builder().build())
          .withMessageContaining("academicYear");
    }

    @Test
    @DisplayName("needs nothing but its year: no hub, specialists, history or Work Groups")
    void needsNothingButItsYear() {
      Enrolment enrolment = Enrolment.builder().academicYear(AcademicYear.of(2019)).build();
      assertThat(enrolment.hub()).isEmpty();
      assertThat(enrolment.specialists()).isEmpty();
      assertThat(enrolment.history()).isEmpty();
      assertThat(enrolment.workGroups()).isEmpty();
    }

    @Test
    @DisplayName("holds any Work Groups of its year in order, whatever a rule would say of them")
    void holdsAnyWorkGroupsOfItsYearInOrderWhateverARuleWouldSay() {
      qt(100)
          .forAll(programmeYears(), listsOf(workGroups(), 0, 5))
          .checkAssert(
              (year, groups) -> {
                List<WorkGroup> inYear =
                    groups.stream().map(g -> g.withAcademicYear(year)).toList();
                List<WorkGroup> twice = new ArrayList<>(inYear);
                twice.addAll(inYear);
                Enrolment enrolment =
                    Enrolment.builder().academicYear(year).addAllWorkGroups(twice).build();
                assertThat(enrolment.workGroups()).containsExactlyElementsOf(twice);
              });
    }

    @Test
    @DisplayName("rejects a Work Group of another year, naming the group and both years")
    void rejectsAWorkGroupOfAnotherYearNamingTheGroupAndBothYears() {
      qt(200)
          .forAll(programmeYears(), workGroups())
          .checkAssert(
              (year, group) -> {
                if (!group.academicYear().equals(year)) {
                  assertThatIllegalArgumentException()
                      .isThrownBy(
                          () -> Enrolment.builder().academicYear(year).addWorkGroup(group).build())
                      .withMessage(
                          "Work Group %s runs in %s, not in the enrolment's year %s",
                          group.id(), group.academicYear(), year);
                }
              });
    }

    @Test
    @DisplayName("rejects a Work Group of another year added to a copy too")
    void rejectsAWorkGroupOfAnotherYearAddedByCopyToo() {
      qt(200)
          .forAll(enrolments(), workGroups())
          .checkAssert(
              (enrolment, group) -> {
                if (!group.academicYear().equals(enrolment.academicYear())) {
                  List<WorkGroup> groups = new ArrayList<>(enrolment.workGroups());
                  groups.add(group);
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> enrolment.withWorkGroups(groups))
                      .withMessageContaining(group.id().toString())
                      .withMessageContaining(group.academicYear().toString());
                }
              });
    }
  }

  @Nested
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is copied with one attribute changed")
  class Copies {

    @Test
    @DisplayName("with other Work Groups changes only the Work Groups")
    void withWorkGroupsChangesOnlyTheWorkGroups() {
      qt(100)
          .forAll(enrolments(), listsOf(workGroups(), 0, 4))
          .checkAssert(
              (enrolment, groups) -> {
                List<WorkGroup> inYear =
                    groups.stream().map(g -> g.withAcademicYear(enrolment.academicYear())).toList();
                assertThat(enrolment.withWorkGroups(inYear))
                    .isEqualTo(Enrolment.builder().from(enrolment).workGroups(inYear).build());
              });
    }

    @Test
    @DisplayName("with another history changes only the history")
    void withHistoryChangesOnlyTheHistory() {
      qt(100)
          .forAll(enrolments(), listsOf(journeyRecords(), 0, 5))
          .checkAssert(
              (enrolment, history) ->
                  assertThat(enrolment.withHistory(history))
                      .isEqualTo(Enrolment.builder().from(enrolment).history(history).build()));
    }

    @Test
    @DisplayName("with other specialists changes only the specialists")
    void withSpecialistsChangesOnlyTheSpecialists() {
      qt(100)
          .forAll(enrolments(), listsOf(masterySpecialists(), 0, 5))
          .checkAssert(
              (enrolment, specialists) ->
                  assertThat(enrolment.withSpecialists(specialists))
                      .isEqualTo(
                          Enrolment.builder().from(enrolment).specialists(specialists).build()));
    }
  }

  @Nested
  @DisplayName("as a value")
  class AsAValue {

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("is equal only with every attribute equal")
    void isEqualOnlyWithEveryAttributeEqual() {
      Enrolment enrolment = MasteryExamples.ENROLMENT;
      new EqualsTester()
          .addEqualityGroup(enrolment, Enrolment.builder().from(enrolment).build())
          .addEqualityGroup(enrolment.withWorkGroups(List.of()))
          .addEqualityGroup(enrolment.withHistory(List.of()))
          .addEqualityGroup(enrolment.withSpecialists(List.of()))
          .addEqualityGroup(Enrolment.builder().from(enrolment).hub(Optional.empty()).build())
          .addEqualityGroup(Enrolment.builder().academicYear(AcademicYear.of(2020)).build())
          .testEquals();
    }

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Enrolment.class, MasteryExamples.ENROLMENT);
      NullRejection.assertRejectsNulls(Enrolment.Builder.class, Enrolment.builder());
    }
  }

  @Test
  @DisplayName(
      "names the hub's Mastery Readiness Leads by TRN, in the order given, and none when the file"
          + " names none")
  void namesItsReadinessLeads() {
    qt().forAll(enrolments(), listsOf(io.mastery.model.testkit.MasteryGen.trns(), 0, 4))
        .checkAssert(
            (enrolment, leads) -> {
              assertThat(Enrolment.builder().from(enrolment).readinessLeads(List.of()).build().readinessLeads())
                  .isEmpty();
              assertThat(Enrolment.builder().from(enrolment).readinessLeads(leads).build().readinessLeads())
                  .containsExactlyElementsOf(leads);
            });
  }
}
