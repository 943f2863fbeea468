package dev.stagelens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The folders are the pipeline: each package uses only the ones before it. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.stagelens");

  @Test
  void packages_dependOnlyOnEarlierStagesOfThePipeline() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("parse")
        .definedBy("dev.stagelens.parse..")
        .layer("instruction")
        .definedBy("dev.stagelens.instruction..")
        .layer("graph")
        .definedBy("dev.stagelens.graph..")
        .layer("fs")
        .definedBy("dev.stagelens.fs..")
        .layer("size")
        .definedBy("dev.stagelens.size..")
        .layer("rule")
        .definedBy("dev.stagelens.rule..")
        .layer("analysis")
        .definedBy("dev.stagelens.analysis..")
        .layer("optimize")
        .definedBy("dev.stagelens.optimize..")
        .layer("api")
        .definedBy("dev.stagelens.api..")
        .whereLayer("api")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("optimize")
        .mayOnlyBeAccessedByLayers("api")
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("optimize", "api")
        .whereLayer("rule")
        .mayOnlyBeAccessedByLayers("analysis", "optimize", "api")
        .whereLayer("size")
        .mayOnlyBeAccessedByLayers("rule", "analysis", "optimize", "api")
        .whereLayer("fs")
        .mayOnlyBeAccessedByLayers("size", "rule", "analysis", "optimize", "api")
        .whereLayer("graph")
        .mayOnlyBeAccessedByLayers("fs", "size", "rule", "analysis", "optimize", "api")
        .whereLayer("instruction")
        .mayOnlyBeAccessedByLayers("graph", "fs", "size", "rule", "analysis", "optimize", "api")
        .check(CLASSES);
  }

  @Test
  void core_hasNoQuarkusOrJakartaImports() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.stagelens.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.quarkus..", "jakarta..", "io.vertx..", "org.jboss..")
        .check(CLASSES);
  }

  @Test
  void nothing_opensANetworkConnection() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net.http..", "javax.net..", "java.nio.channels..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.URLConnection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.HttpURLConnection")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.DatagramSocket")
        .orShould()
        .callMethod("java.net.URL", "openConnection")
        .orShould()
        .callMethod("java.net.URL", "openStream")
        .check(CLASSES);
  }
}
