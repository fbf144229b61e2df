package dev.mistralready.checks.secrets;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Secret;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns the secrets a {@link HistoryScan} found into findings, less those the tree scan reports already. */
final class HistoryFindings {

    static final String FIX = "Rotate the key now: deleting it from the code does not remove it from the git history.";

    private HistoryFindings() {
    }

    /** One finding per secret found only in the history, at the file and line of the commit that added it. */
    static List<Finding> of(HistoryScan.Result result, List<SecretMatch> inTree) {
        Set<Key> current = new HashSet<>();
        inTree.forEach(match -> current.add(new Key(match.rule().id(), match.secret())));
        return result.added().stream()
                .filter(added -> !current.contains(new Key(added.match().rule().id(), added.match().secret())))
                .sorted(Comparator.comparing((HistoryScan.Added added) -> added.match().path())
                        .thenComparingInt(added -> added.match().line())
                        .thenComparing(HistoryScan.Added::commit))
                .map(HistoryFindings::findingOf)
                .toList();
    }

    /** {@code history: 12 commits, 30 blobs scanned}; a bare repository's: {@code 12 commits of every branch and tag}. */
    static String describe(HistoryScan.Result result) {
        if (result.noCommitsYet()) {
            return "history: no commits yet";
        }
        String scanned = String.format(Locale.ROOT, "history: %,d %s%s, %,d %s scanned", result.commits(),
                result.commits() == 1 ? "commit" : "commits", result.allRefs() ? " of every branch and tag" : "",
                result.blobs(), result.blobs() == 1 ? "blob" : "blobs");
        return result.shallow() ? scanned + "; the clone is shallow, so older commits were not scanned "
                + "(fetch the whole history, e.g. `fetch-depth: 0` in actions/checkout)" : scanned;
    }

    private static Finding findingOf(HistoryScan.Added added) {
        SecretMatch match = added.match();
        String message = match.rule().description() + ": " + match.shown() + (match.place().isPresent() ? "," : "")
                + " added in commit " + added.commit()
                + " (" + added.date() + ") and still in the history";
        return Finding.of(match.rule().id(), match.rule().severity(), message, FIX)
                .at(new Location(match.path(), match.line(), match.column()))
                .withFingerprint(SecretScanCheck.fingerprintOf(match));
    }

    private record Key(String rule, Secret secret) {
    }
}
