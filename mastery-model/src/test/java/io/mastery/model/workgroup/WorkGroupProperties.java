package io.mastery.model.workgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

@Label("A Work Group")
class WorkGroupProperties {

  private static final List<String> REQUIRED =
      List.of("id", "phase", "stream", "academicYear", "lead");

  private static WorkGroup.Builder builderWithout(Set<String> missing) {
    WorkGroup example = MasteryExamples.WORK_GROUP;
    WorkGroup.Builder builder = WorkGroup.builder();
    if (!missing.contains("id")) {
      builder.id(example.id());
    }
    if (!missing.contains("phase")) {
      builder.phase(example.phase());
    }
    if (!missing.contains("stream")) {
      builder.stream(example.stream());
    }
    if (!missing.contains("academicYear")) {
      builder.academicYear(example.academicYear());
    }
    if (!missing.contains("lead")) {
      builder.lead(example.lead());
    }
    return builder;
  }

  @Group
  @Label("holds what a hub enrolled")
  class AsEnrolled {

    @Property(tries = 100)
    void cannotBeBuiltWithoutItsIdPhaseStreamYearAndLeadAndSaysWhichIsMissing(
        @ForAll("missingAttributes") Set<String> missing) {
      String message =
          assertThatIllegalStateException()
              .isThrownBy(() -> builderWithout(missing).build())
              .actual()
              .getMessage();
      for (String attribute : REQUIRED) {
        if (missing.contains(attribute)) {
          assertThat(message).containsPattern("\\b" + attribute + "\\b");
        } else {
          assertThat(message).doesNotContainPattern("\\b" + attribute + "\\b");
        }
      }
    }

    @Provide
    Arbitrary<Set<String>> missingAttributes() {
      return Arbitraries.of(REQUIRED).set().ofMinSize(1);
    }

    @Property(tries = 200)
    void listsItsSchoolsInOrderRepeatsIncluded(@ForAll WorkGroup group) {
      assertThat(group.schools())
          .containsExactlyElementsOf(
              group.participations().stream().map(Participation::school).toList());
    }

    @Property(tries = 200)
    void holdsAnyNumberOfSchoolsEvenTheSameOneTwiceSoThatRulesCanReportIt(
        @ForAll @Size(max = 12) List<Participation> participations, @ForAll Urn twice) {
      List<Participation> withRepeat = new ArrayList<>(participations);
      withRepeat.add(Participation.of(twice, Trn.of("2000001")));
      withRepeat.add(Participation.of(twice, Trn.of("2000002")));
      WorkGroup group = MasteryExamples.WORK_GROUP.withParticipations(withRepeat);
      assertThat(group.participations()).containsExactlyElementsOf(withRepeat);
      assertThat(Collections.frequency(group.schools(), twice)).isGreaterThanOrEqualTo(2);
    }
  }

  @Group
  @Label("is copied with one attribute changed")
  class Copies {

    @Property(tries = 200)
    void withLeadChangesOnlyTheLead(@ForAll WorkGroup group, @ForAll Trn lead) {
      assertThat(group.withLead(lead))
          .isEqualTo(WorkGroup.builder().from(group).lead(lead).build());
    }

    @Property(tries = 200)
    void withPhaseChangesOnlyThePhase(@ForAll WorkGroup group, @ForAll Phase phase) {
      assertThat(group.withPhase(phase))
          .isEqualTo(WorkGroup.builder().from(group).phase(phase).build());
    }

    @Property(tries = 200)
    void withAcademicYearChangesOnlyTheYear(@ForAll WorkGroup group, @ForAll AcademicYear year) {
      assertThat(group.withAcademicYear(year))
          .isEqualTo(WorkGroup.builder().from(group).academicYear(year).build());
    }

    @Property(tries = 200)
    void withParticipationsChangesOnlyTheParticipations(
        @ForAll WorkGroup group, @ForAll @Size(max = 8) List<Participation> participations) {
      WorkGroup copy = group.withParticipations(participations);
      assertThat(copy.participations()).containsExactlyElementsOf(participations);
      assertThat(copy)
          .isEqualTo(WorkGroup.builder().from(group).participations(participations).build());
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Example
    void isEqualOnlyWithEveryAttributeEqual() {
      WorkGroup group = MasteryExamples.WORK_GROUP;
      new EqualsTester()
          .addEqualityGroup(group, WorkGroup.builder().from(group).build())
          .addEqualityGroup(group.withLead(Trn.of("1000002")))
          .addEqualityGroup(group.withPhase(Phase.EMBEDDING))
          .addEqualityGroup(group.withAcademicYear(AcademicYear.of(2020)))
          .addEqualityGroup(group.withParticipations(List.of()))
          .addEqualityGroup(WorkGroup.builder().from(group).stream(Stream.SECONDARY).build())
          .addEqualityGroup(WorkGroup.builder().from(group).id(WorkGroupId.of("WG-02")).build())
          .testEquals();
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(WorkGroup.class, MasteryExamples.WORK_GROUP);
      NullRejection.assertRejectsNulls(WorkGroup.Builder.class, WorkGroup.builder());
    }
  }
}
