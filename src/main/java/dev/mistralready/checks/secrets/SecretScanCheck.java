package dev.mistralready.checks.secrets;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.FileScope;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import dev.mistralready.mistral.MistralApi;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.GitProblem;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.StagedFiles;
import dev.mistralready.project.files.StagedListing;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.files.UnreadFiles;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;

/**
 * The {@code secret-scan} gate: no hard-coded Mistral keys or other secrets in the project. Reads
 * the files git would commit (or, outside git, those .gitignore does not exclude) in parallel, while
 * they are being listed.
 */
public final class SecretScanCheck implements Check<SecretScanOptions> {

    /** Git's view of the files could not be read; the directory was walked instead. */
    static final String GIT_UNREADABLE = "MR-SEC-091";
    /** The history option is on, but the git history could not be read. */
    static final String HISTORY_UNREADABLE = "MR-SEC-092";

    @Override
    public String type() {
        return "secret-scan";
    }

    @Override
    public List<Rule> rules() {
        return SecretRuleCatalogue.rules();
    }

    @Override
    public String summary() {
        return "Finds hard-coded Mistral keys and other secrets in the project's files";
    }

    @Override
    public Class<SecretScanOptions> optionsType() {
        return SecretScanOptions.class;
    }

    /** Under {@code check --staged} the gate scans the staged blobs and nothing else ({@link StagedScan}). */
    @Override
    public boolean honoursStagedScope() {
        return true;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Outcome run(SecretScanOptions options, CheckContext context) throws Exception {
        BaselineSource baseline;
        try {
            baseline = BaselineSource.resolve(context.projectRoot(), options.baseline());
        } catch (Baseline.Unusable e) {
            return Outcome.error(e.getMessage() + "; fix or delete it, then run `mistral-ready baseline`");
        }
        if (context.fileScope() == FileScope.STAGED) {
            return scanStaged(options, context, baseline);
        }
        // A bare repository has history but no files: scan the one, never its pack files as the other.
        Optional<String> noWorkTree = ProjectFiles.noWorkTree(context.projectRoot());
        if (noWorkTree.isPresent() && !options.history().enabled()) {
            return Outcome.skip("skipped: " + noWorkTree.get());
        }
        FileSelection selection = new FileSelection(options.paths(), options.exclude());
        SecretDetector detector = new SecretDetector(options.effectiveRules());
        // The history is read while the files are: the two share nothing until their findings meet.
        Optional<FutureTask<Optional<HistoryScan.Result>>> history = options.history().enabled()
                ? Optional.of(startHistory(options, selection, detector, context)) : Optional.empty();
        try {
            context.progress().report(history.isPresent() ? "scanning the files and the git history" : "scanning the files");
            ScanTally tally = new ScanTally();
            Instant started = context.clock().instant();
            List<SecretMatch> matches = noWorkTree.isPresent() ? List.of()
                    : scanFiles(selection, detector, options.maxFileSize().bytes(), tally, context);
            Duration scanning = Duration.between(started, context.clock().instant());
            List<String> details = new ArrayList<>();
            List<Finding> historyFindings = new ArrayList<>();
            List<SecretMatch> historyMatches = new ArrayList<>();
            Optional<HistoryScan.Unreadable> unreadableHistory = Optional.empty();
            if (history.isPresent()) {
                try {
                    awaitHistory(history.get()).ifPresentOrElse(result -> {
                        historyFindings.addAll(HistoryFindings.of(result, matches));
                        result.added().forEach(added -> historyMatches.add(added.match()));
                        details.add(HistoryFindings.describe(result));
                    }, () -> details.add("history: not scanned, the project is not in a git repository"));
                } catch (HistoryScan.UnknownRevision e) {
                    return Outcome.error(e.getMessage());
                } catch (HistoryScan.Unreadable e) {
                    unreadableHistory = Optional.of(e);
                    details.add(e.getMessage());
                }
            }
            KeyVerification verification = KeyVerification.none();
            if (options.verify()) {
                List<SecretMatch> all = new ArrayList<>(matches);
                all.addAll(historyMatches);
                verification = verify(all, options, context, details);
            }
            Outcome outcome = outcome(matches, historyFindings, details, tally, scanning, baseline, verification, noWorkTree);
            return unreadableHistory.map(e -> historyNotRead(outcome, e)).orElse(outcome);
        } finally {
            history.ifPresent(task -> task.cancel(true)); // stops it if the file scan failed; nothing once done
        }
    }

    /**
     * Only what {@code git add} staged, read from the index; never the history, whatever the option
     * says, since the commit being made adds nothing else. Baseline and allow markers apply as usual.
     */
    private static Outcome scanStaged(SecretScanOptions options, CheckContext context, BaselineSource baseline)
            throws Exception {
        FileSelection selection = new FileSelection(options.paths(), options.exclude());
        try (StagedListing listing = StagedFiles.list(context.projectRoot(), selection,
                Optional.ofNullable(context.environment().get("GIT_INDEX_FILE")))) {
            List<String> details = new ArrayList<>(StagedScan.describe(listing, options.history().enabled()));
            if (listing.stagedCount() == 0) {
                return Outcome.pass("nothing is staged, so no secret can be committed (`git add` stages files)")
                        .withDetails(String.join("\n", details));
            }
            context.progress().report("scanning the staged files");
            ScanTally tally = new ScanTally("staged file");
            Instant started = context.clock().instant();
            List<SecretMatch> matches = StagedScan.scan(listing, new SecretDetector(options.effectiveRules()),
                    options.maxFileSize().bytes(), tally, context);
            Duration scanning = Duration.between(started, context.clock().instant());
            KeyVerification verification = options.verify() ? verify(matches, options, context, details) : KeyVerification.none();
            return outcome(matches, List.of(), details, tally, scanning, baseline, verification, Optional.empty());
        } catch (StagedFiles.Unavailable e) {
            return Outcome.error("--staged: " + e.getMessage());
        }
    }

    /** The project's files, listed and scanned at once. */
    private static List<SecretMatch> scanFiles(FileSelection selection, SecretDetector detector, long maxBytes,
                                               ScanTally tally, CheckContext context) throws Exception {
        try (ConcurrentFileScan scan = new ConcurrentFileScan(file -> scanOne(file, detector, maxBytes, tally, context))) {
            FileListing listing = ProjectFiles.list(context.projectRoot(), selection, scan);
            listing.skipped().forEach(tally::skipped);
            listing.gitProblem().ifPresent(tally::gitProblem);
            return scan.matches();
        }
    }

    private static FutureTask<Optional<HistoryScan.Result>> startHistory(
            SecretScanOptions options, FileSelection selection, SecretDetector detector, CheckContext context) {
        FutureTask<Optional<HistoryScan.Result>> task = new FutureTask<>(() -> HistoryScan.scan(context.projectRoot(),
                selection, detector, options.maxFileSize().bytes(), options.history().since(), context.cancellation()));
        Thread thread = new Thread(task, "secret-scan-history");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static Optional<HistoryScan.Result> awaitHistory(FutureTask<Optional<HistoryScan.Result>> task) throws Exception {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause; // an unknown revision, an I/O failure, a cancellation: as if called here
            }
            throw e;
        }
    }

