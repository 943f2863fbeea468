package dev.stagelens.testing;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A test-only endpoint with a deliberate bug, to see how the service answers one. */
@Path("/test-only/broken")
public class BrokenResource {

  /** The secret-looking text the bug's message carries. */
  public static final String LEAKED = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

  @POST
  public String fail() {
    throw new IllegalStateException("index out of range while holding " + LEAKED);
  }
}
