package io.mastery.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.mastery.model.testkit.ArchitectureRules;
import net.jqwik.api.Example;

/** The rule engines' boundaries: they depend only on the model and expose no generated class. */
class RulesArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.mastery.rules");

  @Example
  void rulesDependOnlyOnTheModelAndTheCommonLibraries() {
    ArchitectureRules.dependsOnlyOn(
            "io.mastery.rules",
            ArchitectureRules.commonLibrariesAnd("io.mastery.model..", "io.mastery.rules.."))
        .check(RULES);
  }

  @Example
  void rulesFeaturePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("io.mastery.rules").check(RULES);
  }

  @Example
  void generatedClassesAreNotPublic() {
    ArchitectureRules.generatedClassesAreNotPublic("io.mastery.rules").check(RULES);
  }

  @Example
  void publicSignaturesDoNotExposeGeneratedClasses() {
    ArchitectureRules.publicSignaturesDoNotExposeGeneratedClasses("io.mastery.rules").check(RULES);
  }
}
