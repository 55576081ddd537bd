package io.mastery.io;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mastery.model.testkit.ArchitectureRules;
import net.jqwik.api.Example;

/**
 * The I/O module's boundaries: it depends only on the model, the rules, Jackson and Commons CSV,
 * and exposes no generated class.
 */
class IoArchitectureTest {

  private static final JavaClasses IO =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.io");

  @Example
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

  @Example
  void theModelAndRulesDoNotDependOnIo() {
    JavaClasses library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.mastery.model", "io.mastery.rules");
    ArchitectureRules.dependsOnNoneOf("io.mastery", "io.mastery.io..", "io.mastery.examples..")
        .check(library);
  }

  @Example
  void ioFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.io").check(IO);
  }

  @Example
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.io").check(IO);
  }

  @Example
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.io").check(IO);
  }
}
