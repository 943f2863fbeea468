package dev.stagelens.api;

import dev.stagelens.instruction.BuildOptions;
import dev.stagelens.instruction.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the options of a request into build options, rejecting malformed ones with a problem. */
final class BuildRequests {

  private BuildRequests() {}

  /** Options from query parameters: {@code build-arg} values are {@code NAME=VALUE}. */
  static BuildOptions fromQuery(String target, List<String> buildArgs, String platform) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String arg : buildArgs == null ? List.<String>of() : buildArgs) {
      int eq = arg.indexOf('=');
      if (eq <= 0) {
        throw new ProblemException(
            Problem.of(
                ProblemKind.INVALID_REQUEST,
                "build-arg '" + arg + "' must have the form NAME=VALUE"));
      }
      args.put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return options(target, args, platform);
  }

  /** Options from a JSON request body. */
  static BuildOptions fromBody(AnalysisRequest request) {
    Map<String, String> args = request.buildArgs() == null ? Map.of() : request.buildArgs();
    return options(request.target(), args, request.platform());
  }

  /** The image size budget, rejected with a problem when negative. */
  static Long budget(Long maxImageBytes) {
    if (maxImageBytes != null && maxImageBytes < 0) {
      throw new ProblemException(
          Problem.of(
              ProblemKind.INVALID_REQUEST,
              "maxImageBytes " + maxImageBytes + " must be a number of bytes, 0 or more"));
    }
    return maxImageBytes;
  }

  private static BuildOptions options(String target, Map<String, String> args, String platform) {
    Platform parsed = platform(platform);
    BuildOptions options = new BuildOptions(args, parsed, parsed, java.util.Optional.empty());
    return target == null || target.isEmpty() ? options : options.withTarget(target);
  }

  private static Platform platform(String text) {
    if (text == null || text.isBlank()) {
      return Platform.LINUX_AMD64;
    }
    try {
      return Platform.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          Problem.of(
              ProblemKind.INVALID_REQUEST,
              "platform '" + text + "' is not valid: " + e.getMessage()));
    }
  }
}
