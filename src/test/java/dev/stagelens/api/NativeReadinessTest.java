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

  private static List<Class<?>> serialised() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> view : List.of(AnalysisView.class, AstView.class)) {
      out.add(view);
      Arrays.stream(view.getDeclaredClasses()).filter(Class::isRecord).forEach(out::add);
    }
    out.add(AnalysisRequest.class);
    out.add(Problem.class);
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
