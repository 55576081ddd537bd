package io.mastery.rules.engine;

import io.mastery.rules.check.RuleDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes the rule catalogue, {@code docs/rules.md}: every rule of a rulebook with its code,
 * severity, description and source.
 *
 * <p>Run {@code java io.mastery.rules.engine.RuleCatalogue docs/rules.md} (class path: the
 * mastery-rules and mastery-model jars and their dependencies) to write the file, or without an
 * argument to print it. The test {@code RuleCatalogueTest} fails when the committed file is not
 * current, and rewrites it when run with {@code -Dmastery.writeCatalogue=true}.
 */
public final class RuleCatalogue {

  private RuleCatalogue() {}

  /**
   * Writes the catalogue of the standard rulebook to the file named, or prints it.
   *
   * @param args the file to write, or nothing to print to standard output
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    String markdown = markdown(Rulebook.standard());
    if (args.length == 0) {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      out.print(markdown);
    } else {
      write(Rulebook.standard(), Path.of(args[0]));
    }
  }

  /**
   * Writes the catalogue of a rulebook to a file, in UTF-8, creating its directory if needed.
   *
   * @param rulebook the rulebook, not null
   * @param file the file, not null
   * @throws IOException if the file cannot be written
   */
  public static void write(Rulebook rulebook, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, markdown(rulebook), StandardCharsets.UTF_8);
  }

  /**
   * Returns the catalogue of a rulebook as Markdown.
   *
   * @param rulebook the rulebook, not null
   * @return the catalogue, with Unix line ends, not null
   */
  public static String markdown(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue\n\n")
        .append("Generated from `Rulebook.standard().rules()` by")
        .append(" `io.mastery.rules.engine.RuleCatalogue`; do not edit by hand. To regenerate, run\n")
        .append("`mvn -B verify -pl mastery-rules -am -Dmastery.writeCatalogue=true`.\n\n")
        .append("Every violation carries one of these codes, its severity, the subjects it")
        .append(" concerns (Work Group,\nschool URN, teacher TRN), its arguments (the values")
        .append(" involved, by name: `docs/CONTRACT.md` §3)\nand a message rendered from them.")
        .append(" Codes are stable: a code once published is never renamed or\nreused; each is")
        .append(" a constant of `io.mastery.rules.check.RuleCodes`. An enrolment is valid when it")
        .append(" has no\n`ERROR`.\n\n")
        .append("Funding is withheld from a school when an `ERROR` names its URN (in any Work")
        .append(" Group), or\nconcerns its Work Group as a whole (names the group and no")
        .append(" school: size, phase not offered,\nduplicate id, lead). Warnings withhold")
        .append(" nothing, nor does an error naming only a teacher.\n\n")
        .append("| code | severity | description | source |\n")
        .append("|---|---|---|---|\n");
    for (RuleDescriptor rule : rulebook.rules()) {
      md.append("| `")
          .append(rule.code())
          .append("` | ")
          .append(rule.severity())
          .append(" | ")
          .append(cell(rule.description()))
          .append(" | ")
          .append(cell(rule.source()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
