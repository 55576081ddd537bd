package io.mastery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.mastery.model.testkit.Area;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The bill of materials stands outside the parent build, so nothing else keeps it in step: it must
 * carry the parent's version and list every library module.
 */
@DisplayName("The bill of materials")
@Tag(Area.TAG_MECHANICS)
class BomVersionTest {

  private static final Path ROOT = Path.of("..");

  @Test
  @DisplayName("carries the parent build's version")
  void bomHasTheParentsVersion() throws Exception {
    assertThat(ownVersion(read(ROOT.resolve("mastery-bom/pom.xml"))))
        .isEqualTo(ownVersion(read(ROOT.resolve("pom.xml"))));
  }

  @Test
  @DisplayName("lists every library module")
  void bomListsEveryLibraryModule() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    List<String> libraries = new ArrayList<>();
    for (String module : texts(parent.getElementsByTagName("module"))) {
      if (module.startsWith("mastery-") && !module.equals("mastery-bom")) {
        libraries.add(module);
      }
    }
    List<String> managed = texts(read(ROOT.resolve("mastery-bom/pom.xml")).getElementsByTagName("artifactId"));
    assertThat(libraries).isNotEmpty();
    assertThat(managed).containsAll(libraries);
  }

  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  private static String ownVersion(Document pom) {
    NodeList children = pom.getDocumentElement().getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element element && element.getTagName().equals("version")) {
        return element.getTextContent().trim();
      }
    }
    throw new AssertionError("pom has no version of its own");
  }

  private static List<String> texts(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
