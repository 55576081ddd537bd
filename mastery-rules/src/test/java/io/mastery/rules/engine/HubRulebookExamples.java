package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mastery.model.enrolment.Enrolment;
import io.mastery.model.school.SchoolRegister;
import io.mastery.model.workgroup.Participation;
import io.mastery.rules.HubYear;
import io.mastery.rules.SampleHub;
import io.mastery.rules.check.EnrolledGroup;
import io.mastery.rules.check.EnrolledYear;
import io.mastery.rules.check.Findings;
import io.mastery.rules.check.GroupRule;
import io.mastery.rules.check.RuleCodes;
import io.mastery.rules.result.Decision;
import io.mastery.rules.result.Messages;
import io.mastery.rules.result.Severity;
import io.mastery.rules.result.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The README's examples of a hub's own rulebook, compiled and run: the code between the {@code
 * README} markers is the code the README shows, and a test checks that the README still shows it.
 */
@DisplayName("A hub's own rulebook")
class HubRulebookExamples {

  // README: hub rule
  /** A hub's own rule: every Work Group id starts with the hub's id, such as LCW-01. */
  static final class GroupIdNamesTheHub extends GroupRule {
    GroupIdNamesTheHub() {
      super(
          "hub.group-id-prefix",
          Severity.ERROR,
          "A Work Group's id does not start with the hub's id",
          "Our hub's naming of Work Groups");
    }

    @Override
    public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {
      String hub = year.hub().map(h -> h.id()).orElse("");
      if (!group.id().value().startsWith(hub + "-")) {
        findings.violation().workGroup(group.id()).with("hub", hub).report();
      }
    }
  }
  // README: end

  static Decision judge(Rulebook rulebook, HubYear year) {
    return rulebook.evaluate(year.enrolment(), year.register(), year.policy());
  }

  /** The sample year with an eighth school in WG-01 and a school outside the hub's area. */
  static HubYear crowded() {
    return SampleHub.hubYear()
        .withFirstGroup(
            g -> {
              List<Participation> ps = new ArrayList<>(g.participations());
              ps.add(Participation.of(SampleHub.school(6), SampleHub.teacher(13), SampleHub.teacher(14)));
              ps.add(Participation.of(SampleHub.school(7), SampleHub.teacher(15), SampleHub.teacher(16)));
              return g.withParticipations(ps);
            });
  }

  @Nested
  @DisplayName("adds its own rule")
  class AddsARule {

    @Test
    @DisplayName("whose error withholds funding from the group exactly as a standard rule's does")
    void itsErrorWithholdsFunding() {
      // README: compose
      Rulebook ours =
          Rulebook.standard().toBuilder()
              .add(new GroupIdNamesTheHub())                               // a hub rule
              .remove(RuleCodes.SCHOOL_OUTSIDE_HUB)                       // a removed rule
              .severity(RuleCodes.WORKGROUP_SIZE, Severity.WARNING)       // a re-graded rule
              .build();
      // README: end
      HubYear year = SampleHub.hubYear();
      Decision decision = judge(ours, year);
      assertThat(decision.errors()).extracting(Violation::rule).containsExactly("hub.group-id-prefix");
      assertThat(decision.errors().get(0).arguments()).containsEntry("hub", "LCW");
      assertThat(decision.funding())
          .as("the group's schools are not funded; the cohort 3 lead's own school still is")
          .allMatch(l -> l.workGroup().isEmpty());
      assertThat(judge(Rulebook.standard(), year).funding()).anyMatch(l -> l.workGroup().isPresent());
      assertThat(ours.rules()).extracting(d -> d.code()).contains("hub.group-id-prefix")
          .doesNotContain(RuleCodes.SCHOOL_OUTSIDE_HUB);
    }

