package dev.mistralready.report;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Location;

/**
 * Names a gate's finding testcases so that CI history keeps following them: {@code <rule id> <file>},
 * plus {@code [<what>]} where the finding's fingerprint says what it is about beyond rule and file
 * ({@code [Deployment chat-service]}, or the fingerprint's hash), plus {@code #2}, {@code #3} in report
 * order where two would still be equal. Never the line: inserting a line above a finding must not
 * turn it into a new failing test and a vanished one.
 */
final class FindingNames {

    /** Longer distinguishing parts (a whole error message, say) are replaced by their hash. */
    private static final int LONGEST_PART = 60;

    private final UniqueNames names = new UniqueNames();

    String claim(Finding finding, Location where) {
        String base = finding.ruleId() + " " + where.file();
        String part = finding.fingerprint().map(print -> distinguishing(print, finding.ruleId(), where.file())).orElse("");
        return names.claim(part.isEmpty() ? base : base + " [" + part + "]");
    }

    /** The fingerprint without the rule and file it starts with, which the name already has. */
    private static String distinguishing(String fingerprint, String ruleId, String file) {
        String part = fingerprint;
        if (part.startsWith(ruleId + ":")) {
            part = part.substring(ruleId.length() + 1);
        }
        if (part.equals(file)) {
            return "";
        }
        if (part.startsWith(file + ":")) {
            part = part.substring(file.length() + 1);
        }
        part = OneLine.of(part);
        if (part.codePointCount(0, part.length()) > LONGEST_PART) {
            String hashed = Fingerprint.of(ruleId, file, part);
            part = hashed.substring(hashed.lastIndexOf(':') + 1);
        }
        return part;
    }
}
