package io.mastery.model.school;

import static io.mastery.model.testkit.Generators.anyStrings;
import static io.mastery.model.testkit.Generators.enumValues;
import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("An establishment type group")
class EstablishmentTypeGroupProperties {

  private static Gen<EstablishmentTypeGroup> groups() {
    return enumValues(EstablishmentTypeGroup.class);
  }

  @Test
  @DisplayName(
      "group 4 is found by its current name and by its former name \"LA maintained"
          + " schools\"")
  void group4IsFoundByItsCurrentAndFormerName() {
    assertThat(EstablishmentTypeGroup.fromName("LA maintained schools"))
        .contains(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
    assertThat(EstablishmentTypeGroup.fromName("Local authority maintained schools"))
        .contains(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS);
    assertThat(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS.code()).isEqualTo(4);
    assertThat(EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS.names())
        .containsExactly("Local authority maintained schools", "LA maintained schools");
  }

  @Test
  @DisplayName("has the register's ten group codes")
  void hasTheRegistersTenGroupCodes() {
    assertThat(Arrays.stream(EstablishmentTypeGroup.values()).map(EstablishmentTypeGroup::code))
        .containsExactly(1, 2, 3, 4, 5, 6, 9, 10, 11, 13);
  }

  @Test
  @DisplayName("is found by its code")
  void isFoundByItsCode() {
    qt().forAll(groups())
        .checkAssert(
            group -> assertThat(EstablishmentTypeGroup.ofCode(group.code())).isSameAs(group));
  }

  @Test
  @DisplayName("is found by every one of its names, ignoring case and surrounding space")
  void isFoundByEveryOneOfItsNamesIgnoringCaseAndSurroundingSpace() {
    qt().forAll(groups())
        .checkAssert(
            group -> {
              assertThat(group.names()).first().isEqualTo(group.registerName());
              for (String name : group.names()) {
                assertThat(EstablishmentTypeGroup.fromName(name)).contains(group);
                assertThat(
                        EstablishmentTypeGroup.fromName(
                            " " + name.toUpperCase(Locale.ROOT) + " "))
                    .contains(group);
              }
            });
  }

  @Test
  @DisplayName("finds nothing for a name no group has")
  void findsNothingForANameNoGroupHas() {
    qt().forAll(anyStrings())
        .checkAssert(
            name -> {
              boolean known =
                  Arrays.stream(EstablishmentTypeGroup.values())
                      .flatMap(g -> g.names().stream())
                      .anyMatch(n -> n.equalsIgnoreCase(name.trim()));
              assertThat(EstablishmentTypeGroup.fromName(name).isPresent()).isEqualTo(known);
            });
  }

  @Test
  @DisplayName("refuses an unknown code, quoting it")
  void rejectsAnUnknownCodeQuotingIt() {
    qt().forAll(ints())
        .checkAssert(
            code -> {
              if (Arrays.stream(EstablishmentTypeGroup.values()).noneMatch(g -> g.code() == code)) {
                assertThatIllegalArgumentException()
                    .isThrownBy(() -> EstablishmentTypeGroup.ofCode(code))
                    .withMessage("establishment type group code is not known: " + code);
              }
            });
  }

  @Test
  @DisplayName("holds at least one type of the register")
  void holdsAtLeastOneTypeOfTheRegister() {
    qt().forAll(groups())
        .checkAssert(
            group ->
                assertThat(
                        Arrays.stream(EstablishmentType.values()).filter(t -> t.group() == group))
                    .isNotEmpty());
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(
        EstablishmentTypeGroup.class, EstablishmentTypeGroup.ACADEMIES);
  }
}
