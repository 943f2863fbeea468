package dev.stagelens.api;

import dev.stagelens.api.AnalysisView.FindingView;
import java.util.List;

/**
 * The JSON answer of {@code POST /api/v1/findings}.
 *
 * @param findings what the rules found, by line
 * @param failed true when a finding is at or above the request's {@code failOn} severity
 * @param warningsAreErrors true when the file sets {@code # check=error=true}
 */
public record FindingsView(List<FindingView> findings, boolean failed, boolean warningsAreErrors) {}
