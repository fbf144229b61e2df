package dev.mistralready.checks.secrets;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Severity;
import dev.mistralready.project.FileContent;
import dev.mistralready.project.FileListing;
import dev.mistralready.project.FileSelection;
import dev.mistralready.project.ProjectFile;
import dev.mistralready.project.ProjectFiles;
import dev.mistralready.project.TextFiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The {@code secret-scan} gate: no hard-coded Mistral keys or other secrets in the project. Reads
 * the files git would commit (or, outside git, those .gitignore does not exclude) in parallel.
 */
public final class SecretScanCheck implements Check<SecretScanOptions> {

    @Override
    public String type() {
        return "secret-scan";
    }

    @Override
    public String summary() {
        return "Finds hard-coded Mistral keys and other secrets in the project's files";
    }

    @Override
    public Class<SecretScanOptions> optionsType() {
        return SecretScanOptions.class;
    }

    @Override
    public Duration defaultTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    public Outcome run(SecretScanOptions options, CheckContext context) throws Exception {
        FileSelection selection = new FileSelection(options.paths(), options.exclude());
        FileListing listing = ProjectFiles.list(context.projectRoot(), selection);
        ScanTally tally = new ScanTally();
        listing.skipped().forEach(tally::skipped);
        context.progress().report(String.format(Locale.ROOT, "scanning %,d files", listing.files().size()));
        SecretDetector detector = new SecretDetector(options.effectiveRules());
        Instant started = context.clock().instant();
        List<SecretMatch> matches = scanInParallel(listing.files(), detector, options.maxFileSize().bytes(), tally, context);
        Duration scanning = Duration.between(started, context.clock().instant());
        List<String> historyDetails = new ArrayList<>();
        List<Finding> historyFindings = new ArrayList<>();
        if (options.history().enabled()) {
            context.progress().report("scanning the git history");
            try {
                Optional<HistoryScan.Result> history = HistoryScan.scan(context.projectRoot(), selection, detector,
                        options.maxFileSize().bytes(), options.history().since(), context.cancellation());
                history.ifPresentOrElse(result -> {
                    historyFindings.addAll(HistoryFindings.of(result, matches));
                    historyDetails.add(HistoryFindings.describe(result));
                }, () -> historyDetails.add("history: not scanned, the project is not in a git repository"));
            } catch (HistoryScan.UnknownRevision e) {
                return Outcome.error(e.getMessage());
            }
        }
        return outcome(matches, historyFindings, historyDetails, tally, scanning);
    }

    private static List<SecretMatch> scanInParallel(List<ProjectFile> files, SecretDetector detector, long maxBytes,
                                                    ScanTally tally, CheckContext context) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(() -> files.parallelStream()
                    .flatMap(file -> scanOne(file, detector, maxBytes, tally, context).stream())
                    .toList()).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<SecretMatch> scanOne(ProjectFile file, SecretDetector detector, long maxBytes, ScanTally tally,
                                             CheckContext context) {
        if (context.cancellation().isCancelled()) {
            throw new CancellationException("the secret scan was cancelled");
        }
        FileContent content = TextFiles.read(file, maxBytes, TextFiles.Decoding.BYTES);
        if (content instanceof FileContent.Skipped skipped) {
            tally.skipped(skipped.skipped());
            return List.of();
        }
        String text = ((FileContent.Text) content).text();
        tally.scanned(file.size());
        return detector.scan(file.path(), text);
    }

    private static Outcome outcome(List<SecretMatch> matches, List<Finding> historyFindings, List<String> historyDetails,
                                   ScanTally tally, Duration scanning) {
        List<Finding> findings = new ArrayList<>();
        matches.stream()
                .sorted(Comparator.comparing(SecretMatch::path).thenComparingInt(SecretMatch::start))
                .forEach(match -> findings.add(findingOf(match)));
        findings.addAll(historyFindings);
        List<String> details = new ArrayList<>(tally.unreadable());
        details.add(String.format(Locale.ROOT, "scanned %s in %d ms", tally.describe(), scanning.toMillis()));
        details.addAll(historyDetails);
        String detailText = String.join("\n", details);
        if (findings.isEmpty()) {
            return Outcome.pass("no secrets in " + tally.describe()).withDetails(detailText);
        }
        String summary = findings.size() + (findings.size() == 1 ? " secret" : " secrets") + " in " + tally.describe();
        boolean anyError = findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
        return (anyError ? Outcome.fail(summary, findings) : Outcome.warn(summary, findings)).withDetails(detailText);
    }

    private static Finding findingOf(SecretMatch match) {
        String message = match.rule().description() + ": `" + match.secret() + "`";
        return Finding.of(match.rule().id(), match.rule().severity(), message, match.rule().fix())
                .at(new Location(match.path(), match.line(), match.column()));
    }
}
