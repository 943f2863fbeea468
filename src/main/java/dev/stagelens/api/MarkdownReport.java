package dev.stagelens.api;

import dev.stagelens.api.AnalysisView.EdgeView;
import dev.stagelens.api.AnalysisView.FindingView;
import dev.stagelens.api.AnalysisView.StageView;
import dev.stagelens.api.AnalysisView.StepView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders an analysis as a Markdown report for pull-request comments and CI logs: GitHub-flavoured
 * tables and a Mermaid flow, no raw HTML, so that GitHub and GitLab both show it as written.
 */
final class MarkdownReport {

  /** The steps that write a filesystem layer; the others change only the image config. */
  private static final Set<String> LAYER_KEYWORDS = Set.of("RUN", "COPY", "ADD");

  private static final List<String> SEVERITY_ORDER = List.of("error", "warning", "info", "style");
  private static final int KEY_MOMENTS = 5;
  private static final int TOP_CONTRIBUTORS = 3;
  private static final int INSTRUCTION_WIDTH = 60;

  private final AnalysisView view;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(AnalysisView view) {
    this.view = view;
  }

  /** The report of {@code view}. */
  static String render(AnalysisView view) {
    MarkdownReport report = new MarkdownReport(view);
    report.line("# stagelens report");
    report.snapshot();
    report.processFlow();
    report.steps();
    report.tracker();
    report.keyMoments();
    return report.out.toString();
  }

  private void snapshot() {
    section("Snapshot");
    AnalysisView.RangeView image = view.sizes().image();
    line(
        "- **Final image:** "
            + bytes(image.bytes())
            + " (between "
            + bytes(image.low())
            + " and "
            + bytes(image.high())
            + "), stage "
            + stageLabel(view.target().stage()));
    long largest = largestOtherStage();
    if (largest > image.bytes()) {
      line(
          "- **Savings:** "
              + bytes(largest - image.bytes())
              + " left behind in build stages (the largest built stage weighs "
              + bytes(largest)
              + ")");
    } else {
      line("- **Savings:** none; no other built stage is heavier than the image");
    }
    line("- **Top contributors:** " + String.join("; ", topContributors()));
  }

  private long largestOtherStage() {
    return view.sizes().stages().stream()
        .filter(s -> s.index() != view.target().stage() && stage(s.index()).built())
        .mapToLong(AnalysisView.StageSizeView::bytes)
        .max()
        .orElse(0);
  }

  private List<String> topContributors() {
    return targetSteps().stream()
        .filter(s -> s.size().bytes() > 0)
        .sorted(Comparator.comparingLong((StepView s) -> s.size().bytes()).reversed())
        .limit(TOP_CONTRIBUTORS)
        .map(s -> "line " + s.line() + " " + code(instruction(s)) + " " + bytes(s.size().bytes()))
        .toList();
  }

  private void processFlow() {
    section("Process flow");
    line("Stages in build order, and what moves between them:");
    line("");
    int position = 1;
    for (int index : view.target().buildOrder()) {
      StageView stage = stage(index);
      line(position++ + ". " + stageLabel(index) + " from " + code(stage.base()) + lines(stage));
      for (EdgeView edge : view.edges()) {
        if (edge.to() == index) {
          line("   - " + edgeText(edge));
        }
      }
    }
    for (int index : view.target().skipped()) {
      line("- skipped, not needed by the target: " + stageLabel(index));
    }
    line("");
    mermaid();
  }

  private String edgeText(EdgeView edge) {
    String source =
        edge.from() == null ? "image " + code(edge.image()) : "stage " + stageLabel(edge.from());
    String verb =
        switch (edge.kind()) {
          case "copy" -> "copies from ";
          case "mount" -> "mounts ";
          default -> "is built on ";
        };
    StepView step = stepAt(edge.line());
    String what = step == null ? "" : ": " + code(instruction(step));
    return verb + source + " at line " + edge.line() + what;
  }

  private void mermaid() {
    line("```mermaid");
    line("flowchart LR");
    for (StageView stage : view.stages()) {
      String shape = "[\"" + mermaidText(stageName(stage.index())) + "\"]";
      line("  s" + stage.index() + shape + (stage.built() ? "" : ":::skipped"));
    }
    int image = 0;
    for (EdgeView edge : view.edges()) {
      String from = "s" + edge.from();
      if (edge.from() == null) {
        from = "i" + image++;
        line("  " + from + "([\"" + mermaidText(edge.image()) + "\"])");
      }
      line("  " + from + " -- " + edge.kind() + " --> s" + edge.to());
    }
    line("  classDef skipped stroke-dasharray: 5 5");
    line("```");
  }

