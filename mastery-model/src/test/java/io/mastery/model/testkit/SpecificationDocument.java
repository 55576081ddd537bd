package io.mastery.model.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the readable specification, {@code docs/specification.md}: for each {@link Area} of the
 * programme, every statement that the tests make, in their display names' words, with whether it
 * passed. It reads the statements that {@link SpecificationListener} recorded in each module.
 */
public final class SpecificationDocument {

  private final List<Statement> statements;

  private SpecificationDocument(List<Statement> statements) {
    this.statements = statements;
  }

  /** One statement: its area, its test class, its outcome and the path of display names. */
  record Statement(Area area, String className, String outcome, List<String> path) {}

  /**
   * Reads the statements recorded in the given files.
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if a line is not one the listener writes
   */
  public static SpecificationDocument read(List<Path> files) throws IOException {
    List<Statement> statements = new ArrayList<>();
    for (Path file : files) {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        if (line.isEmpty()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length < 4) {
          throw new IllegalArgumentException(
              file + ":" + number + ": expected area, class, outcome and names: \"" + line + "\"");
        }
        statements.add(
            new Statement(
                Area.valueOf(fields[0]),
                fields[1],
                fields[2],
                List.copyOf(Arrays.asList(fields).subList(3, fields.length))));
      }
    }
    return new SpecificationDocument(statements);
  }

  /** Returns how many statements there are. */
  public int size() {
    return statements.size();
  }

  /** Returns the statements that did not pass, as "path: outcome" lines. */
  public List<String> notPassed() {
    List<String> out = new ArrayList<>();
    for (Statement s : statements) {
      if (!s.outcome().equals("passed") && !s.outcome().equals("skipped")) {
        out.add(String.join(" > ", s.path()) + ": " + s.outcome());
      }
    }
    return out;
  }

  /** A node of the tree of display names under one test class. */
  private static final class Node {
    final TreeMap<String, Node> children = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final List<String[]> leaves = new ArrayList<>();
  }

  /** Returns the Markdown text of the specification. */
  public String toMarkdown() {
    Map<Area, TreeMap<String, Node>> byArea = new EnumMap<>(Area.class);
    Map<Area, Integer> counts = new EnumMap<>(Area.class);
    for (Statement s : statements) {
      TreeMap<String, Node> classes =
          byArea.computeIfAbsent(s.area(), a -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
      List<String> path = s.path();
      Node node = classes.computeIfAbsent(path.get(0), k -> new Node());
      for (String group : path.subList(1, path.size() - 1)) {
        node = node.children.computeIfAbsent(group, k -> new Node());
      }
      node.leaves.add(new String[] {path.get(path.size() - 1), s.outcome()});
      counts.merge(s.area(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder();
    out.append("# The programme's specification\n\n");
    out.append(
        "Every statement that the tests make, in their own words, grouped by the part of the\n"
            + "programme it is about. Each is checked by a property (generated examples, shrunk to the\n"
            + "smallest counter-example when one fails) or by a worked example. Written from the test\n"
            + "tree by the build, which fails when this file no longer matches the tests; to rewrite it,\n"
            + "run `mvn -B verify -Dmastery.specification.write=true`.\n\n");
    out.append("✓ passed, ✗ failed, ○ skipped.\n\n");
    out.append("| part of the programme | statements |\n|---|---|\n");
    for (Area area : byArea.keySet()) {
      out.append("| [")
          .append(area.title())
          .append("](#")
          .append(anchor(area.title()))
          .append(") | ")
          .append(counts.get(area))
          .append(" |\n");
    }
    out.append('\n');
    for (Map.Entry<Area, TreeMap<String, Node>> area : byArea.entrySet()) {
      out.append("## ").append(area.getKey().title()).append("\n\n");
      for (Map.Entry<String, Node> subject : area.getValue().entrySet()) {
        out.append("### ").append(subject.getKey()).append("\n\n");
        write(subject.getValue(), 0, out);
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void write(Node node, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    List<String[]> leaves = new ArrayList<>(node.leaves);
    leaves.sort(Comparator.comparing((String[] l) -> l[0], String.CASE_INSENSITIVE_ORDER)
        .thenComparing(l -> l[0]));
    for (String[] leaf : leaves) {
      out.append(indent).append("- ").append(mark(leaf[1])).append(' ').append(escape(leaf[0]))
          .append('\n');
    }
    for (Map.Entry<String, Node> child : node.children.entrySet()) {
      out.append(indent).append("- ").append(escape(child.getKey())).append('\n');
      write(child.getValue(), depth + 1, out);
    }
  }

  private static String mark(String outcome) {
    return switch (outcome) {
      case "passed" -> "✓";
      case "skipped" -> "○";
      default -> "✗";
    };
  }

  private static String escape(String text) {
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
  }

  private static String anchor(String title) {
    StringBuilder out = new StringBuilder();
    for (char c : title.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.append(c);
      } else if (c == ' ') {
        out.append('-');
      }
    }
    return out.toString();
  }
}
