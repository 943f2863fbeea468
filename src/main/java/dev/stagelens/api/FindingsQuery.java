package dev.stagelens.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/** The query options of {@code POST /api/v1/findings} with a {@code text/plain} body. */
public class FindingsQuery extends BuildQuery {

  /** Rule ids to switch off. */
  @QueryParam("disable")
  List<String> disable;

  /** Severity overrides as {@code RuleId=level}. */
  @QueryParam("severity")
  List<String> severity;

  /** The least severity that fails the check. */
  @QueryParam("fail-on")
  String failOn;
}
