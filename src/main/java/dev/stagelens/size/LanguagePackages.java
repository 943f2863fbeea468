package dev.stagelens.size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stagelens.fs.PackageOptions;
import dev.stagelens.fs.ShellCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Installed sizes of Python and npm packages named on a {@code pip install} or {@code npm install}
 * command line, loaded once from {@code knowledge/language-packages.json}.
 */
final class LanguagePackages {

  private static final String RESOURCE = "/knowledge/language-packages.json";

  private final List<Row> rows;
  private final Map<String, Row> defaults;

  private LanguagePackages(List<Row> rows, Map<String, Row> defaults) {
    this.rows = List.copyOf(rows);
    this.defaults = Map.copyOf(defaults);
  }

  /** One package size; {@code variant} is {@code cpu} or null. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Row(
      String ecosystem,
      String name,
      String variant,
      long bytes,
      long low,
      long high,
      String basis) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record File(List<Row> rows, Map<String, Row> defaults) {}

  static LanguagePackages load() {
    try (InputStream in = LanguagePackages.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      File file = new ObjectMapper().readValue(in, File.class);
      return new LanguagePackages(file.rows(), file.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The size of the packages {@code command} names, or empty when it names none or reads them from
   * a file (requirements, lock files), which the defaults cover.
   */
  Optional<SizeEstimate> estimate(ShellCommand command) {
    Map<String, SizeEstimate> named = each(command);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    SizeEstimate total = new SizeEstimate(0, 0, 0, "");
    for (SizeEstimate part : named.values()) {
      total = total.plus(part);
    }
    List<String> bases = named.values().stream().map(SizeEstimate::basis).toList();
    return Optional.of(total.withBasis(String.join("; ", bases)));
  }

  /** The size of each package {@code command} names, in order; empty as for {@link #estimate}. */
  Map<String, SizeEstimate> each(ShellCommand command) {
    List<String> words = command.words();
    int pip = indexOfProgram(words, "pip", "pip3");
    if (pip >= 0) {
      return named(
          "pypi", words.subList(pip + 1, words.size()), cpuIndex(words), PackageOptions.PIP);
    }
    int npm = indexOfProgram(words, "npm", "yarn", "pnpm");
    return npm < 0
        ? Map.of()
        : named("npm", words.subList(npm + 1, words.size()), false, PackageOptions.NPM);
  }

  private static int indexOfProgram(List<String> words, String... programs) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String name = word.substring(word.lastIndexOf('/') + 1);
      if (List.of(programs).contains(name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean cpuIndex(List<String> words) {
    return words.stream()
        .anyMatch(w -> w.contains("://") && w.replaceAll("/+$", "").endsWith("/cpu"));
  }

  private Map<String, SizeEstimate> named(
      String ecosystem, List<String> args, boolean cpu, Set<String> valued) {
    List<String> names = names(args, valued);
    if (names.isEmpty() || args.contains("-r") || args.contains("--requirement")) {
      return Map.of();
    }
    Map<String, SizeEstimate> out = new LinkedHashMap<>();
    for (String name : names) {
      Row row = find(ecosystem, name, cpu);
      out.put(
          name, new SizeEstimate(row.bytes(), row.low(), row.high(), name + ": " + row.basis()));
    }
    return out;
  }

  private Row find(String ecosystem, String name, boolean cpu) {
    Row plain = null;
    for (Row row : rows) {
      if (row.ecosystem().equals(ecosystem) && row.name().equals(name)) {
        if (cpu && "cpu".equals(row.variant())) {
          return row;
        }
        if (row.variant() == null) {
          plain = row;
        }
      }
    }
    return plain != null ? plain : defaults.get(ecosystem);
  }

  /** The package names among the words after the program, subcommands and options dropped. */
  private static List<String> names(List<String> args, Set<String> valued) {
    List<String> names = new ArrayList<>();
    boolean afterSubcommand = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("-")) {
        i += valued.contains(arg) ? 1 : 0;
      } else if (!afterSubcommand) {
        afterSubcommand = true;
      } else if ((arg.startsWith("@") || !arg.contains("/")) && !arg.startsWith(".")) {
        names.add(bareName(arg));
      }
    }
    return names;
  }

  private static String bareName(String spec) {
    String lower = spec.toLowerCase(Locale.ROOT);
    int cut = lower.length();
    for (String stop : List.of("==", ">=", "<=", "~=", "!=", ">", "<", "[", ";", "@")) {
      int at = lower.indexOf(stop, 1);
      cut = at > 0 ? Math.min(cut, at) : cut;
    }
    return lower.substring(0, cut).replace('_', '-');
  }
}
