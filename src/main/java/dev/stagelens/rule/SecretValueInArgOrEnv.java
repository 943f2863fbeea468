package dev.stagelens.rule;

import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.Instruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.parse.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * An ARG default or ENV value, under any name, shaped like a well-known secret: a cloud access key,
 * an API token, a private key. The value is read as written, before expansion, so a secret is
 * reported where it is typed; the global ARGs before the first FROM are read too. Messages name the
 * variable and the kind of secret, never the value.
 */
final class SecretValueInArgOrEnv extends AbstractRule {

  SecretValueInArgOrEnv() {
    super(
        "SecretValueInArgOrEnv",
        Severity.ERROR,
        false,
        "An ARG default or ENV value, under any name, has the shape of a known secret: an AWS key "
            + "id, a GitHub, GitLab, Slack or npm token, a Google API key, a Stripe live key, a "
            + "JSON web token or a PEM private key",
        "Revoke the secret, remove it from the Dockerfile and pass it with RUN "
            + "--mount=type=secret; ARG and ENV values stay in the image history");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (ArgInstruction global : context.instructions().metaArgs()) {
      check(global, -1, out);
    }
    for (Scan.Step step : Scan.steps(context, scope())) {
      check(step.instruction(), step.stage().index(), out);
    }
    return out;
  }

  private void check(Instruction instruction, int stage, List<Finding> out) {
    for (KeyValue pair : Scan.settings(instruction)) {
      SecretPatterns.shapeOf(pair.value())
          .ifPresent(
              shape ->
                  out.add(
                      at(
                          instruction,
                          stage,
                          "the value of "
                              + instruction.keyword()
                              + " '"
                              + pair.key()
                              + "' is shaped like "
                              + shape
                              + "; anyone with the Dockerfile or the image history can read it")));
    }
  }
}