    @Test
    @DisplayName("but not with a standard rule's code, nor twice")
    void notWithAStandardCode() {
      GroupRule impostor =
          new GroupRule(RuleCodes.WORKGROUP_SIZE, Severity.ERROR, "Too big", "Ours") {
            @Override
            public void check(EnrolledGroup group, EnrolledYear year, Findings findings) {}
          };
      assertThatThrownBy(() -> Rulebook.standard().toBuilder().add(impostor))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("rule code workgroup.size is a standard code; a hub's rule needs its own code");
      assertThatThrownBy(
              () ->
                  Rulebook.standard().toBuilder()
                      .add(new GroupIdNamesTheHub())
                      .add(new GroupIdNamesTheHub()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the rulebook already has a rule hub.group-id-prefix");
      assertThatThrownBy(() -> Rulebook.standard().toBuilder().remove("hub.nonsense"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the rulebook has no rule hub.nonsense");
    }
  }

  @Nested
  @DisplayName("removes a rule or changes its severity")
  class RemovesOrRegrades {

    @Test
    @DisplayName("a group of eight schools, re-graded to a warning, is paid; a removed rule reports nothing")
    void aRegradedRuleWarnsAndPays() {
      Rulebook ours =
          Rulebook.standard().toBuilder()
              .remove(RuleCodes.SCHOOL_OUTSIDE_HUB)
              .severity(RuleCodes.WORKGROUP_SIZE, Severity.WARNING)
              .build();
      HubYear year = crowded();
      Decision standard = judge(Rulebook.standard(), year);
      Decision decision = judge(ours, year);
      assertThat(standard.isValid()).isFalse();
      assertThat(decision.isValid()).isTrue();
      assertThat(decision.warnings()).extracting(Violation::rule).containsExactly(RuleCodes.WORKGROUP_SIZE);
      assertThat(decision.funding().stream().filter(l -> l.workGroup().isPresent())).hasSize(16);
      assertThat(ours.rule(RuleCodes.WORKGROUP_SIZE)).map(d -> d.severity()).hasValue(Severity.WARNING);
      assertThat(ours.rule(RuleCodes.SCHOOL_OUTSIDE_HUB)).isEmpty();
    }
  }

  @Nested
  @DisplayName("puts violations into its own words")
  class OwnWords {

    @Test
    @DisplayName("from its own bundle, with the values of each violation, falling back to the library's")
    void fromItsOwnBundle() {
      HubYear year = crowded();
      Enrolment enrolment = year.enrolment();
      SchoolRegister register = year.register();
      // README: bundle
      Messages welsh =
          Messages.of(
              Map.of(
                  "workgroup.size",
                  "Mae gan Weithgor {workGroup} {schools} ysgol; {min} i {max} yw''r terfyn"),
              Locale.forLanguageTag("cy"));
      Rulebook ours = Rulebook.standard().toBuilder().messages(welsh).build();
      Decision decision = ours.evaluate(enrolment, register);
      // README: end
      assertThat(decision.errors()).extracting(Violation::message)
          .containsExactly("Mae gan Weithgor WG-01 8 ysgol; 6 i 7 yw'r terfyn");
      Violation size = decision.errors().get(0);
      assertThat(size.arguments())
          .containsEntry("schools", 8)
          .containsEntry("min", 6)
          .containsEntry("max", 7);
      assertThat(Messages.english().render(size))
          .isEqualTo("Work Group WG-01 has 8 schools; Development groups have 6 to 7");
      assertThat(welsh.reword(judge(Rulebook.standard(), year))).isEqualTo(decision);
    }

    @Test
    @DisplayName("or keys its own wording on the standard codes and reads the values by name")
    void keysItsOwnWordingOnTheCodes() {
      Decision decision = judge(Rulebook.standard(), crowded());
      List<String> shown = new ArrayList<>();
      // README: map
      for (Violation v : decision.violations()) {
        if (v.rule().equals(RuleCodes.WORKGROUP_SIZE)) {
          Map<String, Object> a = v.arguments();
          shown.add("This group has " + a.get("schools") + " schools; it needs " + a.get("bounds") + ".");
        } else {
          shown.add(v.message());                                    // the library's own words
        }
      }
      // README: end
      assertThat(shown).containsExactly("This group has 8 schools; it needs 6 to 7.");
    }
  }

  @Test
  @DisplayName("the README shows these examples as they are compiled and run here")
  void theReadmeShowsTheseExamples() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/io/mastery/rules/engine/HubRulebookExamples.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int shown = 0;
    boolean inExample = false;
    for (String line : source.split("\n")) {
      String code = line.strip();
      if (code.equals("// README: end")) {
        inExample = false;
      } else if (code.startsWith("// README: ")) {
        inExample = true;
        shown++;
      } else if (inExample && !code.isEmpty() && !code.startsWith("/**")) {
        assertThat(readme).as("the README shows: %s", code).contains(code);
      }
    }
    assertThat(shown).isEqualTo(4);
  }
}
