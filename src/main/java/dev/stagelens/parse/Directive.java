package dev.stagelens.parse;

/**
 * A parser directive from the top of the file, such as {@code # escape=`}.
 *
 * @param name the key in lower case: {@code syntax}, {@code escape} or {@code check}
 * @param value the value with surrounding whitespace removed
 * @param line the physical line, 1-based
 */
public record Directive(String name, String value, int line) {}
