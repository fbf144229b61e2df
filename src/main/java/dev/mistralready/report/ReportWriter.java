package dev.mistralready.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a finished {@link Report} in one format. */
public interface ReportWriter {

    void write(Report report, Writer out) throws IOException;
}
