package dev.stagelens.fs;

/**
 * An entry of a build-context archive cannot be extracted safely: its name climbs out of the
 * extraction root, or its symbolic links form a loop.
 */
public class ArchiveEntryException extends RuntimeException {
  private final String entry;

  public ArchiveEntryException(String message, String entry) {
    super(message);
    this.entry = entry;
  }

  /** The entry's name as the archive gives it. */
  public String entry() {
    return entry;
  }
}
