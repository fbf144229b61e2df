package dev.mistralready.report;

import java.io.IOException;

/** A report path that is never written to (a directory, a disk, a link out of bounds); the message says why and what to do. */
public final class RefusedReportTarget extends IOException {

    RefusedReportTarget(String message) {
        super(message);
    }
}
