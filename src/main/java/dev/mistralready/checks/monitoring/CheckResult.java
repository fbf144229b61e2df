package dev.mistralready.checks.monitoring;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Status;
import java.util.List;

/**
 * What one check of the gate (a built-in or one of {@code queries}) came to.
 *
 * @param status  PASS, FAIL (over the threshold), WARN (no data), ERROR (could not ask), or SKIP (no
 *                preset of {@code metrics} has a metric for it)
 * @param brief   for the summary: {@code api-down (14 5xx/min > 10)}
 * @param line    the details line: {@code FAIL api-down: 14 5xx/min > 10 (mistral)}
 * @param reason  for an ERROR, why the check could not be made; empty otherwise
 */
record CheckResult(String name, Status status, String brief, String line, List<Finding> findings, String reason) {

    CheckResult {
        findings = List.copyOf(findings);
    }

    CheckResult(String name, Status status, String brief, String line, List<Finding> findings) {
        this(name, status, brief, line, findings, "");
    }
}
