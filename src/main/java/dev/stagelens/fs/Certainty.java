package dev.stagelens.fs;

/** How sure stagelens is that a tracked path exists. */
public enum Certainty {
  /** Written by COPY, ADD, WORKDIR or an explicit file command in a RUN. */
  DECLARED,
  /** Inferred from a model of what a RUN command leaves behind. */
  INFERRED,
  /** Possibly present; its name or existence depends on what cannot be seen before the build. */
  UNKNOWN
}
