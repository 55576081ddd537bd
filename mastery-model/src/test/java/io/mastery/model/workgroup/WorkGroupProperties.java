package io.mastery.model.workgroup;

import static io.mastery.model.testkit.Generators.listsOf;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.Generators.setsOf;
import static io.mastery.model.testkit.MasteryGen.participations;
import static io.mastery.model.testkit.MasteryGen.phases;
import static io.mastery.model.testkit.MasteryGen.programmeYears;
import static io.mastery.model.testkit.MasteryGen.trns;
import static io.mastery.model.testkit.MasteryGen.urns;
import static io.mastery.model.testkit.MasteryGen.workGroups;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.programme.Phase;
import io.mastery.model.programme.Stream;
import io.mastery.model.teacher.Trn;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A Work Group")
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

  @Nested
  @DisplayName("holds what a hub enrolled")
  class AsEnrolled {

    @Test
    @DisplayName(
        "cannot be built without its id, phase, stream, year and lead, and says which is"
            + " missing")
    void cannotBeBuiltWithoutItsIdPhaseStreamYearAndLeadAndSaysWhichIsMissing() {
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
                    assertThat(message).containsPattern("\\b" + attribute + "\\b");
                  } else {
                    assertThat(message).doesNotContainPattern("\\b" + attribute + "\\b");
                  }
                }
              });
    }

    private static Gen<Set<String>> missingAttributes() {
      return setsOf(oneOfValues(REQUIRED), 1, REQUIRED.size());
    }

    @Test
    @DisplayName("lists its schools in order, repeats included")
    void listsItsSchoolsInOrderRepeatsIncluded() {
      qt(200)
          .forAll(workGroups())
          .checkAssert(
              group ->
                  assertThat(group.schools())
                      .containsExactlyElementsOf(
                          group.participations().stream().map(Participation::school).toList()));
    }

    @Test
    @DisplayName(
        "holds any number of schools, even the same one twice, so that the rules can report"
            + " it")
    void holdsAnyNumberOfSchoolsEvenTheSameOneTwiceSoThatRulesCanReportIt() {
      qt(200)
          .forAll(listsOf(participations(), 0, 12), urns())
          .checkAssert(
              (participations, twice) -> {
                List<Participation> withRepeat = new ArrayList<>(participations);
                withRepeat.add(Participation.of(twice, Trn.of("2000001")));
                withRepeat.add(Participation.of(twice, Trn.of("2000002")));
                WorkGroup group = MasteryExamples.WORK_GROUP.withParticipations(withRepeat);
                assertThat(group.participations()).containsExactlyElementsOf(withRepeat);
                assertThat(Collections.frequency(group.schools(), twice))
                    .isGreaterThanOrEqualTo(2);
              });
    }
  }

  @Nested
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is copied with one attribute changed")
  class Copies {

    @Test
    @DisplayName("with another lead changes only the lead")
    void withLeadChangesOnlyTheLead() {
      qt(200)
          .forAll(workGroups(), trns())
          .checkAssert(
              (group, lead) ->
                  assertThat(group.withLead(lead))
                      .isEqualTo(WorkGroup.builder().from(group).lead(lead).build()));
    }

    @Test
    @DisplayName("with another phase changes only the phase")
    void withPhaseChangesOnlyThePhase() {
      qt(200)
          .forAll(workGroups(), phases())
          .checkAssert(
              (group, phase) ->
                  assertThat(group.withPhase(phase))
                      .isEqualTo(WorkGroup.builder().from(group).phase(phase).build()));
    }

    @Test
    @DisplayName("with another year changes only the year")
    void withAcademicYearChangesOnlyTheYear() {
      qt(200)
          .forAll(workGroups(), programmeYears())
          .checkAssert(
              (group, year) ->
                  assertThat(group.withAcademicYear(year))
                      .isEqualTo(WorkGroup.builder().from(group).academicYear(year).build()));
    }

    @Test
    @DisplayName("with other participations changes only the participations")
    void withParticipationsChangesOnlyTheParticipations() {
      qt(200)
          .forAll(workGroups(), listsOf(participations(), 0, 8))
          .checkAssert(
              (group, participations) -> {
                WorkGroup copy = group.withParticipations(participations);
                assertThat(copy.participations()).containsExactlyElementsOf(participations);
                assertThat(copy)
                    .isEqualTo(
                        WorkGroup.builder().from(group).participations(participations).build());
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

    @Test
    @Tag(Area.TAG_MECHANICS)
    @DisplayName("rejects nulls, naming the parameter")
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(WorkGroup.class, MasteryExamples.WORK_GROUP);
      NullRejection.assertRejectsNulls(WorkGroup.Builder.class, WorkGroup.builder());
    }
  }
}
