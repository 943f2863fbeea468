package dev.stagelens.instruction;

/**
 * One pair of ENV or LABEL, as written (quotes and variables unexpanded).
 *
 * @param key the name
 * @param value the value
 * @param noDelim true for the legacy {@code ENV key value} form without {@code =}
 */
public record KeyValue(String key, String value, boolean noDelim) {

  /** The pair with key and value expanded, as BuildKit expands them before dispatch. */
  public KeyValue expand(WordExpander expander) {
    return new KeyValue(expander.expand(key), expander.expand(value), noDelim);
  }
}
