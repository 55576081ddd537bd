package io.mastery.model.school;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;

/**
 * A type of establishment in the DfE register (GIAS), with its group and its funding status.
 *
 * <p>Covers every type code of the April 2025 register. The funding status follows the
 * programme's reading of "state-funded schools in England": local authority maintained schools,
 * academies, free schools, community and foundation special schools, and city technology colleges
 * (filed by GIAS under independent schools, but state-funded) are state-funded; other independent
 * schools, other independent special schools and non-maintained special schools are not; Welsh
 * establishments, offshore schools, service children's education and British schools overseas are
 * outside England; universities, online providers and the remaining other types are not schools.
 * Colleges are state-funded, though only the FE stream takes them.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EstablishmentType {
  /** Type 1: Community school. */
  COMMUNITY_SCHOOL(
      1,
      "Community school",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 2: Voluntary aided school. */
  VOLUNTARY_AIDED_SCHOOL(
      2,
      "Voluntary aided school",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 3: Voluntary controlled school. */
  VOLUNTARY_CONTROLLED_SCHOOL(
      3,
      "Voluntary controlled school",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 5: Foundation school. */
  FOUNDATION_SCHOOL(
      5,
      "Foundation school",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 6: City technology college. */
  CITY_TECHNOLOGY_COLLEGE(
      6,
      "City technology college",
      EstablishmentTypeGroup.INDEPENDENT_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 7: Community special school. */
  COMMUNITY_SPECIAL_SCHOOL(
      7,
      "Community special school",
      EstablishmentTypeGroup.SPECIAL_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 8: Non-maintained special school. */
  NON_MAINTAINED_SPECIAL_SCHOOL(
      8,
      "Non-maintained special school",
      EstablishmentTypeGroup.SPECIAL_SCHOOLS,
      FundingStatus.INDEPENDENT),
  /** Type 10: Other independent special school. */
  OTHER_INDEPENDENT_SPECIAL_SCHOOL(
      10,
      "Other independent special school",
      EstablishmentTypeGroup.SPECIAL_SCHOOLS,
      FundingStatus.INDEPENDENT),
  /** Type 11: Other independent school. */
  OTHER_INDEPENDENT_SCHOOL(
      11,
      "Other independent school",
      EstablishmentTypeGroup.INDEPENDENT_SCHOOLS,
      FundingStatus.INDEPENDENT),
  /** Type 12: Foundation special school. */
  FOUNDATION_SPECIAL_SCHOOL(
      12,
      "Foundation special school",
      EstablishmentTypeGroup.SPECIAL_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 14: Pupil referral unit. */
  PUPIL_REFERRAL_UNIT(
      14,
      "Pupil referral unit",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 15: Local authority nursery school. */
  LOCAL_AUTHORITY_NURSERY_SCHOOL(
      15,
      "Local authority nursery school",
      EstablishmentTypeGroup.LOCAL_AUTHORITY_MAINTAINED_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 18: Further education. */
  FURTHER_EDUCATION(
      18,
      "Further education",
      EstablishmentTypeGroup.COLLEGES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 24: Secure units. */
  SECURE_UNITS(
      24,
      "Secure units",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 25: Offshore schools. */
  OFFSHORE_SCHOOLS(
      25,
      "Offshore schools",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.OUTSIDE_ENGLAND),
  /** Type 26: Service children's education. */
  SERVICE_CHILDRENS_EDUCATION(
      26,
      "Service children's education",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.OUTSIDE_ENGLAND),
  /** Type 27: Miscellaneous. */
  MISCELLANEOUS(
      27,
      "Miscellaneous",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 28: Academy sponsor led. */
  ACADEMY_SPONSOR_LED(
      28,
      "Academy sponsor led",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 29: Higher education institutions. */
  HIGHER_EDUCATION_INSTITUTIONS(
      29,
      "Higher education institutions",
      EstablishmentTypeGroup.UNIVERSITIES,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 30: Welsh establishment. */
  WELSH_ESTABLISHMENT(
      30,
      "Welsh establishment",
      EstablishmentTypeGroup.WELSH_SCHOOLS,
      FundingStatus.OUTSIDE_ENGLAND),
  /** Type 31: Sixth form centres. */
  SIXTH_FORM_CENTRES(
      31,
      "Sixth form centres",
      EstablishmentTypeGroup.COLLEGES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 32: Special post 16 institution. */
  SPECIAL_POST_16_INSTITUTION(
      32,
      "Special post 16 institution",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 33: Academy special sponsor led. */
  ACADEMY_SPECIAL_SPONSOR_LED(
      33,
      "Academy special sponsor led",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 34: Academy converter. */
  ACADEMY_CONVERTER(
      34,
      "Academy converter",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 35: Free schools. */
  FREE_SCHOOLS(
      35,
      "Free schools",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 36: Free schools special. */
  FREE_SCHOOLS_SPECIAL(
      36,
      "Free schools special",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 37: British schools overseas. */
  BRITISH_SCHOOLS_OVERSEAS(
      37,
      "British schools overseas",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.OUTSIDE_ENGLAND),
  /** Type 38: Free schools alternative provision. */
  FREE_SCHOOLS_ALTERNATIVE_PROVISION(
      38,
      "Free schools alternative provision",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 39: Free schools 16 to 19. */
  FREE_SCHOOLS_16_TO_19(
      39,
      "Free schools 16 to 19",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 40: University technical college. */
  UNIVERSITY_TECHNICAL_COLLEGE(
      40,
      "University technical college",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 41: Studio schools. */
  STUDIO_SCHOOLS(
      41,
      "Studio schools",
      EstablishmentTypeGroup.FREE_SCHOOLS,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 42: Academy alternative provision converter. */
  ACADEMY_ALTERNATIVE_PROVISION_CONVERTER(
      42,
      "Academy alternative provision converter",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 43: Academy alternative provision sponsor led. */
  ACADEMY_ALTERNATIVE_PROVISION_SPONSOR_LED(
      43,
      "Academy alternative provision sponsor led",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 44: Academy special converter. */
  ACADEMY_SPECIAL_CONVERTER(
      44,
      "Academy special converter",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 45: Academy 16-19 converter. */
  ACADEMY_16_19_CONVERTER(
      45,
      "Academy 16-19 converter",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 46: Academy 16 to 19 sponsor led. */
  ACADEMY_16_TO_19_SPONSOR_LED(
      46,
      "Academy 16 to 19 sponsor led",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND),
  /** Type 49: Online provider. */
  ONLINE_PROVIDER(
      49,
      "Online provider",
      EstablishmentTypeGroup.ONLINE_PROVIDER,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 56: Institution funded by other government department. */
  INSTITUTION_FUNDED_BY_OTHER_GOVERNMENT_DEPARTMENT(
      56,
      "Institution funded by other government department",
      EstablishmentTypeGroup.OTHER_TYPES,
      FundingStatus.NOT_A_SCHOOL),
  /** Type 57: Academy secure 16 to 19. */
  ACADEMY_SECURE_16_TO_19(
      57,
      "Academy secure 16 to 19",
      EstablishmentTypeGroup.ACADEMIES,
      FundingStatus.STATE_FUNDED_IN_ENGLAND);

  private static final ImmutableMap<Integer, EstablishmentType> BY_CODE =
      Maps.uniqueIndex(Arrays.asList(values()), EstablishmentType::code);

  private final int code;
  private final String registerName;
  private final EstablishmentTypeGroup group;
  private final FundingStatus fundingStatus;

  EstablishmentType(
      int code, String registerName, EstablishmentTypeGroup group, FundingStatus fundingStatus) {
    this.code = code;
    this.registerName = registerName;
    this.group = group;
    this.fundingStatus = fundingStatus;
  }

  /**
   * Obtains the type with the given register code.
   *
   * @param code the GIAS {@code TypeOfEstablishment (code)}
   * @return the type, not null
   * @throws IllegalArgumentException if no type has that code
   */
  public static EstablishmentType ofCode(int code) {
    EstablishmentType type = BY_CODE.get(code);
    checkArgument(type != null, "establishment type code is not known: %s", code);
    return type;
  }

  /**
   * Returns the register code.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns the register's name for this type.
   *
   * @return the name, not null
   */
  public String registerName() {
    return registerName;
  }

  /**
   * Returns the group the register files this type under.
   *
   * @return the group, not null
   */
  public EstablishmentTypeGroup group() {
    return group;
  }

  /**
   * Returns whether establishments of this type are state-funded schools in England.
   *
   * @return the funding status, not null
   */
  public FundingStatus fundingStatus() {
    return fundingStatus;
  }
}
