package dev.stagelens.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated table shipped under {@code knowledge/}: lines starting with {@code #} explain it,
 * the first other line names the columns, and each line after it is a row.
 */
final class KnowledgeTable {

  private KnowledgeTable() {}

  /** The rows of the table at {@code resource}, each split into its cells. */
  static List<String[]> rows(String resource) {
    try (InputStream in = KnowledgeTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          rows.add(line.split("\t"));
        }
        header = false;
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
