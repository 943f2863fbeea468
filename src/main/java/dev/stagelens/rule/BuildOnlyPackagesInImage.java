package dev.stagelens.rule;

import dev.stagelens.fs.StepRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Packages only a build needs (compilers, headers, CUDA's compiler, build helpers) installed in a
 * stage that ships in the image and not removed in the same RUN.
 */
final class BuildOnlyPackagesInImage extends AbstractRule {

  BuildOnlyPackagesInImage() {
    super(
        "BuildOnlyPackagesInImage",
        Severity.WARNING,
        true,
        "Packages only the build needs are installed in a stage that ships in the image",
        "Install them in a builder stage and copy the built result, or remove them in the same "
            + "RUN (apt-get purge, apk add --virtual .build-deps ... && apk del .build-deps)");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> out = new ArrayList<>();
    for (Scan.Run run : Scan.runs(context, scope())) {
      StepRecord step = ImageSteps.stepOf(context, run.run());
      Set<String> names = new LinkedHashSet<>();
      for (Installs.Named named : Installs.of(run).kept()) {
        if (BuildTools.is(named.manager(), named.name(), BuildTools.Role.BUILD_ONLY)) {
          names.add(named.name());
        }
      }
      if (!names.isEmpty()) {
        out.add(at(run.run(), step.stage(), message(context, step, names)));
      }
    }
    return out;
  }

  private static String message(RuleContext context, StepRecord step, Set<String> names) {
    List<String> found = new ArrayList<>();
    long bytes = 0;
    for (String name : names) {
      long size =
          context.sizes().packageOf(step.index(), name).map(p -> p.size().bytes()).orElse(0L);
      found.add(size > 0 ? name + " (" + megabytes(size) + ")" : name);
      bytes += size;
    }
    return message(found, bytes);
  }

  private static String message(List<String> found, long bytes) {
    String total = found.size() > 1 && bytes > 0 ? "; together " + megabytes(bytes) : "";
    return "build-only package"
        + (found.size() > 1 ? "s " : " ")
        + String.join(", ", found)
        + " installed in a stage that ships in the image"
        + total;
  }
}
