package dev.stagelens.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/** The build arguments BuildKit defines automatically from the build and target platforms. */
public final class PlatformArgs {

  private PlatformArgs() {}

  /**
   * BuildKit's automatic args for a build on and for {@code platform}, building {@code target}
   * ({@code default} when the last stage is unnamed).
   */
  public static Map<String, String> of(Platform platform, String target) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("BUILDPLATFORM", platform.toString());
    args.put("BUILDOS", platform.os());
    args.put("BUILDOSVERSION", "");
    args.put("BUILDARCH", platform.architecture());
    args.put("BUILDVARIANT", platform.variant());
    args.put("TARGETPLATFORM", platform.toString());
    args.put("TARGETOS", platform.os());
    args.put("TARGETOSVERSION", "");
    args.put("TARGETARCH", platform.architecture());
    args.put("TARGETVARIANT", platform.variant());
    args.put("TARGETSTAGE", target.isEmpty() ? "default" : target);
    return args;
  }
}
