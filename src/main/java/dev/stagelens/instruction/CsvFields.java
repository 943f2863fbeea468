package dev.stagelens.instruction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a one-line CSV value into fields the way BuildKit's {@code csvvalue.Fields} does:
 * comma-separated, double-quoted fields with {@code ""} for a quote, strict about stray quotes.
 */
final class CsvFields {
  private CsvFields() {}

  /**
   * The fields of the value.
   *
   * @throws IllegalArgumentException with Go's {@code encoding/csv} text, or {@code EOF} for an
   *     empty value
   */
  static List<String> split(String value) {
    String line = trimNewline(value);
    if (line.isEmpty()) {
      throw new IllegalArgumentException("EOF");
    }
    List<String> fields = new ArrayList<>();
    int i = 0;
    while (true) {
      if (i >= line.length() || line.charAt(i) != '"') {
        int comma = line.indexOf(',', i);
        String field = comma >= 0 ? line.substring(i, comma) : line.substring(i);
        int quote = field.indexOf('"');
        if (quote >= 0) {
          throw parseError(line, i + quote, "bare \" in non-quoted-field");
        }
        fields.add(field);
        if (comma < 0) {
          return fields;
        }
        i = comma + 1;
        continue;
      }
      i = quotedField(line, i + 1, fields);
      if (i < 0) {
        return fields;
      }
    }
  }

  /** Reads a quoted field starting after its quote; the index after its comma, or -1 at end. */
  private static int quotedField(String line, int start, List<String> fields) {
    StringBuilder field = new StringBuilder();
    int i = start;
    while (true) {
      int quote = line.indexOf('"', i);
      if (quote < 0) {
        throw parseError(line, i, "extraneous or missing \" in quoted-field");
      }
      field.append(line, i, quote);
      i = quote + 1;
      if (i < line.length() && line.charAt(i) == '"') {
        field.append('"');
        i++;
      } else if (i < line.length() && line.charAt(i) == ',') {
        fields.add(field.toString());
        return i + 1;
      } else if (i >= line.length()) {
        fields.add(field.toString());
        return -1;
      } else {
        throw parseError(line, i - 1, "extraneous or missing \" in quoted-field");
      }
    }
  }

  private static String trimNewline(String value) {
    if (value.endsWith("\r\n")) {
      return value.substring(0, value.length() - 2);
    }
    if (value.endsWith("\n")) {
      return value.substring(0, value.length() - 1);
    }
    return value;
  }

  /** Go reports the column as a 1-based byte offset. */
  private static IllegalArgumentException parseError(String line, int index, String reason) {
    int column = line.substring(0, index).getBytes(StandardCharsets.UTF_8).length + 1;
    return new IllegalArgumentException("parse error on line 1, column " + column + ": " + reason);
  }
}
