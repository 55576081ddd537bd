package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.rules.check.RuleDescriptor;
import io.mastery.rules.result.Severity;
import com.google.common.testing.EqualsTester;
import io.mastery.model.testkit.Area;
import io.mastery.rules.journey.JourneyRule;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("Rule descriptors")
class RuleDescriptorTest {

  @Test
  @Tag(Area.TAG_MECHANICS)
  @DisplayName("are equal by code, severity, description and source")
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            RuleDescriptor.of("workgroup.size", Severity.ERROR, "d", "s"),
            RuleDescriptor.of("workgroup.size", Severity.ERROR, "d", "s"))
        .addEqualityGroup(RuleDescriptor.of("workgroup.sizes", Severity.ERROR, "d", "s"))
        .addEqualityGroup(RuleDescriptor.of("workgroup.size", Severity.WARNING, "d", "s"))
        .addEqualityGroup(RuleDescriptor.of("workgroup.size", Severity.ERROR, "e", "s"))
        .addEqualityGroup(RuleDescriptor.of("workgroup.size", Severity.ERROR, "d", "t"))
        .testEquals();
    assertThat(RuleDescriptor.of("workgroup.size", Severity.ERROR, "d", "s").toString())
        .isEqualTo("workgroup.size (ERROR)");
  }

  @Test
  @DisplayName("refuse a malformed code or a blank or multi-line text, quoting it")
  void refuseBadInput() {
    assertThatThrownBy(() -> RuleDescriptor.of("Workgroup.Size", Severity.ERROR, "d", "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Workgroup.Size\"");
    assertThatThrownBy(() -> RuleDescriptor.of("workgroup.size", Severity.ERROR, " ", "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> RuleDescriptor.of("workgroup.size", Severity.ERROR, "d", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
  }

  @Test
  @DisplayName("the rulebook finds a rule by code, and only a rule it has")
  void findByCode() {
    assertThat(Rulebook.standard().rule("school.outside-hub"))
        .map(RuleDescriptor::severity)
        .hasValue(Severity.WARNING);
    assertThat(Rulebook.standard().rule("school.nonsense")).isEmpty();
    assertThat(Rulebook.standard().toString()).isEqualTo("Rulebook{26 rules}");
  }

  @Test
  @DisplayName("each rule describes itself by its own code, severity and wording")
  void eachRuleDescribesItself() {
    assertThat(new io.mastery.rules.school.UnknownSchool().descriptor().code()).isEqualTo("school.unknown");
    assertThat(new io.mastery.rules.school.OutsideHub().descriptor().severity()).isEqualTo(Severity.WARNING);
    assertThat(new io.mastery.rules.teacher.DuplicateSpecialist().descriptor().code())
        .isEqualTo("specialist.duplicate");
  }

  @Test
  @DisplayName("each journey rule gives the rulebook its description and its source")
  void eachJourneyRuleGivesTheRulebookItsWording() {
    Map<String, RuleDescriptor> byCode =
        Rulebook.standard().rules().stream()
            .collect(Collectors.toMap(RuleDescriptor::code, Function.identity()));
    for (JourneyRule rule : JourneyRule.values()) {
      RuleDescriptor descriptor = byCode.get(rule.code());
      assertThat(rule.description()).isEqualTo(descriptor.description()).isNotBlank();
      assertThat(rule.source()).isEqualTo(descriptor.source()).isNotBlank();
    }
  }
}