  private void steps() {
    section("Steps");
    line("| Step | Action | Stage | Files present | Image size impact |");
    line("| ---: | --- | --- | --- | ---: |");
    int number = 1;
    for (StepView step : view.steps()) {
      line(
          row(
              String.valueOf(number++),
              "line " + step.line() + ": " + code(instruction(step)),
              stageLabel(step.stage()),
              paths(step.present()),
              impact(step)));
    }
  }

  private String impact(StepView step) {
    if (step.stage() != view.target().stage()) {
      return "none, not shipped (" + signed(step.size().bytes()) + " to its stage)";
    }
    return signed(step.size().bytes());
  }

  private void tracker() {
    section("Status tracker");
    for (int index : view.target().buildOrder()) {
      line("");
      line("### Stage " + stageLabel(index));
      line("");
      line("| Point | Files present | Stage size |");
      line("| --- | --- | ---: |");
      trackStage(index);
    }
  }

  private void trackStage(int index) {
    long size = 0;
    StepView last = null;
    for (StepView step : view.steps()) {
      if (step.stage() != index) {
        continue;
      }
      size += step.size().bytes();
      if (last == null) {
        line(row("start: " + code(instruction(step)), paths(step.present()), bytes(size)));
      } else if (LAYER_KEYWORDS.contains(step.keyword())) {
        String point = "after line " + step.line() + ": " + code(instruction(step));
        line(row(point, paths(step.present()), bytes(size)));
      }
      last = step;
    }
    if (last != null) {
      line(row("**final**", paths(last.present()), "**" + bytes(size) + "**"));
    }
  }

  private void keyMoments() {
    section("Key moments");
    List<FindingView> findings = new ArrayList<>(view.findings());
    if (findings.isEmpty()) {
      line("No findings: nothing to fix.");
      return;
    }
    findings.sort(Comparator.comparingInt(f -> SEVERITY_ORDER.indexOf(f.severity())));
    for (FindingView finding : findings.subList(0, Math.min(KEY_MOMENTS, findings.size()))) {
      line(
          "- **Line "
              + finding.line()
              + ", "
              + finding.rule()
              + "** ("
              + finding.severity()
              + "): "
              + cell(finding.message()));
      line("  - Why: " + cell(finding.description()));
      line("  - Fix: " + cell(finding.fix()));
    }
    if (findings.size() > KEY_MOMENTS) {
      line("- and " + (findings.size() - KEY_MOMENTS) + " more findings in the JSON answer");
    }
  }

  private List<StepView> targetSteps() {
    return view.steps().stream().filter(s -> s.stage() == view.target().stage()).toList();
  }

  private StepView stepAt(int line) {
    return view.steps().stream()
        .filter(s -> s.line() <= line && line <= s.endLine())
        .findFirst()
        .orElse(null);
  }

  private StageView stage(int index) {
    return view.stages().get(index);
  }

  private String stageName(int index) {
    String name = stage(index).name();
    return name == null ? "stage " + index : name;
  }

  private String stageLabel(int index) {
    String label = stage(index).name() == null ? index + "" : index + " " + code(stageName(index));
    return index == view.target().stage() ? label + " (target)" : label;
  }

  private static String lines(StageView stage) {
    return ", lines " + stage.startLine() + "–" + stage.endLine();
  }

  private void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(cell).append(" |");
    }
    return row.toString();
  }

  private static String paths(List<String> paths) {
    if (paths.isEmpty()) {
      return "(none tracked)";
    }
    return String.join(", ", paths.stream().map(MarkdownReport::code).toList());
  }

  private static String instruction(StepView step) {
    String flat = step.instruction().replaceAll("\\\\?\\s*\\n\\s*", " ").trim();
    return flat.length() <= INSTRUCTION_WIDTH
        ? flat
        : flat.substring(0, INSTRUCTION_WIDTH - 1) + "…";
  }

  /** Text safe inside a table cell: pipes escaped and lines joined. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replaceAll("\\s*\\n\\s*", " ");
  }

  /** A code span that holds any text: the fence is longer than any backtick run inside it. */
  private static String code(String text) {
    String fence = "`";
    while (text.contains(fence)) {
      fence += "`";
    }
    String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
    return fence + pad + cell(text) + pad + fence;
  }

  private static String mermaidText(String text) {
    return text.replace("\"", "#quot;");
  }

  private static String signed(long bytes) {
    return bytes == 0 ? "0 B" : "+" + bytes(bytes);
  }

  /** Bytes in decimal units, as registries and {@code docker images} show them. */
  static String bytes(long bytes) {
    if (bytes >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }
    if (bytes >= 1_000_000L) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    if (bytes >= 1_000L) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    return bytes + " B";
  }
}
