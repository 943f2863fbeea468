package dev.stagelens.fs;

/**
 * A build context that cannot be read: a malformed {@code .dockerignore} pattern, an archive entry
 * that escapes the context, or an archive that is not a tar.
 */
public final class BuildContextException extends RuntimeException {

  public BuildContextException(String message) {
    super(message);
  }

  public BuildContextException(String message, Throwable cause) {
    super(message, cause);
  }
}
