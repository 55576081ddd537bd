package io.mastery.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.rules.check.RuleDescriptor;
import io.mastery.rules.result.Severity;
import io.mastery.model.testkit.Area;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue: every code of the public contract is in the rulebook, and the committed
 * {@code docs/rules.md} is what the rulebook generates.
 */
@DisplayName("The rule catalogue")
class RuleCatalogueTest {

  /** The codes CONTRACT.md §1 requires, in its order. */
  static final List<String> CONTRACT_CODES =
      List.of(
          "school.unknown",
          "school.not-state-funded",
          "school.outside-england",
          "school.closed",
          "school.wrong-phase",
          "school.outside-hub",
          "workgroup.size",
          "workgroup.teachers-per-school",
          "workgroup.duplicate-school",
          "workgroup.lead-unknown",
          "workgroup.lead-not-eligible",
          "workgroup.lead-overcommitted",
          "journey.development-repeated",
          "journey.prerequisite-missing",
          "journey.out-of-order",
          "journey.one-phase-per-year",
          "teacher.double-enrolment");

  static final Path COMMITTED = Path.of("..", "docs", "rules.md");

  @Test
  @DisplayName("holds every code of the contract, in the contract's order, then the library's own")
  void holdsEveryContractCode() {
    List<String> codes =
        Rulebook.standard().rules().stream().map(RuleDescriptor::code).collect(Collectors.toList());
    assertThat(codes.subList(0, CONTRACT_CODES.size())).isEqualTo(CONTRACT_CODES);
    assertThat(codes.subList(CONTRACT_CODES.size(), codes.size()))
        .containsExactly(
            "workgroup.phase-not-offered",
            "workgroup.duplicate-id",
            "specialist.duplicate",
            "delivery.meeting-missing",
            "delivery.visit-missing",
            "delivery.attendance-short",
            "delivery.outside-year",
            "delivery.not-in-group",
            "delivery.unknown-group");
    assertThat(codes).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName(
      "gives every contract code the contract's severity: errors, but for school.outside-hub and"
          + " the shortfalls of delivery (a meeting or visit missing, attendance short)")
  void givesTheContractsSeverities() {
    List<String> warnings =
        List.of(
            "school.outside-hub",
            "delivery.meeting-missing",
            "delivery.visit-missing",
            "delivery.attendance-short");
    for (RuleDescriptor rule : Rulebook.standard().rules()) {
      assertThat(rule.severity())
          .as(rule.code())
          .isEqualTo(warnings.contains(rule.code()) ? Severity.WARNING : Severity.ERROR);
    }
  }

  @Test
  @DisplayName("docs/rules.md is current (regenerate with -Dmastery.writeCatalogue=true)")
  void committedCatalogueIsCurrent() throws IOException {
    String generated = RuleCatalogue.markdown(Rulebook.standard());
    if (Boolean.getBoolean("mastery.writeCatalogue")) {
      RuleCatalogue.write(Rulebook.standard(), COMMITTED);
    }
    String committed =
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "docs/rules.md differs from the catalogue Rulebook.standard() generates; regenerate it"
                + " with: mvn -B verify -pl mastery-rules -am -Dmastery.writeCatalogue=true"
                + " (or run io.mastery.rules.engine.RuleCatalogue docs/rules.md) and commit it")
        .isEqualTo(generated);
  }

  @Test
  @DisplayName(
      "names every code of docs/rules.md in the display name of a rule example, so that"
          + " the readable specification shows each rule at work")
  void everyCodeIsNamedByARuleExample() throws IOException, ClassNotFoundException {
    List<String> documented = new ArrayList<>();
    Matcher row =
        Pattern.compile("(?m)^\\| `([a-z.-]+)` \\|")
            .matcher(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    while (row.find()) {
      documented.add(row.group(1));
    }
    assertThat(documented)
        .as("the codes of docs/rules.md")
        .containsExactlyInAnyOrderElementsOf(
            Rulebook.standard().rules().stream()
                .map(RuleDescriptor::code)
                .collect(Collectors.toList()));
    List<String> names = new ArrayList<>();
    List<Class<?>> classes =
        new ArrayList<>(
            List.of(
                RuleExamples.class, Class.forName("io.mastery.rules.delivery.DeliveryExamples")));
    for (int i = 0; i < classes.size(); i++) {
      Class<?> type = classes.get(i);
      classes.addAll(List.of(type.getDeclaredClasses()));
      for (Method method : type.getDeclaredMethods()) {
        DisplayName name = method.getAnnotation(DisplayName.class);
        if (name != null && method.isAnnotationPresent(Test.class)) {
          names.add(name.value());
        }
      }
    }
    for (String code : documented) {
      assertThat(names)
          .as("display names of the rule examples naming %s", code)
          .anyMatch(name -> name.contains("`" + code + "`"));
    }
  }

  @Test
  @DisplayName("lists each rule as a table row with its code, severity, description and source")
  void listsEachRule() {
    String markdown = RuleCatalogue.markdown(Rulebook.standard());
    for (RuleDescriptor rule : Rulebook.standard().rules()) {
      assertThat(markdown)
          .contains(
              "| `"
                  + rule.code()
                  + "` | "
                  + rule.severity()
                  + " | "
                  + rule.description()
                  + " | "
                  + rule.source()
                  + " |\n");
    }
  }

  @Test
  @Tag(Area.TAG_FILES)
  @DisplayName("writes the catalogue to a file in a directory it creates")
  void writesTheCatalogueCreatingItsDirectory() throws IOException {
    Path dir = Files.createTempDirectory("catalogue");
    Path file = dir.resolve("docs").resolve("rules.md");
    RuleCatalogue.main(new String[] {file.toString()});
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(RuleCatalogue.markdown(Rulebook.standard()));
    Files.delete(file);
    Files.delete(file.getParent());
    Files.delete(dir);
  }

  @Test
  @Tag(Area.TAG_FILES)
  @DisplayName("prints the catalogue when no file is named")
  void printsTheCatalogueWhenNoFileIsNamed() throws IOException {
    PrintStream standardOut = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      RuleCatalogue.main(new String[0]);
    } finally {
      System.setOut(standardOut);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(RuleCatalogue.markdown(Rulebook.standard()));
  }
}
