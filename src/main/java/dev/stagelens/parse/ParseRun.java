package dev.stagelens.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of BuildKit's parse loop over a Dockerfile: directives at the top, then logical lines
 * joined across continuations, then heredoc bodies, with comments remembered for the next
 * instruction.
 */
final class ParseRun {

  private static final String EMPTY_CONTINUATION = "NoEmptyContinuation";

  private final String text;
  private final ParserLimits limits;
  private final SourceLines lines;
  private final DirectiveScanner directives = new DirectiveScanner();
  private final List<Node> instructions = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final StringBuilder joined = new StringBuilder();
  private List<String> comments = new ArrayList<>();
  private int stages;

  ParseRun(String text, ParserLimits limits) {
    this.text = text;
    this.limits = limits;
    this.lines = new SourceLines(text, limits);
  }

  ParseResult parse() {
    while (lines.advance()) {
      readTopLine();
    }
    if (instructions.isEmpty()) {
      throw ParseFault.noInstructions().at(lines.number(), lines.number());
    }
    int first = instructions.get(0).startLine();
    int last = instructions.get(instructions.size() - 1).endLine();
    Node root =
        new Node(
            "", List.of(), List.of(), instructions, List.of(), false, "", first, last, List.of());
    return new ParseResult(root, directives.directives(), directives.escapeToken(), warnings);
  }

  /**
   * A line outside any instruction: a directive, comment, blank, or the start of an instruction.
   */
  private void readTopLine() {
    int end = lines.contentEnd();
    int from = GoText.skipSpace(text, lines.start(), end);
    if (offerDirective(from, end)) {
      return;
    }
    boolean comment = from < end && text.charAt(from) == '#';
    if (comment) {
      remember(GoText.trimSpace(text, lines.start() + 1, lines.end()));
      return;
    }
    int cut = continuationCut(from, end);
    if (cut >= 0) {
      readInstruction(from, cut, true);
    } else if (from < end) {
      readInstruction(from, end, false);
    }
  }

  private boolean offerDirective(int from, int end) {
    try {
      return directives.offer(text, from, end, lines.number());
    } catch (ParseFault fault) {
      throw fault.at(lines.number(), lines.number());
    }
  }

  /** BuildKit keeps the comments above an instruction; an empty {@code #} line forgets them. */
  private void remember(String comment) {
    if (comment.isEmpty()) {
      comments = new ArrayList<>();
    } else {
      comments.add(comment);
    }
  }

  /**
   * Where the text of a line ends when it continues on the next one, or -1 when it does not: the
   * escape character, then only spaces or tabs, and not itself escaped.
   */
  private int continuationCut(int from, int end) {
    char escape = directives.escapeToken();
    int i = end - 1;
    while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < from || text.charAt(i) != escape) {
      return -1;
    }
    if (i > from && text.charAt(i - 1) == escape) {
      return -1;
    }
    return i;
  }

  private void readInstruction(int from, int to, boolean continued) {
    int startLine = lines.number();
    String line;
    if (continued) {
      joined.setLength(0);
      joined.append(text, from, to);
      boolean sawEmptyLine = readContinuation();
      line = joined.toString();
      if (sawEmptyLine) {
        warnEmptyContinuation(line);
      }
    } else {
      line = text.substring(from, to);
    }
    try {
      InstructionParser.Draft draft = InstructionParser.parse(line, directives.escapeToken());
      List<Heredoc> heredocs =
          draft.canContainHeredoc() && line.contains("<<")
              ? readHeredocs(HeredocWords.openers(line), startLine)
              : List.of();
      add(draft.toNode(startLine, lines.number(), List.copyOf(comments), heredocs));
    } catch (ParseFault fault) {
      throw fault.at(startLine, lines.number());
    }
  }

  /**
   * Appends continuation lines to {@link #joined} until one does not continue. Comment lines are
   * dropped; blank lines are dropped too and reported.
   *
   * @return whether a blank line was dropped
   */
  private boolean readContinuation() {
    boolean sawEmptyLine = false;
    while (lines.advance()) {
      int start = lines.start();
      int end = lines.contentEnd();
      int first = GoText.skipSpace(text, start, end);
      if (first == end) {
        sawEmptyLine = true;
        continue;
      }
      if (text.charAt(first) == '#') {
        continue;
      }
      int cut = continuationCut(start, end);
      if (cut < 0) {
        joined.append(text, start, end);
        return sawEmptyLine;
      }
      joined.append(text, start, cut);
    }
    return sawEmptyLine;
  }

  private void warnEmptyContinuation(String line) {
    int at = lines.number();
    warnings.add(
        new ParseWarning(EMPTY_CONTINUATION, "Empty continuation line found in: " + line, at, at));
  }

  private List<Heredoc> readHeredocs(List<HeredocWords.Opener> openers, int startLine) {
    List<Heredoc> heredocs = new ArrayList<>(openers.size());
    for (HeredocWords.Opener opener : openers) {
      heredocs.add(readHeredoc(opener, startLine));
    }
    return heredocs;
  }

  /** Reads a body up to the line that equals the name, leading tabs ignored for {@code <<-}. */
  private Heredoc readHeredoc(HeredocWords.Opener opener, int startLine) {
    int bodyStart = lines.nextStart();
    HeredocBudget budget = new HeredocBudget(text, bodyStart, limits.maxHeredocBytes());
    while (lines.advance()) {
      if (isTerminator(opener)) {
        String body = text.substring(bodyStart, lines.start());
        return new Heredoc(
            opener.name(),
            body,
            opener.expand(),
            opener.chomp(),
            opener.fileDescriptor(),
            startLine,
            lines.number());
      }
      if (budget.exceededBy(lines.nextStart())) {
        throw ParseFault.heredocTooLarge(limits.maxHeredocBytes(), startLine, lines.number());
      }
    }
    throw ParseFault.unterminatedHeredoc();
  }

  private boolean isTerminator(HeredocWords.Opener opener) {
    int from = lines.start();
    int end = lines.contentEnd();
    if (opener.chomp()) {
      while (from < end && text.charAt(from) == '\t') {
        from++;
      }
    }
    String name = opener.name();
    return end - from == name.length() && text.startsWith(name, from);
  }

  private void add(Node instruction) {
    instructions.add(instruction);
    comments = new ArrayList<>();
    if (instructions.size() > limits.maxInstructions()) {
      throw ParseFault.tooManyInstructions(
          limits.maxInstructions(), instruction.startLine(), instruction.endLine());
    }
    if (instruction.value().equalsIgnoreCase("from") && ++stages > limits.maxStages()) {
      throw ParseFault.tooManyStages(
          limits.maxStages(), instruction.startLine(), instruction.endLine());
    }
  }

  /** Counts a heredoc body's UTF-8 bytes, scanning characters only once the count could matter. */
  private static final class HeredocBudget {
    private final String text;
    private final int maxBytes;
    private int countedTo;
    private long bytes;

    HeredocBudget(String text, int bodyStart, int maxBytes) {
      this.text = text;
      this.maxBytes = maxBytes;
      this.countedTo = bodyStart;
    }

    boolean exceededBy(int bodyEnd) {
      if (bytes + 3L * (bodyEnd - countedTo) <= maxBytes) {
        return false;
      }
      bytes += GoText.utf8Length(text, countedTo, bodyEnd);
      countedTo = bodyEnd;
      return bytes > maxBytes;
    }
  }
}
