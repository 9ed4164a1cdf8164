package org.ficshelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ficshelf.decode.LostEllipsis;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.TextLine;
import org.ficshelf.format.Formats;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.infer.Inference;
import org.ficshelf.parse.ParsedWork;
import org.ficshelf.parse.WorkParser;

/**
 * The pipeline for one file: bytes → decode and format → parse → infer → {@link Work}.
 *
 * <p>Only I/O fails. Content never does: the stages are written not to throw on any text, and
 * should one still fail on some input (a bug), the reader keeps what it has and records an
 * {@code internal-error} problem rather than losing the file.
 */
public final class WorkReader {

    /** Reads and understands the file at {@code path}. */
    public Work read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        Path fileName = path.getFileName();
        return read(bytes, fileName == null ? path.toString() : fileName.toString());
    }

    /** Reads and understands {@code bytes}; {@code name} is the file name, used as a format hint. */
    public Work read(byte[] bytes, String name) {
        String sha256 = sha256(bytes);
        SourceDocument source;
        try {
            source = repaired(Formats.read(bytes, name));
        } catch (RuntimeException | StackOverflowError e) {
            return failed(name, sha256, bytes.length, "format", e);
        }
        SourceInfo info = new SourceInfo(name, sha256, bytes.length, source.format(), source.encoding(),
                source.encodingConfidence());
        try {
            ParsedWork parsed = WorkParser.parse(source);
            WorkRecord record = Inference.infer(parsed, source, info);
            return new Work(record, parsed.body());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(name, sha256, bytes.length, "parse", e);
        }
    }

    /** The source with text-level repairs applied (lost ellipses), their problems added. */
    private static SourceDocument repaired(SourceDocument source) {
        ProblemList problems = ProblemList.tracking();
        problems.addAll(source.problems());
        List<TextLine> lines = LostEllipsis.repair(source.lines(), problems);
        return new SourceDocument(source.format(), source.encoding(), source.encodingConfidence(), lines,
                source.metadata(), source.metadataNotes(), source.part(), problems.toList());
    }

    private static Work failed(String name, String sha256, long size, String stage, Throwable e) {
        SourceInfo info = new SourceInfo(name, sha256, size, "text", "unknown", 0.0);
        Problem problem = Problem.ofFile("internal-error",
                "the " + stage + " stage failed on this file (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); the original is kept and can be re-read after a fix");
        WorkRecord record = new WorkRecord(info, null, List.of(), null, List.of(), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), null, 0, null, null, List.of(), List.of(),
                List.of(),
                new ParsedWork(null, List.of(), null, Map.of(), List.of(), List.of(), Document.empty(), null,
                        Map.of(), List.of()).stated(),
                Map.of(), List.of(problem));
        return new Work(record, Document.empty());
    }

    /** Hex SHA-256 of the bytes: the content address of an original. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
