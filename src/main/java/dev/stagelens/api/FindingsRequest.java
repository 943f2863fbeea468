package dev.stagelens.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/v1/findings}.
 *
 * @param dockerfile the Dockerfile text
 * @param target the stage to build by name, or null for the last stage
 * @param buildArgs build arguments by name, or null for none
 * @param platform the target platform, or null for {@code linux/amd64}
 * @param dockerignore the build context's {@code .dockerignore} text, or null when it has none
 * @param rules which rules to run and what fails the check, or null for the defaults
 */
public record FindingsRequest(
    @NotNull(message = "is required: put the Dockerfile text in it") String dockerfile,
    String target,
    Map<String, String> buildArgs,
    String platform,
    String dockerignore,
    RulesOptions rules) {

  /**
   * Rule options of a request.
   *
   * @param disable rule ids to switch off
   * @param severity severities by rule id: error, warning, info or style
   * @param failOn the least severity that fails the check; error when null
   */
  public record RulesOptions(List<String> disable, Map<String, String> severity, String failOn) {}
}
