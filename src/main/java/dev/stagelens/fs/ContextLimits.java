package dev.stagelens.fs;

/**
 * Bounds on reading an uploaded build context, so that one archive cannot exhaust the service.
 *
 * @param maxEntries most entries, nested archive entries included
 * @param maxTotalBytes most uncompressed bytes over all entries
 * @param maxEntryBytes most uncompressed bytes of one entry
 * @param maxRatio most uncompressed bytes per compressed byte, checked once {@link
 *     #RATIO_FLOOR_BYTES} have been inflated
 */
public record ContextLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {

  /** Inflated bytes below which the compression ratio is not judged: small tars compress well. */
  public static final long RATIO_FLOOR_BYTES = 1 << 20;

  /** The limits the service ships with. */
  public static final ContextLimits DEFAULTS = new ContextLimits(100_000, 4L << 30, 1L << 30, 200);
}
