package io.mastery.model.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.journey.JourneyRecord;
import io.mastery.model.specialist.MasterySpecialist;
import io.mastery.model.workgroup.WorkGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

@Label("A hub's enrolment for a year")
class EnrolmentProperties {

  @Group
  @Label("is built")
  class Building {

    @Example
    void cannotBeBuiltWithoutItsYearAndSaysSo() {
      assertThatIllegalStateException()
          .isThrownBy(() -> Enrolment.builder().build())
          .withMessageContaining("academicYear");
    }

    @Example
    void needsNothingButItsYear() {
      Enrolment enrolment = Enrolment.builder().academicYear(AcademicYear.of(2019)).build();
      assertThat(enrolment.hub()).isEmpty();
      assertThat(enrolment.specialists()).isEmpty();
      assertThat(enrolment.history()).isEmpty();
      assertThat(enrolment.workGroups()).isEmpty();
    }

    @Property(tries = 100)
    void holdsAnyWorkGroupsOfItsYearInOrderWhateverARuleWouldSay(
        @ForAll AcademicYear year, @ForAll @Size(max = 5) List<WorkGroup> groups) {
      List<WorkGroup> inYear = groups.stream().map(g -> g.withAcademicYear(year)).toList();
      List<WorkGroup> twice = new ArrayList<>(inYear);
      twice.addAll(inYear);
      Enrolment enrolment = Enrolment.builder().academicYear(year).addAllWorkGroups(twice).build();
      assertThat(enrolment.workGroups()).containsExactlyElementsOf(twice);
    }

    @Property(tries = 200)
    @Label("rejects a Work Group of another year, naming the group and both years")
    void rejectsAWorkGroupOfAnotherYearNamingTheGroupAndBothYears(
        @ForAll AcademicYear year, @ForAll WorkGroup group) {
      if (!group.academicYear().equals(year)) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Enrolment.builder().academicYear(year).addWorkGroup(group).build())
            .withMessage(
                "Work Group %s runs in %s, not in the enrolment's year %s",
                group.id(), group.academicYear(), year);
      }
    }

    @Property(tries = 200)
    void rejectsAWorkGroupOfAnotherYearAddedByCopyToo(
        @ForAll Enrolment enrolment, @ForAll WorkGroup group) {
      if (!group.academicYear().equals(enrolment.academicYear())) {
        List<WorkGroup> groups = new ArrayList<>(enrolment.workGroups());
        groups.add(group);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> enrolment.withWorkGroups(groups))
            .withMessageContaining(group.id().toString())
            .withMessageContaining(group.academicYear().toString());
      }
    }
  }

  @Group
  @Label("is copied with one attribute changed")
  class Copies {

    @Property(tries = 100)
    void withWorkGroupsChangesOnlyTheWorkGroups(
        @ForAll Enrolment enrolment, @ForAll @Size(max = 4) List<WorkGroup> groups) {
      List<WorkGroup> inYear =
          groups.stream().map(g -> g.withAcademicYear(enrolment.academicYear())).toList();
      assertThat(enrolment.withWorkGroups(inYear))
          .isEqualTo(Enrolment.builder().from(enrolment).workGroups(inYear).build());
    }

    @Property(tries = 100)
    void withHistoryChangesOnlyTheHistory(
        @ForAll Enrolment enrolment, @ForAll @Size(max = 5) List<JourneyRecord> history) {
      assertThat(enrolment.withHistory(history))
          .isEqualTo(Enrolment.builder().from(enrolment).history(history).build());
    }

    @Property(tries = 100)
    void withSpecialistsChangesOnlyTheSpecialists(
        @ForAll Enrolment enrolment, @ForAll @Size(max = 5) List<MasterySpecialist> specialists) {
      assertThat(enrolment.withSpecialists(specialists))
          .isEqualTo(Enrolment.builder().from(enrolment).specialists(specialists).build());
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Example
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

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(Enrolment.class, MasteryExamples.ENROLMENT);
      NullRejection.assertRejectsNulls(Enrolment.Builder.class, Enrolment.builder());
    }
  }
}
