package dev.stagelens.instruction;

/**
 * Go's {@code Regexp.Expand} for a pattern without groups, as used by BuildKit's {@code ${a//p/r}}:
 * {@code $$} is a dollar, {@code $0} or {@code ${0}} is the whole match, any other {@code $name} or
 * {@code ${name}} is empty, and a malformed reference is kept as text.
 */
final class GoTemplate {
  private GoTemplate() {}

  static String expand(String template, int[] text, int[] match) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      int end = referenceEnd(template, i);
      if (end < 0) {
        out.append('$');
        continue;
      }
      if (isWholeMatch(template, i, end)) {
        out.append(new String(text, match[0], match[1] - match[0]));
      }
      i = end;
    }
    out.append(template, i, template.length());
    return out.toString();
  }

  /** The index after a well-formed reference starting at {@code from}, or -1. */
  private static int referenceEnd(String template, int from) {
    boolean brace = from < template.length() && template.charAt(from) == '{';
    int i = brace ? from + 1 : from;
    int nameStart = i;
    while (i < template.length()) {
      int cp = template.codePointAt(i);
      if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == nameStart) {
      return -1;
    }
    if (brace) {
      if (i >= template.length() || template.charAt(i) != '}') {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean isWholeMatch(String template, int from, int end) {
    String name = template.substring(from, end).replace("{", "").replace("}", "");
    return name.equals("0");
  }
}
