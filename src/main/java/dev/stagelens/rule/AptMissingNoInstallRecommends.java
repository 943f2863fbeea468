package dev.stagelens.rule;

import dev.stagelens.fs.ShellCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code apt-get install} of packages that also pulls in what they recommend: no {@code
 * --no-install-recommends}, no {@code -o APT::Install-Recommends=false}, and no apt configuration
 * written earlier in the stage or a stage it is built on (such as {@code echo
 * 'APT::Install-Recommends "0";' > /etc/apt/apt.conf.d/...}) that turns recommends off.
 */
final class AptMissingNoInstallRecommends extends AbstractRule {

  private static final Pattern OFF =
      Pattern.compile("(?is).*APT::Install-Recommends\\s*+=?\\s*+\"?(?:0|false|no)\\b.*");

  AptMissingNoInstallRecommends() {
    super(
        "AptMissingNoInstallRecommends",
        Severity.INFO,
        false,
        "apt-get install also installs recommended packages: no --no-install-recommends, no -o "
            + "APT::Install-Recommends=false, and no apt configuration written earlier in the "
            + "stage or the stages it is built on",
        "Add --no-install-recommends and name what you need",
        "DL3015");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    Set<Integer> configured = new HashSet<>();
    for (Scan.Run run : Scan.runs(context, scope())) {
      int stage = run.stage().index();
      for (ShellCommand command : run.commands()) {
        ShellCommand unwrapped = Commands.unwrapped(command);
        if (writesSetting(unwrapped)) {
          configured.add(stage);
        } else if (!configured(context, stage, configured)) {
          problem(unwrapped).ifPresent(message -> out.add(at(run.run(), stage, message)));
        }
      }
    }
    return out;
  }

  /**
   * True when apt configuration in {@code stage} or a stage it is built on turns recommends off.
   */
  private static boolean configured(RuleContext context, int stage, Set<Integer> configured) {
    Integer base = context.graph().stage(stage).baseStage();
    return configured.contains(stage) || (base != null && configured(context, base, configured));
  }

  private static Optional<String> problem(ShellCommand command) {
    List<String> packages = AptPackageUnpinned.install(command).orElse(List.of());
    List<String> args = command.args();
    boolean off =
        args.contains("--no-install-recommends")
            || Commands.optionValues(args, AptPackageUnpinned.OPTION).stream()
                .anyMatch(value -> OFF.matcher(value).matches());
    if (packages.isEmpty() || off) {
      return Optional.empty();
    }
    return Optional.of(
        "'"
            + Commands.shown(command)
            + "' installs recommended packages too; add "
            + "--no-install-recommends");
  }

  /** True when {@code command} writes apt configuration that turns recommends off. */
  private static boolean writesSetting(ShellCommand command) {
    return !command.program().startsWith("apt")
        && command.words().stream()
            .anyMatch(word -> word.contains("::") && OFF.matcher(word).matches());
  }
}
