package dev.stagelens.instruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The builder flags of one instruction, checked the way BuildKit's {@code BFlags} checks them. */
final class Flags {
  private enum Kind {
    BOOL,
    STRING,
    STRINGS
  }

  private final List<String> args;
  private final Map<String, Kind> declared = new LinkedHashMap<>();
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();

  Flags(List<String> args) {
    this.args = args;
  }

  Flags bool(String name) {
    declared.put(name, Kind.BOOL);
    values.put(name, "false");
    return this;
  }

  Flags string(String name, String defaultValue) {
    declared.put(name, Kind.STRING);
    values.put(name, defaultValue);
    return this;
  }

  Flags strings(String name) {
    declared.put(name, Kind.STRINGS);
    lists.put(name, new ArrayList<>());
    return this;
  }

  /** Reads the flags; fails on the first one BuildKit rejects. */
  Flags parse() {
    for (String arg : args) {
      if (arg.equals("--")) {
        return this;
      }
      if (!arg.startsWith("--")) {
        throw new InstructionException("arg should start with -- : " + arg);
      }
      parseOne(arg);
    }
    return this;
  }

  private void parseOne(String arg) {
    int eq = arg.indexOf('=');
    String flagName = eq < 0 ? arg : arg.substring(0, eq);
    String value = eq < 0 ? "" : arg.substring(eq + 1);
    String name = flagName.substring(2);
    Kind kind = declared.get(name);
    if (kind == null) {
      String message = "unknown flag: " + flagName;
      throw new InstructionException(
          Suggest.wrap(message, name, List.copyOf(declared.keySet()), true));
    }
    if (!used.add(name) && kind != Kind.STRINGS) {
      throw new InstructionException("duplicate flag specified: " + flagName);
    }
    switch (kind) {
      case BOOL -> values.put(name, boolValue(flagName, value, eq >= 0));
      case STRING -> values.put(name, requireValue(flagName, value, eq >= 0));
      case STRINGS -> lists.get(name).add(requireValue(flagName, value, eq >= 0));
    }
  }

  private static String boolValue(String flagName, String value, boolean hasValue) {
    if (hasValue && value.isEmpty()) {
      throw missingValue(flagName);
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "" -> "true";
      case "false" -> "false";
      default ->
          throw new InstructionException(
              "expecting boolean value for flag " + flagName + ", not: " + value);
    };
  }

  private static String requireValue(String flagName, String value, boolean hasValue) {
    if (!hasValue) {
      throw missingValue(flagName);
    }
    return value;
  }

  private static InstructionException missingValue(String flagName) {
    return new InstructionException("missing a value on flag: " + flagName);
  }

  String string(String name) {
    return values.get(name);
  }

  boolean isTrue(String name) {
    return "true".equals(values.get(name));
  }

  List<String> list(String name) {
    return List.copyOf(lists.get(name));
  }

  boolean isUsed(String name) {
    return used.contains(name);
  }

  /** The names of the flags that were given, in order of first use. */
  List<String> used() {
    return List.copyOf(used);
  }
}
