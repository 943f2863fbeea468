package dev.stagelens.size;

/**
 * An estimated size in bytes, uncompressed, with its range and the reason for it.
 *
 * @param bytes the point estimate
 * @param low the smallest plausible value
 * @param high the largest plausible value
 * @param basis a short human reason naming the data or rule used
 */
public record SizeEstimate(long bytes, long low, long high, String basis) {

  /** Nothing: a step that writes no file. */
  public static final SizeEstimate ZERO = new SizeEstimate(0, 0, 0, "metadata only; no layer");

  public SizeEstimate {
    if (low > bytes || bytes > high || low < 0) {
      throw new IllegalArgumentException(
          "size range must hold low <= bytes <= high, got " + low + ", " + bytes + ", " + high);
    }
  }

  /** An estimate of {@code bytes} give or take {@code fraction} of it. */
  public static SizeEstimate around(long bytes, double fraction, String basis) {
    long spread = Math.round(bytes * fraction);
    return new SizeEstimate(bytes, Math.max(0, bytes - spread), bytes + spread, basis);
  }

  /** The sum of this and {@code other}, ranges added bound by bound, keeping this basis. */
  public SizeEstimate plus(SizeEstimate other) {
    return new SizeEstimate(bytes + other.bytes, low + other.low, high + other.high, basis);
  }

  /** The same numbers with another basis. */
  public SizeEstimate withBasis(String newBasis) {
    return new SizeEstimate(bytes, low, high, newBasis);
  }
}
