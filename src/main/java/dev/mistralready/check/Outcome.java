package dev.mistralready.check;

import java.util.List;
import java.util.Objects;

/**
 * What a check reports: a status, a one-line summary, its findings, and optional detail text
 * (such as the tail of a command's output) shown under the findings.
 */
public record Outcome(Status status, String summary, List<Finding> findings, String details) {

    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        Objects.requireNonNull(details, "details");
    }

    public static Outcome pass(String summary) {
        return new Outcome(Status.PASS, summary, List.of(), "");
    }

    public static Outcome warn(String summary, List<Finding> findings) {
        return new Outcome(Status.WARN, summary, findings, "");
    }

    public static Outcome fail(String summary, List<Finding> findings) {
        return new Outcome(Status.FAIL, summary, findings, "");
    }

    public static Outcome skip(String reason) {
        return new Outcome(Status.SKIP, reason, List.of(), "");
    }

    public static Outcome error(String message) {
        return new Outcome(Status.ERROR, message, List.of(), "");
    }

    public Outcome withDetails(String text) {
        return new Outcome(status, summary, findings, text);
    }

    public Outcome withStatus(Status newStatus) {
        return new Outcome(newStatus, summary, findings, details);
    }

    public Outcome withFindings(List<Finding> newFindings) {
        return new Outcome(status, summary, newFindings, details);
    }
}
