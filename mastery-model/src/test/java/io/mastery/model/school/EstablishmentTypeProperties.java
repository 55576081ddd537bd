package io.mastery.model.school;

import static io.mastery.model.school.FundingStatus.INDEPENDENT;
import static io.mastery.model.school.FundingStatus.NOT_A_SCHOOL;
import static io.mastery.model.school.FundingStatus.OUTSIDE_ENGLAND;
import static io.mastery.model.school.FundingStatus.STATE_FUNDED_IN_ENGLAND;
import static io.mastery.model.testkit.Generators.ints;
import static io.mastery.model.testkit.Generators.oneOfValues;
import static io.mastery.model.testkit.MasteryGen.establishmentTypes;
import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every establishment type of the register's April 2025 list ({@code
 * establishment-types-20250422.csv}, one row per type code), with the funding status the programme
 * reads into it (docs/programme.md).
 */
@DisplayName("An establishment type")
class EstablishmentTypeProperties {

  private static final FundingStatus STATE = STATE_FUNDED_IN_ENGLAND;
  private static final FundingStatus OUTSIDE = OUTSIDE_ENGLAND;

  /** The register's types: group code, group name, type code, type name, funding status. */
  static final List<Row> REGISTER =
      List.of(
          row(1, "Colleges", 18, "Further education", STATE),
          row(1, "Colleges", 31, "Sixth form centres", STATE),
          row(2, "Universities", 29, "Higher education institutions", NOT_A_SCHOOL),
          row(3, "Independent schools", 6, "City technology college", STATE),
          row(3, "Independent schools", 11, "Other independent school", INDEPENDENT),
          row(4, "Local authority maintained schools", 1, "Community school", STATE),
          row(4, "Local authority maintained schools", 2, "Voluntary aided school", STATE),
          row(4, "Local authority maintained schools", 3, "Voluntary controlled school", STATE),
          row(4, "Local authority maintained schools", 5, "Foundation school", STATE),
          row(4, "Local authority maintained schools", 14, "Pupil referral unit", STATE),
          row(4, "Local authority maintained schools", 15, "Local authority nursery school", STATE),
          row(5, "Special schools", 7, "Community special school", STATE),
          row(5, "Special schools", 8, "Non-maintained special school", INDEPENDENT),
          row(5, "Special schools", 10, "Other independent special school", INDEPENDENT),
          row(5, "Special schools", 12, "Foundation special school", STATE),
          row(6, "Welsh schools", 30, "Welsh establishment", OUTSIDE),
          row(9, "Other types", 24, "Secure units", NOT_A_SCHOOL),
          row(9, "Other types", 25, "Offshore schools", OUTSIDE),
          row(9, "Other types", 26, "Service children's education", OUTSIDE),
          row(9, "Other types", 27, "Miscellaneous", NOT_A_SCHOOL),
          row(9, "Other types", 32, "Special post 16 institution", NOT_A_SCHOOL),
          row(9, "Other types", 37, "British schools overseas", OUTSIDE),
          row(
              9,
              "Other types",
              56,
              "Institution funded by other government department",
              NOT_A_SCHOOL),
          row(10, "Academies", 28, "Academy sponsor led", STATE),
          row(10, "Academies", 33, "Academy special sponsor led", STATE),
          row(10, "Academies", 34, "Academy converter", STATE),
          row(10, "Academies", 42, "Academy alternative provision converter", STATE),
          row(10, "Academies", 43, "Academy alternative provision sponsor led", STATE),
          row(10, "Academies", 44, "Academy special converter", STATE),
          row(10, "Academies", 45, "Academy 16-19 converter", STATE),
          row(10, "Academies", 46, "Academy 16 to 19 sponsor led", STATE),
          row(10, "Academies", 57, "Academy secure 16 to 19", STATE),
          row(11, "Free Schools", 35, "Free schools", STATE),
          row(11, "Free Schools", 36, "Free schools special", STATE),
          row(11, "Free Schools", 38, "Free schools alternative provision", STATE),
          row(11, "Free Schools", 39, "Free schools 16 to 19", STATE),
          row(11, "Free Schools", 40, "University technical college", STATE),
          row(11, "Free Schools", 41, "Studio schools", STATE),
          row(13, "Online provider", 49, "Online provider", NOT_A_SCHOOL));

  record Row(
      int groupCode, String groupName, int typeCode, String typeName, FundingStatus status) {}

  private static Row row(
      int groupCode, String groupName, int typeCode, String typeName, FundingStatus status) {
    return new Row(groupCode, groupName, typeCode, typeName, status);
  }

  private static Gen<Row> registerRows() {
    return oneOfValues(REGISTER);
  }

  private static Set<Integer> codes(int... codes) {
    return Arrays.stream(codes).boxed().collect(Collectors.toSet());
  }

  @Nested
  @DisplayName("as the register lists it")
  class AsTheRegisterListsIt {

