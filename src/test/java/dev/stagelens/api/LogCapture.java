package dev.stagelens.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log record, with its rendered stack, while it is installed on the root logger. */
final class LogCapture extends Handler implements AutoCloseable {

  private final List<LogRecord> records = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private LogCapture() {
    setLevel(Level.ALL);
  }

  static LogCapture install() {
    LogCapture capture = new LogCapture();
    Logger.getLogger("").addHandler(capture);
    return capture;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
    text.append(record.getLevel()).append(' ').append(record.getMessage()).append('\n');
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        text.append(parameter).append('\n');
      }
    }
    if (record.getThrown() != null) {
      StringWriter stack = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(stack));
      text.append(stack);
    }
  }

  /** The records at {@code level} from {@code logger}. */
  synchronized List<LogRecord> at(Level level, String logger) {
    return records.stream()
        .filter(r -> r.getLevel().equals(level) && logger.equals(r.getLoggerName()))
        .toList();
  }

  /** Everything logged, messages, parameters and stacks. */
  synchronized String text() {
    return text.toString();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    Logger.getLogger("").removeHandler(this);
  }
}
