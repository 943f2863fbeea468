package dev.stagelens.instruction;

import java.util.List;
import java.util.Locale;

/**
 * One {@code RUN --device} as BuildKit parses it.
 *
 * @param name the device name (a CDI device reference)
 * @param required whether the build fails when the device is not available
 */
public record Device(String name, boolean required) {
  private static final List<String> KEYS = List.of("name", "required");

  /**
   * Parses a {@code --device} value such as {@code vendor.com/gpu=all,required}.
   *
   * @throws InstructionException with BuildKit's message when the value is invalid
   */
  public static Device parse(String spec) {
    List<String> fields;
    try {
      fields = CsvFields.split(spec);
    } catch (IllegalArgumentException e) {
      throw new InstructionException("failed to parse csv devices: " + e.getMessage());
    }
    String name = "";
    boolean required = false;
    for (String field : fields) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : field.substring(eq + 1);
      if (key.equals("required")) {
        required = eq < 0 || GoValues.parseBool(value).orElseThrow(() -> bad(key, value));
      } else if (key.equals("name") && eq >= 0) {
        if (!name.isEmpty()) {
          throw new InstructionException("device name already set to " + name);
        }
        name = value;
      } else if (name.isEmpty()) {
        name = field;
      } else {
        throw unexpected(field, key, eq >= 0);
      }
    }
    return new Device(name, required);
  }

  private static InstructionException bad(String key, String value) {
    return new InstructionException("invalid value for " + key + ": " + value);
  }

  private static InstructionException unexpected(String field, String key, boolean hasValue) {
    if (!hasValue) {
      return new InstructionException("invalid field '" + field + "' must be a key=value pair");
    }
    String message = "unexpected key '" + key + "' in '" + field + "'";
    return new InstructionException(Suggest.wrap(message, key, KEYS, true));
  }
}