    private static KeyVerification verify(List<SecretMatch> matches, SecretScanOptions options, CheckContext context,
                                          List<String> details) {
        if (context.network().isOffline()) {
            details.add("keys not verified: the run is --offline");
            return KeyVerification.none();
        }
        context.progress().report("verifying Mistral keys with " + options.verifyUrl().shownAs());
        MistralApi api = new MistralApi(context.network().client(), options.verifyUrl(), KeyVerification.REQUEST_TIMEOUT);
        KeyVerification verification = KeyVerification.of(matches, api, context.cancellation());
        details.add(String.format(Locale.ROOT, "verified %d Mistral %s with %s: %d live, %d revoked, %d unknown",
                verification.keysVerified(), verification.keysVerified() == 1 ? "key" : "keys", options.verifyUrl().shownAs(),
                verification.keys(KeyVerification.State.LIVE), verification.keys(KeyVerification.State.REVOKED),
                verification.keys(KeyVerification.State.UNKNOWN)));
        return verification;
    }

    private static List<SecretMatch> scanOne(ProjectFile file, SecretDetector detector, long maxBytes, ScanTally tally,
                                             CheckContext context) {
        if (context.cancellation().isCancelled()) {
            throw new CancellationException("the secret scan was cancelled");
        }
        FileContent content = TextFiles.readBytes(file, maxBytes);
        if (content instanceof FileContent.Skipped skipped && skipped.skipped().reason() == SkipReason.TOO_LARGE) {
            // A large text file is read in windows of max-file-size rather than skipped.
            try {
                Optional<List<SecretMatch>> windows = LargeFileScan.scan(file, detector, maxBytes);
                if (windows.isPresent()) {
                    tally.scanned(file.size());
                    return windows.get();
                }
            } catch (IOException e) {
                // as skipped: too large, and then not readable in windows either
            }
        }
        return scanRead(file.path(), content, detector, tally);
    }

    /** Scans what was read, or counts why it could not be; a tree scan's files and the staged blobs alike. */
    static List<SecretMatch> scanRead(String path, FileContent content, SecretDetector detector, ScanTally tally) {
        if (content instanceof FileContent.Skipped skipped) {
            tally.skipped(skipped.skipped());
            return List.of();
        }
        byte[] bytes = ((FileContent.Bytes) content).bytes();
        tally.scanned(bytes.length);
        return detector.scan(path, bytes);
    }