    @Test
    @DisplayName("every register code maps to a type of the right group and name")
    void everyRegisterCodeMapsToATypeOfTheRightGroupAndName() {
      qt().forAll(registerRows())
          .checkAssert(
              row -> {
                EstablishmentType type = EstablishmentType.ofCode(row.typeCode());
                assertThat(type.code()).isEqualTo(row.typeCode());
                assertThat(type.registerName()).isEqualTo(row.typeName());
                assertThat(type.group().code()).isEqualTo(row.groupCode());
                assertThat(type.group()).isEqualTo(EstablishmentTypeGroup.ofCode(row.groupCode()));
                assertThat(EstablishmentTypeGroup.fromName(row.groupName())).contains(type.group());
              });
    }

    @Test
    @DisplayName("covers exactly the register's codes")
    void coversExactlyTheRegistersCodes() {
      assertThat(Arrays.stream(EstablishmentType.values()).map(EstablishmentType::code))
          .containsExactlyInAnyOrderElementsOf(REGISTER.stream().map(Row::typeCode).toList());
    }

    @Test
    @DisplayName("refuses every other code, quoting it")
    void rejectsEveryOtherCodeQuotingIt() {
      qt().forAll(ints())
          .checkAssert(
              code -> {
                if (REGISTER.stream().noneMatch(r -> r.typeCode() == code)) {
                  assertThatIllegalArgumentException()
                      .isThrownBy(() -> EstablishmentType.ofCode(code))
                      .withMessage("establishment type code is not known: " + code);
                }
              });
    }

    @Test
    @DisplayName("is found again by its code")
    void isFoundAgainByItsCode() {
      qt().forAll(establishmentTypes())
          .checkAssert(type -> assertThat(EstablishmentType.ofCode(type.code())).isSameAs(type));
    }
  }

  @Nested
  @DisplayName("is state-funded in England or not, as the programme reads it")
  class Funding {

    @Test
    @DisplayName("has the funding status of the table")
    void hasTheFundingStatusOfTheTable() {
      qt().forAll(registerRows())
          .checkAssert(
              row ->
                  assertThat(EstablishmentType.ofCode(row.typeCode()).fundingStatus())
                      .isEqualTo(row.status()));
    }

    @Test
    @DisplayName("state-funded: groups 4, 10 and 11, types 7, 12 and 6, and colleges (group 1)")
    void isStateFundedExactlyInGroups4_10_11_AndTypes7_12_6AndColleges() {
      qt().forAll(establishmentTypes())
          .checkAssert(
              type -> {
                boolean stateFunded =
                    codes(1, 4, 10, 11).contains(type.group().code())
                        || codes(6, 7, 12).contains(type.code());
                assertThat(type.fundingStatus() == STATE_FUNDED_IN_ENGLAND).isEqualTo(stateFunded);
              });
    }

    @Test
    @DisplayName("independent: types 11, 8 and 10")
    void isIndependentExactlyForTypes11_8_10() {
      qt().forAll(establishmentTypes())
          .checkAssert(
              type ->
                  assertThat(type.fundingStatus() == INDEPENDENT)
                      .isEqualTo(codes(8, 10, 11).contains(type.code())));
    }

    @Test
    @DisplayName("Welsh schools (group 6) are outside England")
    void welshEstablishmentsAreOutsideEngland() {
      qt().forAll(establishmentTypes())
          .checkAssert(
              type -> {
                if (type.group() == EstablishmentTypeGroup.WELSH_SCHOOLS) {
                  assertThat(type.fundingStatus()).isEqualTo(OUTSIDE_ENGLAND);
                }
              });
    }

    @Test
    @DisplayName(
        "other types (group 9), online providers (13) and universities (2) are not"
            + " state-funded")
    void otherTypesOnlineProvidersAndUniversitiesAreNotStateFunded() {
      qt().forAll(establishmentTypes())
          .checkAssert(
              type -> {
                if (codes(2, 9, 13).contains(type.group().code())) {
                  assertThat(type.fundingStatus()).isIn(NOT_A_SCHOOL, OUTSIDE_ENGLAND);
                }
              });
    }

    @Test
    @DisplayName("city technology colleges are state-funded, though filed as independent schools")
    void cityTechnologyCollegesAreStateFundedThoughFiledAsIndependent() {
      EstablishmentType ctc = EstablishmentType.ofCode(6);
      assertThat(ctc).isEqualTo(EstablishmentType.CITY_TECHNOLOGY_COLLEGE);
      assertThat(ctc.group()).isEqualTo(EstablishmentTypeGroup.INDEPENDENT_SCHOOLS);
      assertThat(ctc.fundingStatus()).isEqualTo(STATE_FUNDED_IN_ENGLAND);
    }

    @Test
    @DisplayName(
        "non-maintained special schools are not state-funded, community and foundation special"
            + " schools are")
    void nonMaintainedSpecialSchoolsAreNotStateFunded() {
      assertThat(EstablishmentType.NON_MAINTAINED_SPECIAL_SCHOOL.fundingStatus())
          .isEqualTo(INDEPENDENT);
      assertThat(EstablishmentType.COMMUNITY_SPECIAL_SCHOOL.fundingStatus()).isEqualTo(STATE);
      assertThat(EstablishmentType.FOUNDATION_SPECIAL_SCHOOL.fundingStatus()).isEqualTo(STATE);
    }
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("rejects nulls, naming the parameter")
  void rejectsNullsNamingTheParameter() {
    NullRejection.assertRejectsNulls(EstablishmentType.class, EstablishmentType.ACADEMY_CONVERTER);
  }
}
