package io.mastery.model.school;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

@DisplayName("The register's links between URNs")
class SchoolLinksProperties {

  private static final List<String> TYPES =
      List.of("Successor", "Predecessor", "Predecessor - merged", "Successor - Split School",
          "Result of Amalgamation", "Sixth Form Centre Link");

  /** Links among eight URNs, of any type, in any direction: cycles included. */
  private static Gen<List<SchoolLink>> tangledLinks() {
    Gen<SchoolLink> link =
        SourceDSL.integers()
            .between(0, 7)
            .zip(
                SourceDSL.integers().between(1, 7),
                SourceDSL.integers().between(0, TYPES.size() - 1),
                (from, step, type) ->
                    SchoolLink.of(
                        Urn.of(140_000 + from),
                        Urn.of(140_000 + (from + step) % 8),
                        TYPES.get(type),
                        Optional.empty()));
    return SourceDSL.lists().of(link).ofSizeBetween(0, 24);
  }

  @Nested
  @DisplayName("a school's predecessors")
  class Predecessors {

    @Test
    @DisplayName(
        "are every URN reached by following the links back, each once, never the school itself,"
            + " whatever cycles the links hold")
    void areTheUrnsReachedBackwards() {
      qt(200)
          .forAll(tangledLinks(), SourceDSL.integers().between(0, 7))
          .checkAssert(
              (links, n) -> {
                Urn school = Urn.of(140_000 + n);
                SchoolLinks all = SchoolLinks.of(links);
                List<Urn> found = all.predecessorsOf(school);

                Set<Urn> expected = new HashSet<>();
                Deque<Urn> next = new ArrayDeque<>(List.of(school));
                while (!next.isEmpty()) {
                  Urn at = next.removeFirst();
                  for (SchoolLink link : links) {
                    if (link.successor().equals(Optional.of(at))) {
                      Urn before = link.predecessor().orElseThrow();
                      if (!before.equals(school) && expected.add(before)) {
                        next.add(before);
                      }
                    }
                  }
                }
                assertThat(found).doesNotHaveDuplicates().doesNotContain(school);
                assertThat(new HashSet<>(found)).isEqualTo(expected);
              });
    }

    @Test
    @DisplayName("are nearest first: the direct predecessors come before theirs")
    void areNearestFirst() {
      SchoolLinks links =
          SchoolLinks.of(
              new ArrayList<>(
                  List.of(
                      SchoolLink.of(Urn.of(140002), Urn.of(140001), "Predecessor", Optional.empty()),
                      SchoolLink.of(Urn.of(140001), Urn.of(140000), "Predecessor", Optional.empty()),
                      SchoolLink.of(Urn.of(140000), Urn.of(140002), "Predecessor", Optional.empty()))));
      assertThat(links.predecessorsOf(Urn.of(140002)))
          .containsExactly(Urn.of(140001), Urn.of(140000));
      assertThat(SchoolLinks.empty().predecessorsOf(Urn.of(140002))).isEmpty();
    }
  }
}
