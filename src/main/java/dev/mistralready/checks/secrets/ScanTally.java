package dev.mistralready.checks.secrets;

import dev.mistralready.check.ByteSize;
import dev.mistralready.project.files.GitProblem;
import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.SkippedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** What a scan read and what it passed over, counted from many threads at once. */
final class ScanTally {

    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final ConcurrentLinkedQueue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();
    private volatile GitProblem gitProblem;
    private final String noun;

    /** A tally of the project's files. */
    ScanTally() {
        this("file");
    }

    /** @param noun what the files are called in {@link #describe()}: {@code staged file} */
    ScanTally(String noun) {
        this.noun = noun;
    }

    void scanned(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    void skipped(SkippedFile file) {
        skipped.add(file);
    }

    /** Git could not list the files, so a plain directory walk did. */
    void gitProblem(GitProblem problem) {
        gitProblem = problem;
    }

    Optional<GitProblem> gitProblem() {
        return Optional.ofNullable(gitProblem);
    }

    long files() {
        return files.get();
    }

    int skippedCount() {
        return skipped.size();
    }

    List<SkipReason> skippedReasons() {
        return skipped.stream().map(SkippedFile::reason).toList();
    }

    long bytes() {
        return bytes.get();
    }

    /** {@code 1,204 files, 12.3 MiB}, then what was skipped and why: {@code 3 skipped: 2 binary, 1 too large}. */
    String describe() {
        String read = String.format(Locale.ROOT, "%,d %s, %s", files(), files() == 1 ? noun : noun + "s", ByteSize.format(bytes()));
        Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
        skipped.forEach(file -> byReason.merge(file.reason(), 1, Integer::sum));
        if (byReason.isEmpty()) {
            return read;
        }
        List<String> parts = new ArrayList<>();
        byReason.forEach((reason, count) -> parts.add(count + " " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return read + "; " + skipped.size() + " skipped: " + String.join(", ", parts);
    }

    /** One line per file that could not be read: those are worth a look, binaries and large files are not. */
    List<String> unreadable() {
        return skipped.stream()
                .filter(file -> file.reason() == SkipReason.UNREADABLE)
                .sorted(Comparator.comparing(SkippedFile::path))
                .map(file -> "unreadable: " + file.path() + " (" + file.detail() + ")")
                .toList();
    }
}
