package io.mastery.model;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mastery.model.testkit.Area;
import io.mastery.model.testkit.ArchitectureRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The model's boundaries: it depends on nothing of ours and exposes no generated class. */
@Tag(Area.TAG_MECHANICS)
@DisplayName("The model's architecture")
class ModelArchitectureTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.model");

  @Test
  @DisplayName("depends only on itself and the common libraries")
  void modelDependsOnlyOnItselfAndTheCommonLibraries() {
    ArchitectureRules.dependsOnlyOn(
            "io.mastery.model", ArchitectureRules.commonLibrariesAnd("io.mastery.model.."))
        .check(MODEL);
  }

  @Test
  @DisplayName("has feature packages free of cycles")
  void modelFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.model").check(MODEL);
  }

  @Test
  @DisplayName("keeps the classes Immutables generates out of the public API")
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.model").check(MODEL);
  }

  @Test
  @DisplayName("shows no generated class in a public signature")
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.model").check(MODEL);
  }
}
