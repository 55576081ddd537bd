package io.mastery.rules.result;

import static io.mastery.model.testkit.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.rules.HubYears;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.check.RuleDescriptor;
import io.mastery.rules.engine.Rulebook;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A violation's arguments")
class ArgumentsProperties {

  @Test
  @DisplayName("carry every value its message names: the message is the bundle's words for them,"
      + " and the subjects are among them")
  void carryEveryValueTheMessageNames() {
    Set<String> seen = new HashSet<>();
    qt(500)
        .forAll(HubYears.any())
        .checkAssert(
            year -> {
              for (Violation v : year.decide().violations()) {
                seen.add(v.rule());
                assertThat(Messages.english().render(v)).as("%s", v).isEqualTo(v.message());
                v.workGroup().ifPresent(g -> assertThat(v.arguments()).containsEntry("workGroup", g.value()));
                v.school().ifPresent(s -> assertThat(v.arguments()).containsEntry("school", s.toString()));
                v.teacher().ifPresent(t -> assertThat(v.arguments()).containsEntry("teacher", t.value()));
                for (Object value : v.arguments().values()) {
                  assertThat(Violation.isArgumentValue(value)).isTrue();
                }
              }
            });
    assertThat(seen).as("codes the generated years broke").hasSizeGreaterThan(12);
  }

  @Test
  @DisplayName("a code's constant is the code of the standard rule, one constant for each rule")
  void everyStandardCodeHasAConstant() {
    assertThat(Rulebook.standard().rules().stream().map(RuleDescriptor::code).collect(Collectors.toList()))
        .isEqualTo(RuleCodes.ALL);
  }

  @Test
  @DisplayName("a message names a count as a word and a number without grouping: once, 2 times, 9995 more")
  void countsAreWords() {
    Map<String, Object> args =
        Map.of("teacher", "1000001", "count", 10_000, "year", "2019/20",
            "places", List.of(List.of("WG-1 (school 100001)", 1), List.of("WG-2 (school 100002)", 2)),
            "more", 9_995);
    assertThat(Messages.english().render("teacher.double-enrolment", args))
        .isEqualTo(
            "Teacher 1000001 is enrolled 10000 times in 2019/20: WG-1 (school 100001), WG-2"
                + " (school 100002) 2 times and 9995 more");
  }

  @Test
  @DisplayName("a key the hub's bundle lacks, or an unknown code, still gives a message")
  void aMissingKeyStillGivesAMessage() {
    Messages ours = Messages.of(Map.of(), java.util.Locale.UK);
    assertThat(ours.render("workgroup.duplicate-school", Map.of("school", "100010", "times", 2, "workGroup", "WG-01")))
        .isEqualTo("School 100010 is listed 2 times in Work Group WG-01");
    assertThat(ours.render("hub.unknown", Map.of("x", 1))).isEqualTo("hub.unknown {x=1}");
  }
}
