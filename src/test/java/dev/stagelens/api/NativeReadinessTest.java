package dev.stagelens.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a native executable needs that the JVM finds on its own: resources and reflection. */
class NativeReadinessTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");

  private static Properties applicationProperties() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(RESOURCES.resolve("application.properties"))) {
      properties.load(reader);
    }
    return properties;
  }

  private static List<String> dataFolders() throws IOException {
    try (Stream<Path> entries = Files.list(RESOURCES)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("META-INF"))
          .sorted()
          .toList();
    }
  }

  /** Every record of the API package: views, requests and problems are all read or written. */
  private static List<Class<?>> serialised() {
    List<Class<?>> out = new ArrayList<>();
    new com.tngtech.archunit.core.importer.ClassFileImporter()
            .withImportOption(
                com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stagelens.api")
            .stream()
            .filter(c -> c.isRecord())
            .filter(
                c ->
                    !c.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE))
            .forEach(c -> out.add(c.reflect()));
    return out;
  }

  @Test
  void nativeResources_includeEveryDataFolder() throws IOException {
    List<String> globs = dataFolders().stream().map(name -> name + "/**").toList();
    assertEquals(List.of("data/**", "knowledge/**"), globs);
    assertEquals(
        String.join(",", globs),
        applicationProperties().getProperty("quarkus.native.resources.includes"));
  }

  @Test
  void reflection_registersEveryRecordJacksonSerialises() {
    RegisterForReflection registration =
        NativeReflection.class.getAnnotation(RegisterForReflection.class);
    List<String> registered =
        Arrays.stream(registration.targets()).map(Class::getName).sorted().toList();
    assertEquals(serialised().stream().map(Class::getName).sorted().toList(), registered);
  }
}
