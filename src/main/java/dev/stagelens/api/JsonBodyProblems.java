package dev.stagelens.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is wrong with a JSON request body, in the words of the contract rather than of Java types:
 * where the JSON breaks off, which field is unknown (and the closest known one), or which field has
 * a value of the wrong kind.
 */
final class JsonBodyProblems {

  /** Jackson's note of where in its input source a token started, which the detail says already. */
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\(start marker at \\[Source: [^]]*\\]\\)");

  private JsonBodyProblems() {}

  /** The detail for a body that is not JSON at all, or breaks off. */
  static String notJson(JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    String cause = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    return "request body is not valid JSON" + where + ": " + cause;
  }

  /** The detail for valid JSON whose fields do not fit the operation's request. */
  static String misfit(MismatchedInputException e) {
    String field = path(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> known =
          unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String match = KnownQueryParameters.closest(unknown.getPropertyName(), known);
      return "request body: unknown field '"
          + field
          + "'"
          + (match.isEmpty() ? "" : " (did you mean " + match + "?)")
          + "; "
          + (known.isEmpty() ? "it takes none" : "known fields here: " + String.join(", ", known));
    }
    if (field.isEmpty()) {
      return "request body must be a JSON object";
    }
    return "request body: field '" + field + "' must be " + kind(e.getTargetType());
  }

  private static String path(List<JsonMappingException.Reference> path) {
    return path.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "of another kind";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.of(Long.class, long.class, Integer.class, int.class).contains(type)) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
      return "a number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isEnum()) {
      return "one of " + List.of(type.getEnumConstants());
    }
    return "an object";
  }
}
