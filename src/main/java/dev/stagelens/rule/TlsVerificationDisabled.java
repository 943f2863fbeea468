package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import dev.stagelens.instruction.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A download tool or package manager told not to verify TLS certificates or package signatures:
 * {@code curl -k}, {@code wget --no-check-certificate}, {@code pip --trusted-host}, npm's {@code
 * strict-ssl false}, git's {@code http.sslVerify false}, apt's {@code Verify-Peer "false"} and
 * {@code --allow-unauthenticated}, or a variable that does the same (such as {@code
 * NODE_TLS_REJECT_UNAUTHORIZED=0}) set by ENV, ARG or in a RUN.
 */
final class TlsVerificationDisabled extends CommandRule {

  private static final String CURL_VALUED = "AbcCdDeEFHKmoPQrTtuUwxXyYz";
  private static final Map<String, Pattern> VARIABLES =
      Map.of(
          "NODE_TLS_REJECT_UNAUTHORIZED", Pattern.compile("0"),
          "PYTHONHTTPSVERIFY", Pattern.compile("0"),
          "GIT_SSL_NO_VERIFY", Pattern.compile("(?i)true|1|yes|on"),
          "NPM_CONFIG_STRICT_SSL", Pattern.compile("(?i)false|0|no"),
          "PIP_TRUSTED_HOST", Pattern.compile(".+"));
  private static final Pattern STRICT_SSL =
      Pattern.compile("(?i)(?:^|\\s|--)strict-ssl(?:\\s++|=)false\\b");
  private static final Pattern GIT_VERIFY =
      Pattern.compile("(?i)\\bhttp\\.(?:\\S+?\\.)?sslverify(?:\\s++|=)(?:false|0|no|off)\\b");
  private static final Pattern APT_VERIFY =
      Pattern.compile(
          "(?i)(Acquire::https?::(?:\\S+::)?Verify-(?:Peer|Host))\\s*+=?\\s*+\"?(?:false|0|no)\\b");
  private static final Pattern APT_UNAUTHENTICATED =
      Pattern.compile(
          "(?i)--allow-unauthenticated|--allow-insecure-repositories"
              + "|APT::Get::AllowUnauthenticated=(?:true|1|yes)"
              + "|Acquire::AllowInsecureRepositories=(?:true|1|yes)");

  TlsVerificationDisabled() {
    super(
        "TlsVerificationDisabled",
        Severity.WARNING,
        "A RUN, ENV or ARG turns off TLS certificate or package signature checks: curl -k, wget "
            + "--no-check-certificate, pip --trusted-host, npm strict-ssl false, git "
            + "http.sslVerify false, apt Verify-Peer false or --allow-unauthenticated, "
            + "NODE_TLS_REJECT_UNAUTHORIZED=0, PYTHONHTTPSVERIFY=0, GIT_SSL_NO_VERIFY=true",
        "Keep verification on; add the CA certificate the build needs to the trust store (for "
            + "example with update-ca-certificates) instead");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>(super.check(context));
    for (Scan.Step step : Scan.steps(context, scope())) {
      for (KeyValue pair : Scan.settings(step.instruction())) {
        variable(pair.key(), Commands.unquoted(pair.value()))
            .ifPresent(
                what ->
                    out.add(
                        at(
                            step.instruction(),
                            step.stage().index(),
                            message(step.instruction().keyword() + " " + what))));
      }
    }
    return out;
  }

  @Override
  Optional<String> problem(ShellCommand command) {
    List<String> settings = new ArrayList<>(command.assignments());
    if (command.program().equals("export")) {
      settings.addAll(command.args());
    }
    for (String setting : settings) {
      int eq = setting.indexOf('=');
      Optional<String> found =
          eq < 0 ? Optional.empty() : variable(setting.substring(0, eq), setting.substring(eq + 1));
      if (found.isPresent()) {
        return found.map(TlsVerificationDisabled::message);
      }
    }
    return tool(command);
  }

  private static Optional<String> variable(String name, String value) {
    Pattern insecure = VARIABLES.get(name.toUpperCase(java.util.Locale.ROOT));
    return insecure != null && insecure.matcher(value).matches()
        ? Optional.of(name + "=" + value)
        : Optional.empty();
  }

  private static Optional<String> tool(ShellCommand command) {
    String args = String.join(" ", command.args());
    Matcher unauthenticated = APT_UNAUTHENTICATED.matcher(args);
    if (command.program().startsWith("apt") && unauthenticated.find()) {
      return Optional.of(
          "'"
              + command.program()
              + " "
              + unauthenticated.group()
              + "' installs packages whose signatures are not checked");
    }
    return insecureOption(command, args).map(TlsVerificationDisabled::message);
  }

  private static Optional<String> insecureOption(ShellCommand command, String args) {
    String program = command.program();
    Matcher apt = APT_VERIFY.matcher(args);
    if (args.contains("::") && apt.find()) {
      return Optional.of(apt.group(1) + " false");
    } else if (program.equals("curl")) {
      return curl(command.args());
    } else if (program.equals("wget") && command.args().contains("--no-check-certificate")) {
      return Optional.of("wget --no-check-certificate");
    } else if (program.equals("git")) {
      return found(GIT_VERIFY, args).map(setting -> "git " + setting);
    } else if (program.equals("npm") || program.equals("yarn") || program.equals("pnpm")) {
      return found(STRICT_SSL, args).map(setting -> program + " " + setting.strip());
    }
    return PipPackageUnpinned.pipArgs(command)
        .filter(pip -> pip.stream().anyMatch(arg -> arg.contains("trusted-host")))
        .map(pip -> "pip --trusted-host");
  }

  private static Optional<String> found(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  private static Optional<String> curl(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--insecure")) {
        return Optional.of("curl --insecure");
      }
      if (arg.startsWith("-") && !arg.startsWith("--")) {
        int end = clusterEnd(arg);
        if (end < arg.length() && arg.charAt(end) == 'k') {
          return Optional.of("curl -k");
        }
        i += end == arg.length() - 1 ? 1 : 0;
      }
    }
    return Optional.empty();
  }

  /**
   * Where a cluster of curl's short options, such as {@code -fsSLk}, stops being flags: at its
   * {@code k}, at an option that takes the rest (or the next word) as its value, or at its end.
   */
  private static int clusterEnd(String cluster) {
    for (int i = 1; i < cluster.length(); i++) {
      char c = cluster.charAt(i);
      if (c == 'k' || CURL_VALUED.indexOf(c) >= 0) {
        return i;
      }
    }
    return cluster.length();
  }

  private static String message(String what) {
    return "'" + what + "' turns off TLS certificate verification";
  }
}
