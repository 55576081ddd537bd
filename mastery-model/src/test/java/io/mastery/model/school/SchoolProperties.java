package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.MasteryExamples;
import io.mastery.model.NullRejection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Group;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

@Label("A school")
class SchoolProperties {

  private static final List<String> REQUIRED =
      List.of("urn", "name", "type", "phaseOfEducation", "status", "localAuthority");

  private static School.Builder builderWithout(Set<String> missing) {
    School.Builder builder = School.builder();
    School example = MasteryExamples.SCHOOL;
    if (!missing.contains("urn")) {
      builder.urn(example.urn());
    }
    if (!missing.contains("name")) {
      builder.name(example.name());
    }
    if (!missing.contains("type")) {
      builder.type(example.type());
    }
    if (!missing.contains("phaseOfEducation")) {
      builder.phaseOfEducation(example.phaseOfEducation());
    }
    if (!missing.contains("status")) {
      builder.status(example.status());
    }
    if (!missing.contains("localAuthority")) {
      builder.localAuthority(example.localAuthority());
    }
    return builder;
  }

  @Group
  @Label("is built")
  class Building {

    @Property(tries = 100)
    @Label("only with its URN, name, type, phase of education, status and local authority")
    void cannotBeBuiltWithoutARequiredAttributeAndSaysWhich(
        @ForAll("missingAttributes") Set<String> missing) {
      String message =
          assertThatIllegalStateException()
              .isThrownBy(() -> builderWithout(missing).build())
              .actual()
              .getMessage();
      for (String attribute : REQUIRED) {
        if (missing.contains(attribute)) {
          assertThat(message).contains(attribute);
        } else {
          assertThat(message).doesNotContainPattern("\\b" + attribute + "\\b");
        }
      }
      assertThat(message).contains("School");
    }

    @Provide
    Arbitrary<Set<String>> missingAttributes() {
      return Arbitraries.of(REQUIRED).set().ofMinSize(1);
    }

    @Example
    void withTheRequiredAttributesAloneHasNoOptionalOnes() {
      School school = builderWithout(Set.of()).build();
      assertThat(school.localAuthorityName()).isEmpty();
      assertThat(school.region()).isEmpty();
      assertThat(school.statutoryAgeRange()).isEmpty();
      assertThat(school.location()).isEmpty();
      assertThat(school.ukprn()).isEmpty();
    }

    @Property
    void rejectsABlankNameQuotingIt(@ForAll("blank") String name) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builderWithout(Set.of("name")).name(name).build())
          .withMessage("school name must not be blank: \"" + name + "\"");
    }

    @Provide
    Arbitrary<String> blank() {
      return Arbitraries.strings().withChars(" \t\n\u2003").ofMaxLength(5);
    }

    @Property
    void isStateFundedOrNotByItsType(@ForAll School school) {
      assertThat(school.fundingStatus()).isEqualTo(school.type().fundingStatus());
    }
  }

  @Group
  @Label("is copied with one attribute changed")
  class Copies {

    @Property(tries = 200)
    void withStatusChangesOnlyTheStatus(@ForAll School school, @ForAll EstablishmentStatus status) {
      School copy = school.withStatus(status);
      assertThat(copy.status()).isEqualTo(status);
      assertThat(copy).isEqualTo(School.builder().from(school).status(status).build());
    }

    @Property(tries = 200)
    void withTypeChangesOnlyTheType(@ForAll School school, @ForAll EstablishmentType type) {
      School copy = school.withType(type);
      assertThat(copy.type()).isEqualTo(type);
      assertThat(copy.fundingStatus()).isEqualTo(type.fundingStatus());
      assertThat(copy).isEqualTo(School.builder().from(school).type(type).build());
    }

    @Property(tries = 200)
    void withPhaseOfEducationChangesOnlyThePhase(
        @ForAll School school, @ForAll PhaseOfEducation phase) {
      School copy = school.withPhaseOfEducation(phase);
      assertThat(copy.phaseOfEducation()).isEqualTo(phase);
      assertThat(copy).isEqualTo(School.builder().from(school).phaseOfEducation(phase).build());
    }

    @Property(tries = 200)
    void withLocalAuthorityChangesOnlyTheLocalAuthority(
        @ForAll School school, @ForAll LocalAuthorityCode localAuthority) {
      School copy = school.withLocalAuthority(localAuthority);
      assertThat(copy.localAuthority()).isEqualTo(localAuthority);
      assertThat(copy.localAuthorityName()).isEqualTo(school.localAuthorityName());
      assertThat(copy)
          .isEqualTo(School.builder().from(school).localAuthority(localAuthority).build());
    }

    @Property(tries = 200)
    void aCopyWithTheSameValueEqualsTheOriginal(@ForAll School school) {
      assertThat(school.withStatus(school.status())).isEqualTo(school);
      assertThat(School.builder().from(school).build()).isEqualTo(school).hasSameHashCodeAs(school);
    }
  }

  @Group
  @Label("as a value")
  class AsAValue {

    @Example
    void isEqualOnlyWithEveryAttributeEqual() {
      School school = MasteryExamples.SCHOOL;
      new EqualsTester()
          .addEqualityGroup(school, School.builder().from(school).build())
          .addEqualityGroup(school.withStatus(EstablishmentStatus.CLOSED))
          .addEqualityGroup(school.withType(EstablishmentType.ACADEMY_CONVERTER))
          .addEqualityGroup(school.withPhaseOfEducation(PhaseOfEducation.ALL_THROUGH))
          .addEqualityGroup(school.withLocalAuthority(LocalAuthorityCode.of("201")))
          .addEqualityGroup(School.builder().from(school).urn(Urn.of(100009)).build())
          .addEqualityGroup(School.builder().from(school).name("Another Primary School").build())
          .addEqualityGroup(School.builder().from(school).region(Optional.empty()).build())
          .addEqualityGroup(School.builder().from(school).ukprn(MasteryExamples.UKPRN).build())
          .testEquals();
    }

    @Example
    void rejectsNullsNamingTheParameter() {
      NullRejection.assertRejectsNulls(School.class, MasteryExamples.SCHOOL);
      NullRejection.assertRejectsNulls(School.Builder.class, School.builder());
    }
  }
}