    private static Outcome outcome(List<SecretMatch> matches, List<Finding> historyFindings, List<String> laterDetails,
                                   ScanTally tally, Duration scanning, BaselineSource baseline, KeyVerification verification,
                                   Optional<String> noWorkTree) {
        List<Finding> found = new ArrayList<>();
        matches.stream()
                .sorted(Comparator.comparing(SecretMatch::path).thenComparingInt(SecretMatch::start))
                .forEach(match -> found.add(verification.apply(findingOf(match))));
        historyFindings.forEach(finding -> found.add(verification.apply(finding)));
        // A baseline accepts a leak, not a working key: a key that still works is reported again.
        Predicate<Finding> known = finding -> baseline.baseline().contains(finding) && !verification.isLive(finding);
        List<Finding> findings = found.stream().filter(known.negate()).toList();
        List<Finding> baselined = found.stream().filter(known).toList();
        List<String> details = new ArrayList<>(tally.unreadable());
        tally.gitProblem().ifPresent(problem -> details.add("listed by a plain directory walk, not by git: " + problem.problem()));
        details.add(noWorkTree.map(reason -> "files: not scanned, " + reason)
                .orElse(String.format(Locale.ROOT, "scanned %s in %d ms", tally.describe(), scanning.toMillis())));
        String scope = noWorkTree.isPresent() ? "the history" : tally.describe();
        details.addAll(laterDetails);
        if (baseline.baseline().size() > 0) {
            details.add(describe(baseline, baselined.size(), baseline.baseline().unmatched(found)));
        }
        String detailText = String.join("\n", details);
        String inBaseline = baselined.isEmpty() ? "" : " (" + baselined.size() + " known, in " + baseline.shownAs() + ")";
        List<Finding> reported = new ArrayList<>(findings);
        tally.gitProblem().map(SecretScanCheck::walkedInstead).ifPresent(reported::add);
        baseline.problem().ifPresent(reported::add);
        if (findings.isEmpty()) {
            String summary = "no " + (baselined.isEmpty() ? "" : "new ") + "secrets in " + scope + inBaseline;
            return Outcome.of(cleanStatus(tally, reported), summary, reported).withDetails(detailText).withBaselined(baselined);
        }
        String summary = findings.size() + (baselined.isEmpty() ? "" : " new") + (findings.size() == 1 ? " secret" : " secrets")
                + " in " + scope + inBaseline;
        long live = findings.stream().filter(verification::isLive).count();
        if (live > 0) {
            summary = live + (live == 1 ? " live Mistral key, " : " live Mistral keys, ") + summary;
        }
        boolean anyError = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        return (anyError ? Outcome.fail(summary, reported) : Outcome.warn(summary, reported))
                .withDetails(detailText).withBaselined(baselined);
    }

    /**
     * A gate that could not read what it was pointed at does not pass: a file it could not read
     * makes it a warning, and when it read no file at all while some were there it is decided as
     * every gate that reads files decides it ({@link UnreadFiles#noneReadStatus}). Unlike those gates,
     * binaries and large files among files read do not warn: a whole-project scan meets them everywhere.
     */
    private static Status cleanStatus(ScanTally tally, List<Finding> reported) {
        if (tally.files() == 0 && tally.skippedCount() > 0) {
            return UnreadFiles.noneReadStatus(tally.skippedReasons());
        }
        if (!tally.unreadable().isEmpty() || !reported.isEmpty()) {
            return Status.WARN;
        }
        return Status.PASS;
    }

    /** The files' findings stand, but the gate did not read what it was pointed at: an error, never a pass. */
    private static Outcome historyNotRead(Outcome scanned, HistoryScan.Unreadable e) {
        List<Finding> findings = new ArrayList<>(scanned.findings());
        findings.add(Finding.of(HISTORY_UNREADABLE, Severity.ERROR, e.getMessage(), e.problem().fix()));
        return new Outcome(Status.ERROR, e.getMessage() + "; the files: " + scanned.summary(), findings,
                scanned.details(), scanned.baselined());
    }

    /**
     * Git could not list the files, so the plain directory walk did. Its findings are real, but it
     * misses files git tracks though a .gitignore matches them: a warning, never a silent pass.
     */
    private static Finding walkedInstead(GitProblem problem) {
        return Finding.of(GIT_UNREADABLE, Severity.WARNING, problem.problem() + "; scanned the files of a plain directory "
                + "walk honouring .gitignore instead, which misses files git tracks though .gitignore matches them", problem.fix());
    }

    /** {@code baseline .mistral-ready-baseline.json: 3 known findings suppressed, 1 entry no longer found}. */
    private static String describe(BaselineSource baseline, int suppressed, int stale) {
        String text = "baseline " + baseline.shownAs() + ": " + suppressed + (suppressed == 1 ? " known finding" : " known findings")
                + " suppressed";
        if (stale > 0) {
            text += ", " + stale + (stale == 1 ? " entry matches" : " entries match")
                    + " nothing any more (run `mistral-ready baseline` to drop them)";
        }
        return text;
    }

    private static Finding findingOf(SecretMatch match) {
        String message = match.rule().description() + ": " + match.shown();
        return Finding.of(match.rule().id(), match.rule().severity(), message, match.rule().fix())
                .at(new Location(match.path(), match.line(), match.column()))
                .withFingerprint(fingerprintOf(match));
    }

    /** Rule, file and the secret itself: not the line, which moves with every edit above it. */
    static String fingerprintOf(SecretMatch match) {
        return Fingerprint.of(match.rule().id(), match.path(), match.secret().reveal());
    }
}
