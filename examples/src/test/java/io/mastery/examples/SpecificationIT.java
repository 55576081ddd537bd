package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.SpecificationDocument;
import io.mastery.model.testkit.SpecificationListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/specification.md} in step with the tests: run by failsafe after every module's
 * tests have recorded their statements. With {@code -Dmastery.specification.write=true} it rewrites
 * the file instead of comparing.
 */
@DisplayName("The readable specification in docs/specification.md")
@Tag(io.mastery.model.testkit.Area.TAG_MECHANICS)
class SpecificationIT {

  /** The modules whose tests make the specification, in build order. */
  static final List<String> MODULES = List.of("mastery-model", "mastery-rules", "mastery-io", "examples");

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path COMMITTED = ROOT.resolve("docs").resolve("specification.md");

  static SpecificationDocument document;
  static String generated;

  @BeforeAll
  static void read() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String module : MODULES) {
      Path file =
          ROOT.resolve(module).resolve("target").resolve("specification")
              .resolve(SpecificationListener.FILE_NAME);
      assertThat(file)
          .as("the statements of %s: run the whole build (mvn -B verify) so that every module's tests run", module)
          .isRegularFile();
      files.add(file);
    }
    document = SpecificationDocument.read(files);
    generated = document.toMarkdown();
    if (Boolean.getBoolean("mastery.specification.write")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
  }

  @Test
  @DisplayName("matches the statements the tests make today")
  void matchesTheTests() throws IOException {
    assertThat(COMMITTED).isRegularFile();
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/specification.md is out of date: rewrite it with"
            + " mvn -B verify -Dmastery.specification.write=true and commit it")
        .isEqualTo(generated);
  }

  @Test
  @DisplayName("records only statements that passed or were skipped")
  void everyStatementPassed() {
    assertThat(document.size()).isGreaterThan(500);
    assertThat(document.notPassed()).isEmpty();
  }

  @Test
  @DisplayName("names every rule code of the rule catalogue at least once")
  void namesEveryRuleCode() throws IOException {
    String catalogue = Files.readString(ROOT.resolve("docs").resolve("rules.md"), StandardCharsets.UTF_8);
    Matcher code = Pattern.compile("(?m)^\\| `([a-z]+\\.[a-z-]+)` \\|").matcher(catalogue);
    List<String> codes = new ArrayList<>();
    while (code.find()) {
      codes.add(code.group(1));
    }
    assertThat(codes).isNotEmpty();
    List<String> missing = new ArrayList<>();
    for (String c : codes) {
      if (!generated.contains(c)) {
        missing.add(c);
      }
    }
    assertThat(missing).as("rule codes that no statement of the specification names").isEmpty();
  }
}
