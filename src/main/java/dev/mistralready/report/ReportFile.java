package dev.mistralready.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report file where the user asked without ever replacing what is not a regular file: a regular
 * file is replaced whole or not at all, {@code /dev/stdout} or a FIFO is written in place, and the paths
 * {@link ReportTarget} refuses are left untouched.
 */
public final class ReportFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private ReportFile() {
    }

    public static void write(Path target, LinkBoundary boundary, Report report, ReportWriter format) throws IOException {
        write(target, boundary, out -> format.write(report, out));
    }

    /** @throws RefusedReportTarget if the path is one a report is never written to */
    public static void write(Path target, LinkBoundary boundary, Content content) throws IOException {
        ReportTarget resolved = ReportTarget.of(target, boundary);
        switch (resolved.mode()) {
            case REPLACE -> AtomicFile.replace(resolved.path(), content);
            case STREAM -> {
                try (Writer out = Files.newBufferedWriter(resolved.path(), StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                    content.writeTo(out);
                }
            }
        }
    }
}
