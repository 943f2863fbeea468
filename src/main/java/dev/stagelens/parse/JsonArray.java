package dev.stagelens.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exec form {@code ["a", "b"]} exactly as BuildKit's {@code parseJSON} does with Go's
 * {@code encoding/json} into {@code []any}.
 *
 * <p>Jackson with its default, strict features accepts the same documents as Go: no comments,
 * single quotes, trailing commas, NaN, leading zeros or control characters inside strings. Three Go
 * behaviours are added by hand: a number too large for a float64 makes the whole document fail (so
 * the line falls back to the shell form), an unpaired surrogate escape decodes to U+FFFD, and
 * nesting is limited to Go's depth of 10000 while strings, names and numbers are unlimited as in
 * Go.
 */
final class JsonArray {

  private static final int GO_MAX_NESTING_DEPTH = 10_000;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(GO_MAX_NESTING_DEPTH)
                          .maxNumberLength(Integer.MAX_VALUE)
                          .maxStringLength(Integer.MAX_VALUE)
                          .maxNameLength(Integer.MAX_VALUE)
                          .build())
                  .build())
          .build();

  private JsonArray() {}

  /**
   * The strings of the array, or null when {@code rest} is not a JSON array in Go's eyes.
   *
   * @throws ParseFault when the array is valid JSON but holds something other than strings
   */
  static List<String> parse(String rest) {
    int start = GoText.skipSpace(rest, 0, rest.length());
    if (start == rest.length() || rest.charAt(start) != '[') {
      return null;
    }
    try (JsonParser parser = MAPPER.createParser(rest.substring(start))) {
      return readArray(parser);
    } catch (IOException notJson) {
      return null;
    }
  }

  private static List<String> readArray(JsonParser parser) throws IOException {
    parser.nextToken();
    List<String> values = new ArrayList<>();
    boolean nonString = false;
    boolean floatOverflow = false;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        return null;
      }
      if (token == JsonToken.VALUE_STRING) {
        values.add(withoutLoneSurrogates(parser.getText()));
      } else {
        nonString = true;
        floatOverflow |= skipValue(parser, token);
      }
    }
    if (parser.nextToken() != null || floatOverflow) {
      return null;
    }
    if (nonString) {
      throw ParseFault.notStringArray();
    }
    return values;
  }

  /** Skips one value; true when it holds a number Go cannot store in a float64. */
  private static boolean skipValue(JsonParser parser, JsonToken first) throws IOException {
    boolean overflow = false;
    int depth = 0;
    JsonToken token = first;
    while (true) {
      if (token == null) {
        throw new IOException("unexpected end of JSON input");
      }
      if (token.isNumeric()) {
        overflow |= Double.isInfinite(Double.parseDouble(parser.getText()));
      } else if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        return overflow;
      }
      token = parser.nextToken();
    }
  }

  /** Go decodes an unpaired surrogate escape such as {@code \ud800} to U+FFFD. */
  private static String withoutLoneSurrogates(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !Character.isSurrogate(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(i + 1));
        i += 2;
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        i++;
      }
    }
    return out.toString();
  }
}
