package io.mastery.io;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mastery.model.testkit.ArchitectureRules;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The I/O module's boundaries: it depends only on the model, the rules, Jackson and Commons CSV,
 * and exposes no generated class.
 */
@DisplayName("The I/O module")
@Tag(Area.TAG_MECHANICS)
class IoArchitectureTest {

  private static final JavaClasses IO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.io");

  @Test
  @DisplayName("depends only on the model, the rules, Jackson and Commons CSV")
  void ioDependsOnlyOnModelRulesAndItsParsers() {
    ArchitectureRules.dependsOnlyOn(
            "io.mastery.io",
            ArchitectureRules.commonLibrariesAnd(
                "io.mastery.model..",
                "io.mastery.rules..",
                "io.mastery.io..",
                "com.fasterxml.jackson..",
                "org.apache.commons.csv.."))
        .check(IO);
  }

  @Test
  @DisplayName("is not depended on by the model or the rules")
  void theModelAndRulesDoNotDependOnIo() {
    JavaClasses library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mastery.model", "io.mastery.rules");
    ArchitectureRules.dependsOnNoneOf("io.mastery", "io.mastery.io..", "io.mastery.examples..")
        .check(library);
  }

  @Test
  @DisplayName("has feature packages free of cycles")
  void ioFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.io").check(IO);
  }

  @Test
  @DisplayName("keeps its generated classes out of the public API")
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.io").check(IO);
  }

  @Test
  @DisplayName("exposes no generated class in a public signature")
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.io").check(IO);
  }
}
