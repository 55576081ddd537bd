package io.mastery.model.school;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The DfE register's links between URNs (GIAS {@code links_edubasealldata*.csv}), read for what
 * came before each school: a converter academy's predecessor, the schools that merged into it.
 *
 * <p>A school's predecessors are the URNs that links of kind {@link SchoolLink.Kind#PREDECESSOR}
 * name for it, and those whose links of kind {@link SchoolLink.Kind#SUCCESSOR} name it (the
 * register lists most links both ways; either way is enough), and so on back: the predecessors of
 * its predecessors. Links without a direction are kept and not followed. The register has a few
 * links that point both ways (two schools each the other's predecessor); following stops at a URN
 * already reached, so every school's predecessors are found in time linear in the links.
 *
 * <p>A school's history in the programme includes its predecessors' (see {@link
 * SchoolRegister#withLinks(SchoolLinks)}): a converter academy whose predecessor took part in
 * Development has taken part in Development.
 *
 * <pre>{@code
 * SchoolLinks links = SchoolLinks.of(List.of(
 *     SchoolLink.of(Urn.of(132245), Urn.of(100016), "Predecessor", Optional.empty()),
 *     SchoolLink.of(Urn.of(140001), Urn.of(132245), "Predecessor - merged", Optional.empty())));
 * links.predecessorsOf(Urn.of(140001)); // [132245, 100016]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolLinks {

  private static final SchoolLinks EMPTY =
      new SchoolLinks(ImmutableList.of(), ImmutableListMultimap.of());

  private final ImmutableList<SchoolLink> links;
  private final ImmutableListMultimap<Urn, Urn> predecessors;

  private SchoolLinks(ImmutableList<SchoolLink> links, ImmutableListMultimap<Urn, Urn> predecessors) {
    this.links = links;
    this.predecessors = predecessors;
  }

  /**
   * Returns the links of a register that has none.
   *
   * @return the empty links, not null
   */
  public static SchoolLinks empty() {
    return EMPTY;
  }

  /**
   * Obtains the links given; a link listed twice, or both ways, counts once.
   *
   * @param links the links, in any order, not null
   * @return the links, not null
   */
  public static SchoolLinks of(Iterable<SchoolLink> links) {
    Objects.requireNonNull(links, "links");
    ImmutableList<SchoolLink> all = ImmutableList.copyOf(links);
    if (all.isEmpty()) {
      return EMPTY;
    }
    ImmutableListMultimap.Builder<Urn, Urn> before = ImmutableListMultimap.builder();
    Set<List<Urn>> seen = new LinkedHashSet<>();
    for (SchoolLink link : all) {
      Optional<Urn> predecessor = link.predecessor();
      Optional<Urn> successor = link.successor();
      if (predecessor.isPresent()
          && successor.isPresent()
          && seen.add(List.of(successor.get(), predecessor.get()))) {
        before.put(successor.get(), predecessor.get());
      }
    }
    return new SchoolLinks(all, before.build());
  }

  /**
   * Returns every link, in the order given.
   *
   * @return the links, immutable, not null
   */
  public List<SchoolLink> links() {
    return links;
  }

  /**
   * Returns how many links there are.
   *
   * @return the number of links
   */
  public int size() {
    return links.size();
  }

  /**
   * Checks whether there are no links.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return links.isEmpty();
  }

  /**
   * Returns the URNs that came directly before a school.
   *
   * @param school the school's URN, not null
   * @return the predecessors, in the order the links gave them, immutable, not null
   */
  public List<Urn> directPredecessorsOf(Urn school) {
    return predecessors.get(Objects.requireNonNull(school, "school"));
  }

  /**
   * Returns every URN that came before a school, following the links back: its direct
   * predecessors first, then theirs; each once, never the school itself, whatever cycles the links
   * hold.
   *
   * @param school the school's URN, not null
   * @return the predecessors, nearest first, immutable, not null
   */
  public List<Urn> predecessorsOf(Urn school) {
    Objects.requireNonNull(school, "school");
    if (!predecessors.containsKey(school)) {
      return List.of();
    }
    Set<Urn> found = new LinkedHashSet<>();
    Deque<Urn> next = new ArrayDeque<>(predecessors.get(school));
    while (!next.isEmpty()) {
      Urn urn = next.removeFirst();
      if (!urn.equals(school) && found.add(urn)) {
        next.addAll(predecessors.get(urn));
      }
    }
    return List.copyOf(found);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SchoolLinks other && other.links.equals(links);
  }

  @Override
  public int hashCode() {
    return links.hashCode();
  }

  @Override
  public String toString() {
    return "SchoolLinks{" + links.size() + " links}";
  }
}
