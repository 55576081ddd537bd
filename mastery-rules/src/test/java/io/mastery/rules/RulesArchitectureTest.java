package io.mastery.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mastery.model.testkit.ArchitectureRules;
import io.mastery.model.testkit.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The rule engines' boundaries: they depend only on the model and expose no generated class. */
@DisplayName("The rule engines")
@Tag(Area.TAG_MECHANICS)
class RulesArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.rules");

  @Test
  @DisplayName("depend only on the model and the common libraries")
  void rulesDependOnlyOnTheModelAndTheCommonLibraries() {
    ArchitectureRules.dependsOnlyOn(
            "io.mastery.rules",
            ArchitectureRules.commonLibrariesAnd("io.mastery.model..", "io.mastery.rules.."))
        .check(RULES);
  }

  @Test
  @DisplayName("keep their feature packages free of cycles")
  void rulesFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.rules").check(RULES);
  }

  @Test
  @DisplayName("keep their generated classes out of the public API")
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.rules").check(RULES);
  }

  @Test
  @DisplayName("expose no generated class in a public signature")
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.rules").check(RULES);
  }
}
