package dev.stagelens.api;

import dev.stagelens.instruction.BuildOptions;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The build options of a request with a {@code text/plain} body, from its query. */
public class BuildQuery {

  /** The stage to build, by name; the last stage when absent. */
  @QueryParam("target")
  String target;

  /** Build arguments as {@code NAME=VALUE}. */
  @QueryParam("build-arg")
  List<String> buildArgs;

  /** The target platform; {@code linux/amd64} when absent. */
  @QueryParam("platform")
  String platform;

  /** The build options these parameters ask for, rejecting malformed ones with a problem. */
  BuildOptions options() {
    return BuildRequests.fromQuery(target, buildArgs, platform);
  }
}
