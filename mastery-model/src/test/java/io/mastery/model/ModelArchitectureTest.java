package io.mastery.model;

import io.mastery.model.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.jqwik.api.Example;

/** The model's boundaries: it depends on nothing of ours and exposes no generated class. */
class ModelArchitectureTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.model");

  @Example
  void modelDependsOnlyOnItselfAndTheCommonLibraries() {
    ArchitectureRules.dependsOnlyOn(
            "io.mastery.model",
            ArchitectureRules.commonLibrariesAnd("io.mastery.model.."))
        .check(MODEL);
  }

  @Example
  void modelFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.model").check(MODEL);
  }

  @Example
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.model").check(MODEL);
  }

  @Example
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.model").check(MODEL);
  }
}
