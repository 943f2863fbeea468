package dev.stagelens.graph.render;

import dev.stagelens.testing.Pipeline;

/** Diagrams of shared test files for the renderer tests. */
final class Renderings {

  private Renderings() {}

  /** The diagram of the shared file at {@code relative}, built for the default target. */
  static Diagram of(String relative) {
    return Diagram.of(Pipeline.run(Pipeline.shared(relative)).graph());
  }
}
