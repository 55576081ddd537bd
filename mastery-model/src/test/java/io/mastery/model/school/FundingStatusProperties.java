package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.NullRejection;
import java.util.Arrays;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("A funding status")
class FundingStatusProperties {

  @Property
  void isTheStatusOfAtLeastOneEstablishmentType(@ForAll FundingStatus status) {
    assertThat(Arrays.stream(EstablishmentType.values()).filter(t -> t.fundingStatus() == status))
        .isNotEmpty();
  }

  @Property(tries = 200)
  void ofASchoolIsThatOfItsType(@ForAll School school) {
    assertThat(school.fundingStatus()).isEqualTo(school.type().fundingStatus());
  }

  @Example
  void distinguishesStateFundedIndependentNotASchoolAndOutsideEngland() {
    assertThat(FundingStatus.values())
        .containsExactly(
            FundingStatus.STATE_FUNDED_IN_ENGLAND,
            FundingStatus.INDEPENDENT,
            FundingStatus.NOT_A_SCHOOL,
            FundingStatus.OUTSIDE_ENGLAND);
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(FundingStatus.class, FundingStatus.INDEPENDENT);
  }
}
