package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.enumValues;
import static io.mastery.model.testkit.MasteryGen.schools;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A funding status")
class FundingStatusProperties {

  @Test
  @DisplayName("is the status of at least one establishment type")
  void isTheStatusOfAtLeastOneEstablishmentType() {
    qt().forAll(enumValues(FundingStatus.class))
        .checkAssert(
            status ->
                assertThat(
                        Arrays.stream(EstablishmentType.values())
                            .filter(t -> t.fundingStatus() == status))
                    .isNotEmpty());
  }

  @Test
  @DisplayName("of a school is that of its establishment type")
  void ofASchoolIsThatOfItsType() {
    qt(200)
        .forAll(schools())
        .checkAssert(
            school -> assertThat(school.fundingStatus()).isEqualTo(school.type().fundingStatus()));
  }

  @Test
  @DisplayName("tells state-funded in England, independent, not a school and outside England apart")
  void distinguishesStateFundedIndependentNotASchoolAndOutsideEngland() {
    assertThat(FundingStatus.values())
        .containsExactly(
            FundingStatus.STATE_FUNDED_IN_ENGLAND,
            FundingStatus.INDEPENDENT,
            FundingStatus.NOT_A_SCHOOL,
            FundingStatus.OUTSIDE_ENGLAND);
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(FundingStatus.class, FundingStatus.INDEPENDENT);
  }
}
