package io.mastery.rules.check;

import io.mastery.model.school.Urn;
import io.mastery.model.teacher.Trn;
import io.mastery.model.workgroup.WorkGroupId;
import io.mastery.rules.result.Messages;
import io.mastery.rules.result.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports its violations: each with the subjects it concerns ({@code workGroup},
 * {@code school}, {@code teacher}) and its arguments by name, the message rendered from them by the
 * rulebook's {@link Messages}.
 *
 * <pre>{@code
 * findings.violation().workGroup(group.id()).with("schools", 8).with("min", 6).report();
 * }</pre>
 *
 * <p>Not thread-safe: one per check.
 */
public final class Findings {

  private final RuleDescriptor rule;
  private final Messages messages;
  private final List<Violation> sink;

  /**
   * Creates findings that add the violations of a rule to a list.
   *
   * @param rule the rule reporting, with the severity its violations carry, not null
   * @param messages the words to put them in, not null
   * @param sink the list to add to, not null
   */
  public Findings(RuleDescriptor rule, Messages messages, List<Violation> sink) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.messages = Objects.requireNonNull(messages, "messages");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Starts a violation of the rule.
   *
   * @return the report to fill in, not null
   */
  public Report violation() {
    return new Report();
  }

  /** One violation being reported: its subjects and arguments, then {@link #report()}. */
  public final class Report {
    private @Nullable WorkGroupId workGroup;
    private @Nullable Urn school;
    private @Nullable Trn teacher;
    private final Map<String, Object> arguments = new LinkedHashMap<>();

    private Report() {}

    /**
     * Names the Work Group concerned; it is also the argument {@code workGroup}.
     *
     * @param id the group's id, not null
     * @return this report
     */
    public Report workGroup(WorkGroupId id) {
      this.workGroup = id;
      arguments.put("workGroup", id.value());
      return this;
    }

    /**
     * Names the school concerned; it is also the argument {@code school}.
     *
     * @param urn the school's URN, not null
     * @return this report
     */
    public Report school(Urn urn) {
      this.school = urn;
      arguments.put("school", urn.toString());
      return this;
    }

    /**
     * Names the teacher concerned; it is also the argument {@code teacher}.
     *
     * @param trn the teacher's TRN, not null
     * @return this report
     */
    public Report teacher(Trn trn) {
      this.teacher = trn;
      arguments.put("teacher", trn.value());
      return this;
    }

    /**
     * Adds an argument: an integer, a text, an enum constant or a list of those; any other value
     * is given as its text.
     *
     * @param name the argument's name, a Java identifier, not null
     * @param value the value, not null
     * @return this report
     */
    public Report with(String name, Object value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      arguments.put(name, Violation.isArgumentValue(value) ? value : value.toString());
      return this;
    }

    /** Reports the violation. */
    public void report() {
      sink.add(
          Violation.builder()
              .rule(rule.code())
              .severity(rule.severity())
              .workGroup(Optional.ofNullable(workGroup))
              .school(Optional.ofNullable(school))
              .teacher(Optional.ofNullable(teacher))
              .arguments(arguments)
              .message(messages.render(rule.code(), arguments))
              .build());
    }
  }
}
