package io.mastery.rules.check;

import static com.google.common.base.Preconditions.checkArgument;

import io.mastery.model.MasteryStyle;
import io.mastery.rules.result.Severity;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What the rule catalogue says of one rule: its stable code, its severity, a one-line description
 * and its source (a section of the domain reference, a seed document or the public contract).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@MasteryStyle
public abstract class RuleDescriptor {

  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");

  RuleDescriptor() {}

  /**
   * Obtains a descriptor.
   *
   * @param code the rule's stable code, lower-case words joined by a dot, not null
   * @param severity the severity of its violations, not null
   * @param description what breaks the rule, in one line, not blank
   * @param source where the rule comes from, not blank
   * @return the descriptor, not null
   * @throws IllegalArgumentException if the code is malformed or a text is blank
   */
  public static RuleDescriptor of(
      String code, Severity severity, String description, String source) {
    return ImmutableRuleDescriptor.of(code, severity, description, source);
  }

  /**
   * Returns the rule's stable code, such as {@code workgroup.size}.
   *
   * @return the code, not null
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the severity of the rule's violations.
   *
   * @return the severity, not null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns what breaks the rule, in one line.
   *
   * @return the description, not blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns where the rule comes from, such as "DOMAIN.md §3; seed 002".
   *
   * @return the source, not blank
   */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  void check() {
    checkArgument(
        CODE.matcher(code()).matches(),
        "rule code must be lower-case words joined by a dot, such as workgroup.size: \"%s\"",
        code());
    checkArgument(
        !description().isBlank() && !description().contains("\n"),
        "rule description must be one line, not blank: \"%s\"",
        description());
    checkArgument(
        !source().isBlank() && !source().contains("\n"),
        "rule source must be one line, not blank: \"%s\"",
        source());
  }

  @Override
  public String toString() {
    return code() + " (" + severity() + ")";
  }
}
