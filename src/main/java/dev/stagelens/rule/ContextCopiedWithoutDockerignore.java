package dev.stagelens.rule;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.ContextFile;
import java.util.List;

/**
 * The whole build context is copied and the context has no {@code .dockerignore}, so everything in
 * it (version control, local dependencies, build output, secrets) goes into the build. Quiet when
 * the analysis was given no build context: whether it has one cannot be known.
 */
final class ContextCopiedWithoutDockerignore extends AbstractRule {

  ContextCopiedWithoutDockerignore() {
    super(
        "ContextCopiedWithoutDockerignore",
        Severity.WARNING,
        false,
        "The whole build context is copied and the context has no .dockerignore; quiet when the "
            + "analysis was given no build context, since it cannot know",
        "Add a .dockerignore that leaves out .git, dependency folders, build output and local "
            + "secrets, or copy only the paths the build needs");
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (context.buildContext().isEmpty()
        || context.buildContext().get().hasDockerignore()
        || context.dockerignore().isPresent()) {
      return List.of();
    }
    BuildContext files = context.buildContext().get();
    for (Scan.Step step : Scan.steps(context, scope())) {
      if (Scan.copiesWholeContext(step.instruction())) {
        return List.of(at(step.instruction(), step.stage().index(), message(step, files)));
      }
    }
    return List.of();
  }

  private static String message(Scan.Step step, BuildContext files) {
    List<ContextFile> entries = files.entries().stream().filter(e -> !e.isDirectory()).toList();
    long bytes = entries.stream().mapToLong(ContextFile::bytes).sum();
    return Scan.copyText(step.instruction())
        + " copies the whole build context ("
        + entries.size()
        + " files, "
        + megabytes(bytes)
        + ") and the context has no .dockerignore";
  }
}
