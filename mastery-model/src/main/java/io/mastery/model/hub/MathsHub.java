package io.mastery.model.hub;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.model.school.LocalAuthorityCode;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Maths Hub: a school or college that leads the programme for the local authorities it serves.
 *
 * <p>Build one with {@link #builder()} or {@link #of}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class MathsHub {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");

  MathsHub() {}

  /**
   * Obtains a hub.
   *
   * @param id the hub's short identifier, such as {@code LCW}, not null
   * @param name the hub's name, not null
   * @param localAuthorities the codes of the local authorities it serves, not null
   * @return the hub, not null
   * @throws IllegalArgumentException if the id or name is not valid
   */
  public static MathsHub of(
      String id, String name, Iterable<LocalAuthorityCode> localAuthorities) {
    Objects.requireNonNull(localAuthorities, "localAuthorities");
    return builder().id(id).name(name).addAllLocalAuthorities(localAuthorities).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the hub's short identifier: 1 to 32 letters, digits, underscores or hyphens.
   *
   * @return the identifier, not null
   */
  public abstract String id();

  /**
   * Returns the hub's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the codes of the local authorities the hub serves.
   *
   * @return the codes, immutable, in the order given, not null
   */
  public abstract Set<LocalAuthorityCode> localAuthorities();

  /**
   * Checks whether the hub serves a local authority.
   *
   * @param localAuthority the local authority's code, not null
   * @return true if the hub serves it
   */
  public boolean serves(LocalAuthorityCode localAuthority) {
    Objects.requireNonNull(localAuthority, "localAuthority");
    return localAuthorities().contains(localAuthority);
  }

  @Value.Check
  void check() {
    checkArgument(
        ID.matcher(id()).matches(),
        "hub id must be 1 to 32 letters, digits, underscores or hyphens: \"%s\"",
        id());
    checkArgument(!name().isBlank(), "hub name must not be blank: \"%s\"", name());
  }

  /** Builds a {@link MathsHub}; obtain one from {@link MathsHub#builder()}. */
  public static final class Builder extends ImmutableMathsHub.Builder {
    Builder() {}
  }
}
