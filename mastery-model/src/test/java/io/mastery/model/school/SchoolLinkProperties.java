package io.mastery.model.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.mastery.model.NullRejection;
import io.mastery.model.testkit.Area;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("A link of the register between two URNs")
class SchoolLinkProperties {

  private static final Urn KINGSGATE_JUNIOR = Urn.of(100016);
  private static final Urn KINGSGATE_PRIMARY = Urn.of(132245);

  @Test
  @DisplayName(
      "100016 Kingsgate Junior School with successor 132245 names 100016 as the predecessor,"
          + " whichever way the register lists it")
  void readsItsDirection() {
    SchoolLink successor =
        SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, "Successor", Optional.empty());
    SchoolLink predecessor =
        SchoolLink.of(KINGSGATE_PRIMARY, KINGSGATE_JUNIOR, "Predecessor", Optional.empty());

    assertThat(successor.predecessor()).contains(KINGSGATE_JUNIOR);
    assertThat(successor.successor()).contains(KINGSGATE_PRIMARY);
    assertThat(predecessor.predecessor()).contains(KINGSGATE_JUNIOR);
    assertThat(predecessor.successor()).contains(KINGSGATE_PRIMARY);
    assertThat(SchoolLinks.of(List.of(successor, predecessor)).directPredecessorsOf(KINGSGATE_PRIMARY))
        .containsExactly(KINGSGATE_JUNIOR);
  }

  @Test
  @DisplayName(
      "a link of no direction (Result of Amalgamation, Sixth Form Centre Link, Other) names"
          + " neither predecessor nor successor")
  void linksOfNoDirection() {
    for (String type : List.of("Result of Amalgamation", "Sixth Form Centre Link", "Other")) {
      SchoolLink link = SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, type, Optional.empty());
      assertThat(link.kind()).isEqualTo(SchoolLink.Kind.OTHER);
      assertThat(link.predecessor()).isEmpty();
      assertThat(link.successor()).isEmpty();
    }
  }

  @Test
  @DisplayName("a URN linked to itself, or a blank type, is refused, quoting the value")
  void refusesNonsense() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_JUNIOR, "Successor", Optional.empty()))
        .withMessageContaining("100016");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, " ", Optional.empty()))
        .withMessageContaining("\" \"");
  }

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("is equal only with every attribute equal, and rejects nulls naming the parameter")
  void asAValue() {
    SchoolLink link =
        SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, "Successor", Optional.empty());
    new EqualsTester()
        .addEqualityGroup(
            link, SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, "Successor", Optional.empty()))
        .addEqualityGroup(
            SchoolLink.of(
                KINGSGATE_JUNIOR,
                KINGSGATE_PRIMARY,
                "Successor",
                Optional.of(LocalDate.of(2021, 8, 31))))
        .addEqualityGroup(
            SchoolLink.of(KINGSGATE_JUNIOR, KINGSGATE_PRIMARY, "Successor - merged", Optional.empty()))
        .testEquals();
    NullRejection.assertRejectsNulls(SchoolLink.class, link);
    NullRejection.assertRejectsNulls(SchoolLinks.class, SchoolLinks.of(List.of(link)));
  }
}
