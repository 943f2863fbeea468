package dev.stagelens.instruction;

import dev.stagelens.parse.GoQuote;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsers for values that BuildKit reads with Go's standard library, with Go's rules. */
final class GoValues {
  private static final BigInteger MAX_DURATION = BigInteger.ONE.shiftLeft(63);
  private static final Map<String, Long> DURATION_UNITS =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "\u00b5s", 1_000L,
          "\u03bcs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L);
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern HEX_FLOAT =
      Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+(\\.[0-9a-fA-F]*)?|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");

  private GoValues() {}

  /** Go's {@code strconv.ParseBool}; empty when the text is not a boolean. */
  static Optional<Boolean> parseBool(String text) {
    return switch (text) {
      case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
      case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /** Go's {@code strconv.ParseUint(text, radix, 32)}; empty when invalid or out of range. */
  static Optional<Long> parseUint32(String text, int radix) {
    if (text.isEmpty() || !text.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
      return Optional.empty();
    }
    BigInteger value = new BigInteger(text, radix);
    return value.bitLength() > 32 ? Optional.empty() : Optional.of(value.longValue());
  }

  /** Go's {@code strconv.ParseInt(text, 10, 32)}, failing with Go's message. */
  static int parseInt32(String text) {
    if (!text.matches("[+-]?[0-9]+")) {
      throw new InstructionException(
          "strconv.ParseInt: parsing " + GoQuote.quote(text) + ": invalid syntax");
    }
    BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    if (value.bitLength() > 31) {
      throw new InstructionException(
          "strconv.ParseInt: parsing " + GoQuote.quote(text) + ": value out of range");
    }
    return value.intValue();
  }

  /** Whether Go's {@code strconv.ParseFloat} accepts the text as a finite number. */
  static boolean isFloat(String text) {
    return DECIMAL_FLOAT.matcher(text).matches() || HEX_FLOAT.matcher(text).matches();
  }

  /** Go's {@code time.ParseDuration}, failing with Go's message. */
  static Duration parseDuration(String text) {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalidDuration(text);
    }
    BigInteger total = BigInteger.ZERO;
    while (!s.isEmpty()) {
      int[] consumed = new int[1];
      total = total.add(durationTerm(text, s, consumed));
      if (total.compareTo(MAX_DURATION) > 0) {
        throw invalidDuration(text);
      }
      s = s.substring(consumed[0]);
    }
    if (!negative && total.compareTo(MAX_DURATION) >= 0) {
      throw invalidDuration(text);
    }
    long nanos = total.longValue();
    return Duration.ofNanos(negative ? -nanos : nanos);
  }

  /** One {@code <number><unit>} term in nanoseconds; {@code consumed[0]} gets its length. */
  private static BigInteger durationTerm(String orig, String s, int[] consumed) {
    char first = s.charAt(0);
    if (first != '.' && (first < '0' || first > '9')) {
      throw invalidDuration(orig);
    }
    int i = digitsEnd(s, 0);
    boolean pre = i > 0;
    BigInteger whole = pre ? new BigInteger(s.substring(0, i)) : BigInteger.ZERO;
    if (whole.compareTo(MAX_DURATION) > 0) {
      throw invalidDuration(orig);
    }
    String fraction = "";
    if (i < s.length() && s.charAt(i) == '.') {
      int end = digitsEnd(s, i + 1);
      fraction = s.substring(i + 1, end);
      i = end;
    }
    if (!pre && fraction.isEmpty()) {
      throw invalidDuration(orig);
    }
    int unitEnd = i;
    while (unitEnd < s.length() && s.charAt(unitEnd) != '.' && !isDigit(s.charAt(unitEnd))) {
      unitEnd++;
    }
    if (unitEnd == i) {
      throw new InstructionException("time: missing unit in duration " + timeQuote(orig));
    }
    String unitName = s.substring(i, unitEnd);
    Long unit = DURATION_UNITS.get(unitName);
    if (unit == null) {
      throw new InstructionException(
          "time: unknown unit " + timeQuote(unitName) + " in duration " + timeQuote(orig));
    }
    consumed[0] = unitEnd;
    return scale(orig, whole, fraction, unit);
  }

  private static BigInteger scale(String orig, BigInteger whole, String fraction, long unit) {
    BigInteger unitValue = BigInteger.valueOf(unit);
    if (whole.compareTo(MAX_DURATION.divide(unitValue)) > 0) {
      throw invalidDuration(orig);
    }
    BigInteger value = whole.multiply(unitValue);
    if (!fraction.isEmpty()) {
      double[] f = fractionValue(fraction);
      value = value.add(BigInteger.valueOf((long) (f[0] * (unit / f[1]))));
    }
    if (value.compareTo(MAX_DURATION) > 0) {
      throw invalidDuration(orig);
    }
    return value;
  }

  /**
   * The fraction digits and their scale as Go's {@code leadingFraction} reads them: digits past
   * int64 precision are dropped.
   */
  private static double[] fractionValue(String digits) {
    long f = 0;
    double scale = 1;
    boolean overflow = false;
    for (char c : digits.toCharArray()) {
      if (overflow) {
        continue;
      }
      if (f > (Long.MAX_VALUE - 9) / 10) {
        overflow = true;
        continue;
      }
      f = f * 10 + (c - '0');
      scale *= 10;
    }
    return new double[] {f, scale};
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static InstructionException invalidDuration(String orig) {
    return new InstructionException("time: invalid duration " + timeQuote(orig));
  }

  /** The quoting of Go's time package: non-ASCII and control bytes as {@code \xNN}. */
  private static String timeQuote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x80 || cp < ' ') {
                for (byte b : Character.toString(cp).getBytes(StandardCharsets.UTF_8)) {
                  out.append(String.format("\\x%02x", b & 0xFF));
                }
              } else {
                if (cp == '"' || cp == '\\') {
                  out.append('\\');
                }
                out.appendCodePoint(cp);
              }
            });
    return out.append('"').toString();
  }
}
