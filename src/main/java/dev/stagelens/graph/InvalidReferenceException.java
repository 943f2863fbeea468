package dev.stagelens.graph;

/** An image reference that Docker would not accept; the message gives Docker's reason. */
public class InvalidReferenceException extends RuntimeException {
  public InvalidReferenceException(String message) {
    super(message);
  }
}
