package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code RUN --mount} values the way BuildKit's {@code commands_runmount.go} does.
 *
 * <p>BuildKit reads a mount twice: when the Dockerfile is parsed it only checks the CSV syntax and
 * that {@code from} holds no variable ({@link #check}); when the RUN is dispatched it expands every
 * value and parses the whole mount ({@link #parse}).
 */
public final class Mounts {
  private static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
  private static final List<String> SHARING = List.of("shared", "private", "locked");
  private static final List<String> KEYS =
      List.of(
          "type",
          "from",
          "source",
          "target",
          "readonly",
          "id",
          "sharing",
          "required",
          "size",
          "mode",
          "uid",
          "gid",
          "src",
          "dst",
          "destination",
          "ro",
          "rw",
          "readwrite",
          "env");

  private Mounts() {}

  /**
   * The parse-time check of one mount value.
   *
   * @throws InstructionException for bad CSV or a variable in {@code from}
   */
  public static void check(String spec) {
    for (String field : fields(spec)) {
      int eq = field.indexOf('=');
      if (eq < 0 || !field.substring(0, eq).toLowerCase(Locale.ROOT).equals("from")) {
        continue;
      }
      String value = field.substring(eq + 1);
      int dollar = value.indexOf('$');
      if (dollar >= 0 && dollar != value.length() - 1) {
        throw new InstructionException(
            "'from' doesn't support variable expansion, define alias stage instead");
      }
    }
  }

  /**
   * The dispatch-time parse of one mount value, each value expanded by {@code expander}.
   *
   * @throws InstructionException with BuildKit's message when the mount is invalid
   * @throws ExpansionException when a value cannot be expanded
   */
  public static Mount parse(String spec, WordExpander expander) {
    MountBuilder mount = new MountBuilder();
    for (String field : fields(spec)) {
      int eq = field.indexOf('=');
      if (eq < 0) {
        keyOnly(mount, field);
      } else {
        String key = field.substring(0, eq).toLowerCase(Locale.ROOT);
        keyValue(mount, key, expander.expand(field.substring(eq + 1)), field);
      }
    }
    return mount.build();
  }

  private static List<String> fields(String spec) {
    try {
      return CsvFields.split(spec);
    } catch (IllegalArgumentException e) {
      throw new InstructionException("failed to parse csv mounts: " + e.getMessage());
    }
  }

  private static void keyOnly(MountBuilder mount, String field) {
    String key = field.toLowerCase(Locale.ROOT);
    switch (key) {
      case "readonly", "ro" -> mount.readOnly(true);
      case "readwrite", "rw" -> mount.readOnly(false);
      case "required" -> {
        mount.requireSecretOrSsh(key);
        mount.required = true;
      }
      default ->
          throw new InstructionException("invalid field '" + field + "' must be a key=value pair");
    }
  }

  private static void keyValue(MountBuilder mount, String key, String value, String field) {
    switch (key) {
      case "type" -> mount.type = type(value);
      case "from" -> mount.from = value;
      case "source", "src" -> mount.source = value;
      case "target", "dst", "destination" -> mount.target = value;
      case "readonly", "ro" -> mount.readOnly(bool(key, value));
      case "readwrite", "rw" -> mount.readOnly(!bool(key, value));
      case "required" -> {
        mount.requireSecretOrSsh(key);
        mount.required = bool(key, value);
      }
      case "size" -> mount.sizeLimit(key, value);
      case "id" -> mount.cacheId = value;
      case "sharing" -> mount.sharing = Optional.of(sharing(value));
      case "mode" -> mount.mode = Optional.of(uint32(value, 8, "mode"));
      case "uid" -> mount.uid = Optional.of(uint32(value, 10, "uid"));
      case "gid" -> mount.gid = Optional.of(uint32(value, 10, "gid"));
      case "env" -> mount.env = Optional.of(value);
      default -> {
        String message = "unexpected key '" + key + "' in '" + field + "'";
        throw new InstructionException(Suggest.wrap(message, key, KEYS, true));
      }
    }
  }

  private static MountType type(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!TYPES.contains(lower)) {
      String message = "unsupported mount type " + GoQuote.quote(value);
      throw new InstructionException(Suggest.wrap(message, value, TYPES, true));
    }
    return MountType.valueOf(lower.toUpperCase(Locale.ROOT));
  }

  private static CacheSharing sharing(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!SHARING.contains(lower)) {
      String message = "unsupported sharing value " + GoQuote.quote(value);
      throw new InstructionException(Suggest.wrap(message, value, SHARING, true));
    }
    return CacheSharing.valueOf(lower.toUpperCase(Locale.ROOT));
  }

  private static boolean bool(String key, String value) {
    return GoValues.parseBool(value).orElseThrow(() -> invalidValue(key, value));
  }

  private static long uint32(String value, int radix, String key) {
    return GoValues.parseUint32(value, radix)
        .orElseThrow(() -> new InstructionException("invalid value " + value + " for " + key));
  }

  static InstructionException invalidValue(String key, String value) {
    return new InstructionException("invalid value for " + key + ": " + value);
  }

  /** Go's {@code units.RAMInBytes}: a number with an optional binary suffix such as {@code m}. */
  static Optional<Long> ramInBytes(String size) {
    int sep = lastIndexOfAny(size, "01234567890. ");
    if (sep < 0) {
      return Optional.empty();
    }
    String number = size.charAt(sep) == ' ' ? size.substring(0, sep) : size.substring(0, sep + 1);
    String suffix = size.substring(sep + 1).toLowerCase(Locale.ROOT);
    if (!GoValues.isFloat(number)) {
      return Optional.empty();
    }
    double value = Double.parseDouble(number.replace("p", "P"));
    if (value < 0) {
      return Optional.empty();
    }
    return multiplier(suffix).map(m -> (long) (value * m));
  }

  private static Optional<Long> multiplier(String suffix) {
    if (suffix.isEmpty() || suffix.equals("b")) {
      return Optional.of(1L);
    }
    if (suffix.length() > 3) {
      return Optional.empty();
    }
    int power = "kmgtp".indexOf(suffix.charAt(0));
    boolean tailOk =
        suffix.length() == 1
            || (suffix.length() == 2 && suffix.charAt(1) == 'b')
            || suffix.substring(1).equals("ib");
    if (power < 0 || !tailOk) {
      return Optional.empty();
    }
    return Optional.of(1L << (10 * (power + 1)));
  }

  private static int lastIndexOfAny(String text, String chars) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The mount being read, with BuildKit's defaults and its end-of-spec checks. */
  private static final class MountBuilder {
    MountType type = MountType.BIND;
    String from = "";
    String source = "";
    String target = "";
    boolean readOnly;
    boolean readOnlyGiven;
    long sizeLimit;
    String cacheId = "";
    Optional<CacheSharing> sharing = Optional.empty();
    boolean required;
    Optional<String> env = Optional.empty();
    Optional<Long> mode = Optional.empty();
    Optional<Long> uid = Optional.empty();
    Optional<Long> gid = Optional.empty();

    void readOnly(boolean value) {
      readOnly = value;
      readOnlyGiven = true;
    }

    void requireSecretOrSsh(String key) {
      if (type != MountType.SECRET && type != MountType.SSH) {
        throw unexpectedFor(key);
      }
    }

    void sizeLimit(String key, String value) {
      if (type != MountType.TMPFS) {
        throw unexpectedFor(key);
      }
      sizeLimit = ramInBytes(value).orElseThrow(() -> invalidValue(key, value));
    }

    private InstructionException unexpectedFor(String key) {
      return new InstructionException(
          "unexpected key '" + key + "' for mount type '" + type.value() + "'");
    }

    Mount build() {
      checkFileInfo();
      boolean effectiveReadOnly =
          readOnlyGiven ? readOnly : type != MountType.CACHE && type != MountType.TMPFS;
      if (type == MountType.SECRET) {
        checkSecret();
      }
      if (sharing.isPresent() && type != MountType.CACHE) {
        throw new InstructionException("invalid cache sharing set for " + type.value() + " mount");
      }
      return new Mount(
          type,
          from,
          source,
          target,
          effectiveReadOnly,
          sizeLimit,
          cacheId,
          sharing,
          required,
          env,
          mode,
          uid,
          gid);
    }

    private void checkFileInfo() {
      if (type == MountType.SECRET || type == MountType.SSH || type == MountType.CACHE) {
        return;
      }
      String quoted = GoQuote.quote(type.value());
      if (mode.isPresent()) {
        throw new InstructionException("mode not allowed for " + quoted + " type mounts");
      }
      if (uid.isPresent()) {
        throw new InstructionException("uid not allowed for " + quoted + " type mounts");
      }
      if (gid.isPresent()) {
        throw new InstructionException("gid not allowed for " + quoted + " type mounts");
      }
    }

    private void checkSecret() {
      if (!from.isEmpty()) {
        throw new InstructionException("secret mount should not have a from");
      }
      if (sharing.isPresent()) {
        throw new InstructionException("secret mount should not define sharing");
      }
      if (source.isEmpty() && target.isEmpty() && cacheId.isEmpty()) {
        throw new InstructionException("invalid secret mount. one of source, target required");
      }
      if (!source.isEmpty() && !cacheId.isEmpty()) {
        throw new InstructionException("both source and id can't be set");
      }
    }
  }
}
