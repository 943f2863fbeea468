package dev.stagelens.api;

import dev.stagelens.fs.BuildContext;
import dev.stagelens.fs.ContextArchive;
import dev.stagelens.fs.ContextFile;
import dev.stagelens.fs.ContextLimits;
import dev.stagelens.fs.IgnorePatterns;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Turns the build context of a request, listed or uploaded, into the core's build context. */
final class ContextRequests {

  private ContextRequests() {}

  /** The context a JSON request lists, or null when it lists none. */
  static BuildContext fromList(AnalysisRequest.ContextRequest request) {
    if (request == null) {
      return null;
    }
    List<ContextFile> files = new ArrayList<>();
    for (AnalysisRequest.FileRequest file :
        request.files() == null ? List.<AnalysisRequest.FileRequest>of() : request.files()) {
      files.add(ContextFile.file(checkedPath(file.path()), checkedSize(file)));
    }
    return BuildContext.of(files, IgnorePatterns.parse(request.dockerignore()));
  }

  /** The context of an uploaded tar or tar.gz, or null when none was sent. */
  static BuildContext fromArchive(
      FileUpload upload, String dockerignore, StagelensConfig.Context limits) {
    if (upload == null) {
      return null;
    }
    ContextLimits bounds =
        new ContextLimits(
            limits.maxEntries(), limits.maxTotalBytes(), limits.maxEntryBytes(), limits.maxRatio());
    try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
      return ContextArchive.read(in, bounds).context(dockerignore);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String checkedPath(String path) {
    if (path == null || path.isBlank()) {
      throw invalid("context.files[].path is required: give the path relative to the context root");
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        throw invalid(
            "context file '" + path + "' points outside the context: remove its '../' segments");
      }
    }
    return path;
  }

  private static long checkedSize(AnalysisRequest.FileRequest file) {
    if (file.size() < 0) {
      throw invalid(
          "context file '" + file.path() + "' has size " + file.size() + ": give 0 or more bytes");
    }
    return file.size();
  }

  private static ProblemException invalid(String detail) {
    return new ProblemException(Problem.of(ProblemKind.INVALID_REQUEST, detail));
  }
}
