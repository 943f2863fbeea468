package dev.stagelens.rule;

import dev.stagelens.instruction.ArgDefinition;
import dev.stagelens.instruction.ArgInstruction;
import dev.stagelens.instruction.EnvInstruction;
import dev.stagelens.instruction.KeyValue;
import dev.stagelens.parse.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BuildKit's SecretsUsedInArgOrEnv: an ARG or ENV whose name reads like a secret (a word such as
 * {@code token} or {@code password} at the start, the end or between underscores), unless it also
 * holds {@code public}, {@code file} or {@code version}. Global ARGs are not checked, as in
 * BuildKit.
 */
final class SecretsUsedInArgOrEnv extends BuildKitCheck {

  private static final Pattern DENY =
      Pattern.compile(
          "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
              + "(?:_|$)");
  private static final Pattern ALLOW = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");

  SecretsUsedInArgOrEnv() {
    super(
        "SecretsUsedInArgOrEnv",
        true,
        "Sensitive data should not be used in the ARG or ENV commands",
        "Pass the secret with RUN --mount=type=secret instead; ARG and ENV values stay in the "
            + "image history");
  }

  /** True when BuildKit reads {@code key} as the name of a secret. */
  static boolean secretName(String key) {
    return DENY.matcher(key).find() && !ALLOW.matcher(key).find();
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Step step : Scan.steps(context, scope())) {
      for (String key : keys(context, step)) {
        if (secretName(key)) {
          String text =
              "Do not use ARG or ENV instructions for sensitive data ("
                  + step.instruction().keyword()
                  + " "
                  + GoQuote.quote(key)
                  + ")";
          out.add(at(step.instruction(), step.stage().index(), text));
        }
      }
    }
    return out;
  }

  private static List<String> keys(RuleContext context, Scan.Step step) {
    if (step.instruction() instanceof ArgInstruction arg) {
      return arg.args().stream().map(ArgDefinition::key).toList();
    }
    if (Expansions.expanded(context, step) instanceof EnvInstruction env) {
      return env.env().stream().map(KeyValue::key).toList();
    }
    return List.of();
  }
}
