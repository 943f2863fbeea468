package dev.stagelens.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stagelens.analysis.Analysis;
import dev.stagelens.analysis.AnalysisSettings;
import dev.stagelens.analysis.Analyzer;
import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.ContextFile;
import dev.stagelens.fs.IgnorePatterns;
import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.Platform;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases per rule: {@code src/test/resources/rules/<RuleId>/<case>.Dockerfile} with the
 * rule's findings in {@code <case>.expected}, one {@code line Rule: message} per line (an empty
 * file for a case that must stay quiet). A {@code <case>.properties} sibling may set {@code
 * target}, {@code maxImageBytes} and {@code build-arg.NAME}; a {@code <case>.dockerignore} sibling
 * is the build context's {@code .dockerignore}; a {@code <case>.context} sibling lists the build
 * context, one {@code <bytes> <path>} a line (without it the context is unknown). Adding a
 * regression is adding two files.
 */
class RuleCasesTest {

  static final Path CASES = Path.of("src/test/resources/rules");
  private static final Analyzer ANALYZER = Analyzer.withDefaults();

  @TestFactory
  Stream<DynamicTest> everyCase_findsExactlyTheExpectedLines() {
    return cases().stream()
        .map(
            dockerfile ->
                DynamicTest.dynamicTest(
                    CASES.relativize(dockerfile).toString(),
                    () -> assertEquals(expected(dockerfile), findings(dockerfile))));
  }

  @Test
  void everyRule_hasACaseThatFiresAndOneThatStaysQuiet() {
    for (Rule rule : Lint.REGISTRY.rules()) {
      List<Path> own = casesOf(rule.id());
      assertTrue(
          own.stream().anyMatch(c -> !expected(c).isEmpty()),
          rule.id() + " has no case that fires");
      assertTrue(
          own.stream().anyMatch(c -> expected(c).isEmpty()), rule.id() + " has no quiet case");
    }
  }

  @Test
  void everyImageRule_staysQuietOnABuilderOnlyStage() {
    for (Rule rule : Lint.REGISTRY.rules()) {
      if (!rule.imageRule()) {
        continue;
      }
      List<Path> builderOnly =
          casesOf(rule.id()).stream()
              .filter(c -> c.getFileName().toString().startsWith("builder-only"))
              .toList();
      assertFalse(builderOnly.isEmpty(), rule.id() + " has no builder-only case");
      builderOnly.forEach(c -> assertEquals(List.of(), expected(c), c + " must stay quiet"));
    }
  }

  @Test
  void everyCaseFolder_namesARegisteredRule() {
    try (Stream<Path> folders = Files.list(CASES)) {
      for (Path folder : folders.toList()) {
        String id = folder.getFileName().toString();
        assertTrue(Lint.REGISTRY.rule(id).isPresent(), id + " is not a registered rule");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings of the folder's rule on one case, as {@code line Rule: message}. */
  static List<String> findings(Path dockerfile) {
    String rule = dockerfile.getParent().getFileName().toString();
    Properties properties = properties(dockerfile);
    Analysis analysis =
        ANALYZER.analyze(read(dockerfile), options(properties), settings(dockerfile, properties));
    return Lint.lines(analysis.findings()).stream()
        .filter(line -> line.contains(" " + rule + ": "))
        .toList();
  }

  private static BuildOptions options(Properties properties) {
    Map<String, String> args = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("build-arg.")) {
        args.put(key.substring("build-arg.".length()), properties.getProperty(key));
      }
    }
    return new BuildOptions(
        args,
        Platform.LINUX_AMD64,
        Platform.LINUX_AMD64,
        Optional.ofNullable(properties.getProperty("target")));
  }

  private static AnalysisSettings settings(Path dockerfile, Properties properties) {
    String budget = properties.getProperty("maxImageBytes");
    Path ignore = sibling(dockerfile, ".dockerignore");
    Optional<String> ignoreText =
        Files.exists(ignore) ? Optional.of(read(ignore)) : Optional.empty();
    return AnalysisSettings.DEFAULTS
        .withMaxImageBytes(budget == null ? null : Long.valueOf(budget))
        .withContext(context(dockerfile, ignoreText))
        .withLint(ignoreText, AnalysisSettings.DEFAULTS.rules());
  }

  private static BuildContext context(Path dockerfile, Optional<String> ignore) {
    Path listing = sibling(dockerfile, ".context");
    if (!Files.exists(listing)) {
      return null;
    }
    List<ContextFile> files = new ArrayList<>();
    for (String line : read(listing).lines().filter(l -> !l.isBlank()).toList()) {
      int space = line.indexOf(' ');
      files.add(
          ContextFile.file(line.substring(space + 1), Long.parseLong(line.substring(0, space))));
    }
    return BuildContext.of(files, IgnorePatterns.parse(ignore.orElse(null)));
  }

  private static List<String> expected(Path dockerfile) {
    return read(sibling(dockerfile, ".expected")).lines().filter(l -> !l.isBlank()).toList();
  }

  private static Properties properties(Path dockerfile) {
    Properties properties = new Properties();
    Path file = sibling(dockerfile, ".properties");
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }

  private static Path sibling(Path dockerfile, String suffix) {
    String name = dockerfile.getFileName().toString();
    return dockerfile.resolveSibling(
        name.substring(0, name.length() - ".Dockerfile".length()) + suffix);
  }

  private static List<Path> casesOf(String id) {
    return cases().stream().filter(c -> c.getParent().getFileName().toString().equals(id)).toList();
  }

  private static List<Path> cases() {
    try (Stream<Path> files = Files.walk(CASES)) {
      return new ArrayList<>(
          files.filter(f -> f.getFileName().toString().endsWith(".Dockerfile")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
