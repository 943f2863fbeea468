package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;
import dev.stagelens.parse.GoText;
import dev.stagelens.parse.Heredoc;
import dev.stagelens.parse.Node;
import dev.stagelens.parse.ParseResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns syntax nodes into typed instructions, following BuildKit's {@code instructions/parse.go}:
 * the flags each instruction accepts, its argument counts and its error texts.
 */
public final class InstructionParser {
  private static final List<String> KEYWORDS =
      List.of(
          "ADD",
          "ARG",
          "CMD",
          "COPY",
          "ENTRYPOINT",
          "ENV",
          "EXPOSE",
          "FROM",
          "HEALTHCHECK",
          "LABEL",
          "MAINTAINER",
          "ONBUILD",
          "RUN",
          "SHELL",
          "STOPSIGNAL",
          "USER",
          "VOLUME",
          "WORKDIR");
  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9_.\\-]*\\z");
  private static final Pattern ONBUILD_PREFIX =
      Pattern.compile("^[\\t\\n\\f\\r ]*ONBUILD[\\t\\n\\f\\r ]*", Pattern.CASE_INSENSITIVE);
  private static final Duration MINIMUM_INTERVAL = Duration.ofMillis(1);

  private InstructionParser() {}

  /**
   * Reads one instruction node.
   *
   * @throws InstructionException located at the node, with BuildKit's message
   */
  public static Instruction parse(Node node) {
    try {
      return dispatch(node, nodeArgs(node));
    } catch (InstructionException e) {
      throw e.at(node);
    }
  }

  /**
   * Splits a parsed Dockerfile into meta ARGs and stages, as BuildKit's {@code instructions.Parse}
   * does.
   *
   * @throws InstructionException for the first invalid instruction, or an instruction other than
   *     ARG before the first FROM
   */
  public static DockerfileInstructions parseDockerfile(ParseResult result) {
    List<ArgInstruction> metaArgs = new ArrayList<>();
    List<StageCollector> stages = new ArrayList<>();
    for (Node node : result.instructions()) {
      Instruction instruction = parse(node);
      if (stages.isEmpty() && instruction instanceof ArgInstruction arg) {
        metaArgs.add(arg);
      } else if (instruction instanceof FromInstruction from) {
        stages.add(new StageCollector(stages.size(), from));
      } else if (stages.isEmpty()) {
        throw new InstructionException(
            "no build stage in current context", node.startLine(), node.endLine());
      } else {
        stages.get(stages.size() - 1).commands.add(instruction);
      }
    }
    return new DockerfileInstructions(
        metaArgs, stages.stream().map(StageCollector::build).toList());
  }

  private static final class StageCollector {
    final int index;
    final FromInstruction from;
    final List<Instruction> commands = new ArrayList<>();

    StageCollector(int index, FromInstruction from) {
      this.index = index;
      this.from = from;
    }

    Stage build() {
      int endLine =
          commands.isEmpty() ? from.endLine() : commands.get(commands.size() - 1).endLine();
      String docComment = docComment(from.node().comments(), from.stageName().orElse(""));
      return new Stage(index, from, commands, from.startLine(), endLine, docComment);
    }
  }

  /** BuildKit's {@code nodeArgs}: argument values, with an ONBUILD trigger flattened in. */
  private static List<String> nodeArgs(Node node) {
    List<String> result = new ArrayList<>();
    for (Node arg : node.next()) {
      if (arg.children().isEmpty()) {
        result.add(arg.value());
      } else if (arg.children().size() == 1) {
        Node inner = arg.children().get(0);
        result.add(inner.value());
        result.addAll(nodeArgs(inner));
      }
    }
    return result;
  }

  private static Instruction dispatch(Node node, List<String> args) {
    return switch (node.value().toLowerCase(Locale.ROOT)) {
      case "env" -> new EnvInstruction(node, keyValues(node, args, "ENV"));
      case "maintainer" -> parseMaintainer(node, args);
      case "label" -> new LabelInstruction(node, keyValues(node, args, "LABEL"));
      case "add" -> parseAdd(node, args);
      case "copy" -> parseCopy(node, args);
      case "from" -> parseFrom(node, args);
      case "onbuild" -> parseOnbuild(node, args);
      case "workdir" -> new WorkdirInstruction(node, single(node, args, "WORKDIR", true));
      case "run" -> parseRun(node, args);
      case "cmd" -> new CmdInstruction(node, flaglessCommand(node, args));
      case "healthcheck" -> parseHealthcheck(node, args);
      case "entrypoint" -> new EntrypointInstruction(node, flaglessCommand(node, args));
      case "expose" -> parseExpose(node, args);
      case "user" -> new UserInstruction(node, single(node, args, "USER", true));
      case "volume" -> parseVolume(node, args);
      case "stopsignal" -> new StopSignalInstruction(node, single(node, args, "STOPSIGNAL", false));
      case "arg" -> parseArg(node, args);
      case "shell" -> parseShell(node, args);
      default -> throw unknownInstruction(node);
    };
  }

  private static InstructionException unknownInstruction(Node node) {
    String message = "unknown instruction: " + node.value();
    return new InstructionException(Suggest.wrap(message, node.value(), KEYWORDS, false));
  }

  private static Flags flags(Node node) {
    return new Flags(node.flags());
  }

  private static List<KeyValue> keyValues(Node node, List<String> args, String keyword) {
    flags(node).parse();
    if (args.isEmpty()) {
      throw atLeastOneArgument(keyword);
    }
    if (args.size() % 3 != 0) {
      throw new InstructionException("Bad input to " + keyword + ", too many arguments");
    }
    List<KeyValue> pairs = new ArrayList<>();
    for (int i = 0; i < args.size(); i += 3) {
      if (args.get(i).isEmpty()) {
        throw blankNames(keyword);
      }
      pairs.add(new KeyValue(args.get(i), args.get(i + 1), args.get(i + 2).isEmpty()));
    }
    return pairs;
  }

  private static MaintainerInstruction parseMaintainer(Node node, List<String> args) {
    return new MaintainerInstruction(node, single(node, args, "MAINTAINER", true));
  }

  /** One argument; BuildKit checks flags for every such instruction but STOPSIGNAL. */
  private static String single(Node node, List<String> args, String keyword, boolean flags) {
    if (args.size() != 1) {
      throw new InstructionException(keyword + " requires exactly one argument");
    }
    if (flags) {
      flags(node).parse();
    }
    return args.get(0);
  }

  private static AddInstruction parseAdd(Node node, List<String> args) {
    requireDestination(args, "ADD");
    Flags flags =
        flags(node)
            .string("chown", "")
            .string("chmod", "")
            .bool("link")
            .bool("keep-git-dir")
            .string("checksum", "")
            .bool("unpack")
            .strings("exclude")
            .parse();
    return new AddInstruction(
        node,
        sourcesAndDest(node, args, "ADD"),
        flags.string("chown"),
        flags.string("chmod"),
        flags.isTrue("link"),
        flags.list("exclude"),
        optionalBool(flags, "keep-git-dir"),
        flags.string("checksum"),
        optionalBool(flags, "unpack"));
  }

  private static Optional<Boolean> optionalBool(Flags flags, String name) {
    return flags.isUsed(name) ? Optional.of(flags.isTrue(name)) : Optional.empty();
  }

  private static CopyInstruction parseCopy(Node node, List<String> args) {
    requireDestination(args, "COPY");
    Flags flags =
        flags(node)
            .string("chown", "")
            .string("from", "")
            .string("chmod", "")
            .bool("link")
            .strings("exclude")
            .bool("parents")
            .parse();
    return new CopyInstruction(
        node,
        sourcesAndDest(node, args, "COPY"),
        flags.string("from"),
        flags.string("chown"),
        flags.string("chmod"),
        flags.isTrue("link"),
        flags.isTrue("parents"),
        flags.list("exclude"));
  }

  private static void requireDestination(List<String> args, String keyword) {
    if (args.size() < 2) {
      throw new InstructionException(
          keyword
              + " requires at least two arguments, but only one was provided."
              + " Destination could not be determined");
    }
  }

  private static SourcesAndDest sourcesAndDest(Node node, List<String> args, String keyword) {
    String dest = args.get(args.size() - 1);
    if (HeredocWord.parse(dest).isPresent()) {
      throw new InstructionException(keyword + " cannot accept a heredoc as a destination");
    }
    Map<String, Heredoc> heredocs = new HashMap<>();
    node.heredocs().forEach(heredoc -> heredocs.put(heredoc.name(), heredoc));
    List<String> paths = new ArrayList<>();
    List<SourceContent> contents = new ArrayList<>();
    for (String source : args.subList(0, args.size() - 1)) {
      Optional<HeredocWord> word = HeredocWord.parse(source);
      if (word.isEmpty()) {
        paths.add(source);
        continue;
      }
      Heredoc heredoc = heredocs.get(word.get().name());
      String content = heredoc == null ? "" : heredoc.content();
      String data = word.get().chomp() ? HeredocWord.chomp(content) : content;
      contents.add(new SourceContent(word.get().name(), data, word.get().expand()));
    }
    return new SourcesAndDest(paths, contents, dest);
  }

  private static FromInstruction parseFrom(Node node, List<String> args) {
    Optional<String> written = Optional.empty();
    if (args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
      written = Optional.of(args.get(2));
    } else if (args.size() != 1) {
      throw new InstructionException("FROM requires either one or three arguments");
    }
    Optional<String> name = written.map(n -> n.toLowerCase(Locale.ROOT));
    if (name.isPresent() && !STAGE_NAME.matcher(name.get()).matches()) {
      throw new InstructionException(
          "invalid name for build stage: "
              + GoQuote.quote(written.get())
              + ", name can't start with a number or contain symbols");
    }
    Flags flags = flags(node).string("platform", "").parse();
    Optional<String> platform = Optional.of(flags.string("platform")).filter(p -> !p.isEmpty());
    return new FromInstruction(node, args.get(0), name, written, platform);
  }

  private static OnbuildInstruction parseOnbuild(Node node, List<String> args) {
    if (args.isEmpty()) {
      throw atLeastOneArgument("ONBUILD");
    }
    flags(node).parse();
    String trigger = goTrim(args.get(0)).toUpperCase(Locale.ROOT);
    if (trigger.equals("ONBUILD")) {
      throw new InstructionException("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    }
    if (trigger.equals("MAINTAINER") || trigger.equals("FROM")) {
      throw new InstructionException(trigger + " isn't allowed as an ONBUILD trigger");
    }
    StringBuilder expression =
        new StringBuilder(ONBUILD_PREFIX.matcher(node.original()).replaceFirst(""));
    for (Heredoc heredoc : node.heredocs()) {
      expression.append('\n').append(heredoc.content()).append(heredoc.name());
    }
    return new OnbuildInstruction(node, expression.toString(), triggerOf(node));
  }

  private static Optional<Instruction> triggerOf(Node node) {
    if (node.next().isEmpty() || node.next().get(0).children().size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(node.next().get(0).children().get(0)));
    } catch (InstructionException e) {
      return Optional.empty();
    }
  }

  private static RunInstruction parseRun(Node node, List<String> args) {
    Flags flags =
        flags(node)
            .strings("device")
            .strings("mount")
            .string("network", "default")
            .string("security", "sandbox")
            .parse();
    CommandLine command = commandLine(node, args);
    List<Device> devices = flags.list("device").stream().map(Device::parse).toList();
    List<String> mounts = flags.list("mount");
    mounts.forEach(Mounts::check);
    String network = flags.string("network");
    if (!List.of("default", "none", "host").contains(network)) {
      throw new InstructionException("invalid network mode " + GoQuote.quote(network));
    }
    String security = flags.string("security");
    if (!List.of("insecure", "sandbox").contains(security)) {
      throw new InstructionException("security " + GoQuote.quote(security) + " is not valid");
    }
    return new RunInstruction(node, command, mounts, network, security, devices, flags.used());
  }

  /** CMD and ENTRYPOINT accept no flags. */
  private static CommandLine flaglessCommand(Node node, List<String> args) {
    flags(node).parse();
    return commandLine(node, args);
  }

  private static CommandLine commandLine(Node node, List<String> args) {
    return new CommandLine(jsonArgs(node, args), !node.json(), node.heredocs());
  }

  /** BuildKit's {@code handleJSONArgs}: exec-form elements, or the shell-form text as one. */
  private static List<String> jsonArgs(Node node, List<String> args) {
    if (args.isEmpty() || node.json()) {
      return args;
    }
    return List.of(String.join(" ", args));
  }

  private static HealthcheckInstruction parseHealthcheck(Node node, List<String> args) {
    if (args.isEmpty()) {
      throw atLeastOneArgument("HEALTHCHECK");
    }
    String type = args.get(0).toUpperCase(Locale.ROOT);
    List<String> rest = args.subList(1, args.size());
    if (type.equals("NONE")) {
      if (!rest.isEmpty()) {
        throw new InstructionException("HEALTHCHECK NONE takes no arguments");
      }
      return new HealthcheckInstruction(
          node, List.of(type), Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
    }
    Flags flags =
        flags(node)
            .string("interval", "")
            .string("timeout", "")
            .string("start-period", "")
            .string("start-interval", "")
            .string("retries", "")
            .parse();
    return new HealthcheckInstruction(
        node,
        healthTest(node, type, rest),
        interval(flags, "interval"),
        interval(flags, "timeout"),
        interval(flags, "start-period"),
        interval(flags, "start-interval"),
        retries(flags.string("retries")));
  }

  private static List<String> healthTest(Node node, String type, List<String> rest) {
    if (!type.equals("CMD")) {
      throw new InstructionException(
          "Unknown type " + GoQuote.quote(type) + " in HEALTHCHECK (try CMD)");
    }
    List<String> command = jsonArgs(node, rest);
    if (command.isEmpty()) {
      throw new InstructionException("Missing command after HEALTHCHECK CMD");
    }
    List<String> test = new ArrayList<>();
    test.add(node.json() ? "CMD" : "CMD-SHELL");
    test.addAll(command);
    return test;
  }

  /** BuildKit's {@code parseOptInterval}: empty is zero, otherwise zero or at least 1ms. */
  private static Duration interval(Flags flags, String name) {
    String value = flags.string(name);
    if (value.isEmpty()) {
      return Duration.ZERO;
    }
    Duration duration = GoValues.parseDuration(value);
    if (!duration.isZero() && duration.compareTo(MINIMUM_INTERVAL) < 0) {
      throw new InstructionException(
          "Interval " + GoQuote.quote(name) + " cannot be less than 1ms");
    }
    return duration;
  }

  private static int retries(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int retries = GoValues.parseInt32(value);
    if (retries < 0) {
      throw new InstructionException("--retries cannot be negative (" + retries + ")");
    }
    return retries;
  }

  private static ExposeInstruction parseExpose(Node node, List<String> args) {
    if (args.isEmpty()) {
      throw atLeastOneArgument("EXPOSE");
    }
    flags(node).parse();
    return new ExposeInstruction(node, args.stream().sorted().toList());
  }

  private static VolumeInstruction parseVolume(Node node, List<String> args) {
    if (args.isEmpty()) {
      throw atLeastOneArgument("VOLUME");
    }
    flags(node).parse();
    List<String> volumes = new ArrayList<>();
    for (String arg : args) {
      String volume = goTrim(arg);
      if (volume.isEmpty()) {
        throw new InstructionException("VOLUME specified can not be an empty string");
      }
      volumes.add(volume);
    }
    return new VolumeInstruction(node, volumes);
  }

  private static ArgInstruction parseArg(Node node, List<String> args) {
    if (args.isEmpty()) {
      throw atLeastOneArgument("ARG");
    }
    List<ArgDefinition> definitions = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String key = eq < 0 ? arg : arg.substring(0, eq);
      if (eq == 0) {
        throw blankNames("ARG");
      }
      Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(arg.substring(eq + 1));
      definitions.add(new ArgDefinition(key, value, docComment(node.comments(), key)));
    }
    return new ArgInstruction(node, definitions);
  }

  private static ShellInstruction parseShell(Node node, List<String> args) {
    flags(node).parse();
    List<String> shell = jsonArgs(node, args);
    if (shell.isEmpty()) {
      throw atLeastOneArgument("SHELL");
    }
    if (!node.json()) {
      throw new InstructionException("SHELL requires the arguments to be in JSON form");
    }
    return new ShellInstruction(node, shell);
  }

  /** BuildKit's {@code getDocComment}: the rest of the first comment that starts with the name. */
  static String docComment(List<String> comments, String name) {
    if (name.isEmpty()) {
      return "";
    }
    for (String line : comments) {
      if (line.startsWith(name + " ")) {
        return line.substring(name.length() + 1);
      }
    }
    return "";
  }

  private static String goTrim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && GoText.isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && GoText.isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  private static InstructionException atLeastOneArgument(String keyword) {
    return new InstructionException(keyword + " requires at least one argument");
  }

  private static InstructionException blankNames(String keyword) {
    return new InstructionException(keyword + " names can not be blank");
  }
}
