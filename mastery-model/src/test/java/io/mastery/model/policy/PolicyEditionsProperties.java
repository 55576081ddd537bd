package io.mastery.model.policy;

import static io.mastery.model.testkit.MasteryGen.anyAcademicYear;
import static io.mastery.model.testkit.MasteryGen.policyEditions;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.calendar.AcademicYear;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.MasteryExamples;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("A set of policy editions")
class PolicyEditionsProperties {

  private static Gen<AcademicYear> anyYear() {
    return anyAcademicYear();
  }

  @Test
  @DisplayName("finds the latest edition in force from the year or before")
  void findsTheLatestEditionInForceFromTheYearOrBefore() {
    qt(300)
        .forAll(policyEditions(), anyYear())
        .checkAssert(
            (editions, year) -> {
              Optional<ProgrammePolicy> expected =
                  editions.editions().stream()
                      .filter(e -> !e.inForceFrom().isAfter(year))
                      .max(Comparator.comparing(ProgrammePolicy::inForceFrom));
              assertThat(editions.find(year)).isEqualTo(expected);
              if (expected.isPresent()) {
                assertThat(editions.forYear(year)).isEqualTo(expected.get());
              } else {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> editions.forYear(year))
                    .withMessage(
                        "no policy edition is in force for "
                            + year
                            + "; the earliest is in force from "
                            + editions.editions().get(0).inForceFrom());
              }
            });
  }

  @Test
  @DisplayName("lists the editions earliest first, whatever the order given")
  void listsTheEditionsEarliestFirstWhateverTheOrderGiven() {
    qt(300)
        .forAll(policyEditions())
        .checkAssert(
            editions -> {
              List<ProgrammePolicy> reversed = new ArrayList<>(editions.editions());
              Collections.reverse(reversed);
              PolicyEditions again = PolicyEditions.of(reversed);
              assertThat(again.editions())
                  .isSortedAccordingTo(Comparator.comparing(ProgrammePolicy::inForceFrom))
                  .containsExactlyElementsOf(editions.editions());
              assertThat(again).isEqualTo(editions).hasSameHashCodeAs(editions);
            });
  }

  @Test
  @DisplayName("rejects two editions in force from the same year, naming both and the year")
  void rejectsTwoEditionsFromTheSameYearNamingBothAndTheYear() {
    qt(300)
        .forAll(policyEditions())
        .checkAssert(
            editions -> {
              ProgrammePolicy first = editions.editions().get(0);
              ProgrammePolicy twin =
                  ProgrammePolicy.builder().from(first).edition(first.edition() + " bis").build();
              List<ProgrammePolicy> all = new ArrayList<>(editions.editions());
              all.add(twin);
              assertThatIllegalArgumentException()
                  .isThrownBy(() -> PolicyEditions.of(all))
                  .withMessageContaining(first.edition())
                  .withMessageContaining(twin.edition())
                  .withMessageEndingWith("are both in force from " + first.inForceFrom());
            });
  }

  @Test
  @DisplayName("needs at least one edition")
  void needsAtLeastOneEdition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PolicyEditions.of(List.of()))
        .withMessage("at least one policy edition is needed");
  }

  @Test
  @DisplayName(
      "the standard editions are 2015/16, 2019/20, 2020/21, 2024/25 and 2025/26, each in force"
          + " from its own year")
  void theStandardEditions() {
    assertThat(PolicyEditions.standard())
        .hasToString(
            "PolicyEditions[2015/16 from 2015/16, 2019/20 from 2019/20, 2020/21 from 2020/21,"
                + " 2024/25 from 2024/25, 2025/26 from 2025/26]");
    assertThat(PolicyEditions.standard().editions())
        .extracting(ProgrammePolicy::edition)
        .containsExactly("2015/16", "2019/20", "2020/21", "2024/25", "2025/26");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("are equal only with the same editions")
  void areEqualOnlyWithTheSameEditions() {
    ProgrammePolicy e2019 = MasteryExamples.EDITION_2019_20;
    ProgrammePolicy e2024 = ProgrammePolicy.forYear(AcademicYear.of(2024));
    List<ProgrammePolicy> all = PolicyEditions.standard().editions();
    new EqualsTester()
        .addEqualityGroup(
            PolicyEditions.standard(),
            PolicyEditions.of(all),
            PolicyEditions.of(com.google.common.collect.Lists.reverse(all)))
        .addEqualityGroup(
            PolicyEditions.of(List.of(e2019, e2024)), PolicyEditions.of(List.of(e2024, e2019)))
        .addEqualityGroup(PolicyEditions.of(List.of(e2019)))
        .addEqualityGroup(PolicyEditions.of(List.of(e2024)))
        .testEquals();
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(PolicyEditions.class, MasteryExamples.STANDARD_EDITIONS);
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("hashes a different list of editions apart")
  void hashesADifferentListOfEditionsApart() {
    PolicyEditions standard = PolicyEditions.standard();
    PolicyEditions one = PolicyEditions.of(List.of(standard.editions().get(0)));
    assertThat(one).isNotEqualTo(standard);
    assertThat(one.hashCode()).isNotEqualTo(standard.hashCode());
  }
}
