package dev.stagelens.rule;

import dev.stagelens.instruction.ExposeInstruction;
import java.util.ArrayList;
import java.util.List;

/** The EXPOSE port specs of the built stages, expanded and split as BuildKit splits them. */
final class ExposePorts {

  /**
   * One port spec, {@code [ip:][hostPort:]port[/proto]}.
   *
   * @param raw the spec after expansion
   * @param ip the address part, empty when absent
   * @param hostPort the host port part, empty when absent
   * @param proto the protocol as written, empty when absent
   */
  record Spec(Scan.Step step, String raw, String ip, String hostPort, String proto) {}

  private ExposePorts() {}

  /** Every port spec of the EXPOSE instructions in {@code scope}. */
  static List<Spec> of(RuleContext context, Scope scope) {
    List<Spec> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope)) {
      if (step.instruction() instanceof ExposeInstruction
          && Expansions.expanded(context, step) instanceof ExposeInstruction expose) {
        expose.ports().forEach(raw -> out.add(split(step, raw)));
      }
    }
    return out;
  }

  private static Spec split(Scan.Step step, String raw) {
    String[] parts = raw.split(":", -1);
    int n = parts.length;
    String container = parts[n - 1];
    String host = n >= 2 ? parts[n - 2] : "";
    String ip = n >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, n - 2)) : "";
    int slash = container.indexOf('/');
    String proto = slash < 0 ? "" : container.substring(slash + 1);
    return new Spec(step, raw, ip, host, proto);
  }
}
