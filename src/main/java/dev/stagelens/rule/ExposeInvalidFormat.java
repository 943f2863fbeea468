package dev.stagelens.rule;

import java.util.List;

/** BuildKit's ExposeInvalidFormat: an address or a host port in EXPOSE. */
final class ExposeInvalidFormat extends BuildKitCheck {

  ExposeInvalidFormat() {
    super(
        "ExposeInvalidFormat",
        true,
        "IP address and host-port mapping should not be used in EXPOSE instruction. This will "
            + "become an error in a future release",
        "Expose only the container port; publish host ports with docker run -p");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    return ExposePorts.of(context, scope()).stream()
        .filter(spec -> !spec.ip().isEmpty() || !spec.hostPort().isEmpty())
        .map(
            spec ->
                at(
                    spec.step().instruction(),
                    spec.step().stage().index(),
                    "EXPOSE instruction should not define an IP address or host-port mapping, "
                        + "found '"
                        + spec.raw()
                        + "'"))
        .toList();
  }
}
