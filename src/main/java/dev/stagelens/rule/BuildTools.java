package dev.stagelens.rule;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The packages only a build needs, by package manager, read once from {@code
 * knowledge/build-tools.tsv}: adding one is adding a row.
 */
final class BuildTools {

  private static final String RESOURCE = "/knowledge/build-tools.tsv";

  /** What a listed package is to a build. */
  enum Role {
    /** A compiler, build system or JDK. */
    TOOLCHAIN,
    /** Headers or a build helper. */
    BUILD_ONLY
  }

  private record Row(String manager, Pattern pattern, boolean toolchain, boolean buildOnly) {}

  private static final List<Row> ROWS = load();

  private BuildTools() {}

  /** True when {@code name}, installed by {@code manager}, plays {@code role}. */
  static boolean is(String manager, String name, Role role) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Row row : ROWS) {
      boolean plays = role == Role.TOOLCHAIN ? row.toolchain() : row.buildOnly();
      if (plays && row.manager().equals(manager) && row.pattern().matcher(lower).matches()) {
        return true;
      }
    }
    return false;
  }

  private static List<Row> load() {
    return KnowledgeTable.rows(RESOURCE).stream().map(BuildTools::row).toList();
  }

  private static Row row(String[] cells) {
    String regex = Pattern.quote(cells[1]).replace("*", "\\E.*\\Q");
    boolean both = cells[2].equals("both");
    return new Row(
        cells[0],
        Pattern.compile(regex),
        both || cells[2].equals("toolchain"),
        both || cells[2].equals("build-only"));
  }
}
