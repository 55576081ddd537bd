package io.mastery.model.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every statement the tests of a module make, in their display names' words, with its
 * outcome, so that {@link SpecificationDocument} can write the readable specification. Registered
 * with the JUnit Platform through {@code META-INF/services}; it writes only when the system property
 * {@value #DIRECTORY} names a folder (Surefire sets it; mutation testing and IDE runs do not), as
 * the file {@value #FILE_NAME} there.
 */
public final class SpecificationListener implements TestExecutionListener {

  /** The system property naming the folder to write to. */
  public static final String DIRECTORY = "mastery.specification.dir";

  /** The file written in that folder. */
  public static final String FILE_NAME = "statements.tsv";

  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private volatile Optional<TestPlan> plan = Optional.empty();

  /** Creates the listener; the JUnit Platform calls this through the service loader. */
  public SpecificationListener() {}

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = Optional.of(testPlan);
    lines.clear();
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    if (identifier.isTest()) {
      record(identifier, "skipped");
    } else {
      plan.ifPresent(p -> p.getDescendants(identifier).stream()
          .filter(TestIdentifier::isTest)
          .forEach(test -> record(test, "skipped")));
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    if (!identifier.isTest()) {
      return;
    }
    String outcome =
        switch (result.getStatus()) {
          case SUCCESSFUL -> "passed";
          case ABORTED -> "aborted";
          case FAILED -> "failed";
        };
    record(identifier, outcome);
  }

  private void record(TestIdentifier test, String outcome) {
    TestPlan testPlan = plan.orElse(null);
    if (testPlan == null) {
      return;
    }
    List<String> path = new ArrayList<>();
    Optional<TestIdentifier> current = Optional.of(test);
    String className = "";
    while (current.isPresent()) {
      TestIdentifier node = current.get();
      Optional<TestSource> source = node.getSource();
      if (source.isPresent() && source.get() instanceof ClassSource cs && className.isEmpty()) {
        className = cs.getClassName();
      } else if (source.isPresent() && source.get() instanceof MethodSource ms && className.isEmpty()) {
        className = ms.getClassName();
      }
      if (node.getParentIdObject().isPresent()) {
        path.add(0, clean(node.getDisplayName()));
      }
      current = node.getParentIdObject().map(testPlan::getTestIdentifier);
    }
    String outermost = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    Set<String> tags = new LinkedHashSet<>();
    Optional<TestIdentifier> node = Optional.of(test);
    while (node.isPresent()) {
      for (TestTag tag : node.get().getTags()) {
        tags.add(tag.getName());
      }
      node = node.get().getParentIdObject().map(testPlan::getTestIdentifier);
    }
    Area area = Area.of(outermost, tags, String.join(" ", path));
    lines.add(area.name() + "\t" + outermost + "\t" + outcome + "\t" + String.join("\t", path));
  }

  private static String clean(String displayName) {
    StringBuilder out = new StringBuilder(displayName.length());
    displayName.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString().strip();
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    String folder = System.getProperty(DIRECTORY);
    if (folder == null || folder.isBlank()) {
      return;
    }
    Path directory = Path.of(folder);
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, FILE_NAME, ".part");
      Files.write(temporary, sorted, StandardCharsets.UTF_8);
      Files.move(
          temporary,
          directory.resolve(FILE_NAME),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the specification statements to " + directory, e);
    }
  }
}
