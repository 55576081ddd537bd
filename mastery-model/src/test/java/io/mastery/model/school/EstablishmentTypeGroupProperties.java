package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

@Label("An establishment type group")
class EstablishmentTypeGroupProperties {

  @Example
  @Label("group 4 is found by its current name and by its former name \"LA maintained schools\"")
  void group4IsFoundByItsCurrentAndFormerName() {
    assertThat(EstablishmentTypeGroup.fromName("LA maintained schools"))
        .contains(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
    assertThat(EstablishmentTypeGroup.fromName("Local authority maintained schools"))
        .contains(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
    assertThat(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS.code()).isEqualTo(4);
    assertThat(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS.names())
        .containsExactly("Local authority maintained schools", "LA maintained schools");
  }

  @Example
  void hasTheRegistersTenGroupCodes() {
    assertThat(Arrays.stream(EstablishmentTypeGroup.values()).map(EstablishmentTypeGroup::code))
        .containsExactly(1, 2, 3, 4, 5, 6, 9, 10, 11, 13);
  }

  @Property
  void isFoundByItsCode(@ForAll EstablishmentTypeGroup group) {
    assertThat(EstablishmentTypeGroup.ofCode(group.code())).isSameAs(group);
  }

  @Property
  void isFoundByEveryOneOfItsNamesIgnoringCaseAndSurroundingSpace(
      @ForAll EstablishmentTypeGroup group) {
    assertThat(group.names()).first().isEqualTo(group.registerName());
    for (String name : group.names()) {
      assertThat(EstablishmentTypeGroup.fromName(name)).contains(group);
      assertThat(EstablishmentTypeGroup.fromName(" " + name.toUpperCase(Locale.ROOT) + " "))
          .contains(group);
    }
  }

  @Property
  void findsNothingForANameNoGroupHas(@ForAll String name) {
    boolean known =
        Arrays.stream(EstablishmentTypeGroup.values())
            .flatMap(g -> g.names().stream())
            .anyMatch(n -> n.equalsIgnoreCase(name.trim()));
    assertThat(EstablishmentTypeGroup.fromName(name).isPresent()).isEqualTo(known);
  }

  @Property
  void rejectsAnUnknownCodeQuotingIt(@ForAll int code) {
    if (Arrays.stream(EstablishmentTypeGroup.values()).noneMatch(g -> g.code() == code)) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> EstablishmentTypeGroup.ofCode(code))
          .withMessage("establishment type group code is not known: " + code);
    }
  }

  @Property
  void holdsAtLeastOneTypeOfTheRegister(@ForAll EstablishmentTypeGroup group) {
    assertThat(Arrays.stream(EstablishmentType.values()).filter(t -> t.group() == group))
        .isNotEmpty();
  }

  @Example
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(
        EstablishmentTypeGroup.class, EstablishmentTypeGroup.ACADEMIES);
  }
}
