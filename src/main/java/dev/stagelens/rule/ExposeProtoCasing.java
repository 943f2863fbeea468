package dev.stagelens.rule;

import java.util.List;
import java.util.Locale;

/** BuildKit's ExposeProtoCasing: {@code EXPOSE 53/UDP}. */
final class ExposeProtoCasing extends BuildKitCheck {

  ExposeProtoCasing() {
    super(
        "ExposeProtoCasing",
        true,
        "Protocol in EXPOSE instruction should be lowercase",
        "Write the protocol in lower case, such as 53/udp");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    return ExposePorts.of(context, scope()).stream()
        .filter(spec -> !spec.proto().equals(spec.proto().toLowerCase(Locale.ROOT)))
        .map(
            spec ->
                at(
                    spec.step().instruction(),
                    spec.step().stage().index(),
                    "Defined protocol '"
                        + spec.raw()
                        + "' in EXPOSE instruction should be lowercase"))
        .toList();
  }
}
