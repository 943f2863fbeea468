package dev.stagelens.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The query options of {@code POST /api/v1/findings} with a {@code text/plain} body. */
public class FindingsQuery {

  /** The stage to build, by name; the last stage when absent. */
  @QueryParam("target")
  String target;

  /** Build arguments as {@code NAME=VALUE}. */
  @QueryParam("build-arg")
  List<String> buildArgs;

  /** The target platform; {@code linux/amd64} when absent. */
  @QueryParam("platform")
  String platform;

  /** Rule ids to switch off. */
  @QueryParam("disable")
  List<String> disable;

  /** Severity overrides as {@code RuleId=level}. */
  @QueryParam("severity")
  List<String> severity;

  /** The least severity that fails the check. */
  @QueryParam("fail-on")
  String failOn;
}
