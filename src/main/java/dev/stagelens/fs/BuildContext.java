package dev.stagelens.fs;

/** The files sent with a build, as far as their sizes are known before the build. */
public interface BuildContext {

  /** A context nothing is known of: every size is unknown. */
  BuildContext UNKNOWN = source -> -1;

  /**
   * The bytes a COPY or ADD source from the context writes: a file, a directory's files, or every
   * file a glob matches, after the {@code .dockerignore} exclusions; -1 when unknown.
   */
  long sizeOf(String source);

  /**
   * The length of the tar stream a local archive holds, an upper bound of the bytes its files take
   * once ADD unpacks it; -1 when unknown.
   */
  default long unpackedSizeOf(String source) {
    return -1;
  }
}
