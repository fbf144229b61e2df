package dev.mistralready.cli;

import dev.mistralready.check.FileScope;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.Engine;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.checklist.DidYouMean;
import dev.mistralready.checklist.Phase;
import dev.mistralready.engine.GateSelection;
import dev.mistralready.engine.PlannedGate;
import dev.mistralready.engine.RuleCatalogue;
import dev.mistralready.engine.RunListener;
import dev.mistralready.engine.RunSettings;
import dev.mistralready.engine.SelectionException;
import dev.mistralready.project.files.IoReason;
import dev.mistralready.report.ConsoleReport;
import dev.mistralready.report.JsonReport;
import dev.mistralready.report.JunitOptions;
import dev.mistralready.report.JunitXmlReport;
import dev.mistralready.report.LinkBoundary;
import dev.mistralready.report.Palette;
import dev.mistralready.report.Report;
import dev.mistralready.report.ReportFile;
import dev.mistralready.report.ReportWriter;
import dev.mistralready.report.SarifReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check",
        description = "Run every gate of the checklist against DIR and report which pass.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum FailOn { ERROR, WARNING }

    enum ColourMode { AUTO, ALWAYS, NEVER }

    private final Console console;

    @Mixin
    private ProjectDirectory project = new ProjectDirectory();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these gates.")
    private Set<String> only = new LinkedHashSet<>();

    @Option(names = "--skip", split = ",", paramLabel = "ID", description = "Do not run these gates.")
    private Set<String> skip = new LinkedHashSet<>();

    @Option(names = "--phase", paramLabel = "PHASE", defaultValue = "pre-deploy",
            description = "Run the gates of this phase: pre-deploy (default; gates without `phase:`), canary or"
                    + " post-deploy.")
    private String phase;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
    private Optional<Path> junit = Optional.empty();

    @Option(names = "--junit-strict",
            description = "Write the JUnit report in the strict Ant schema form (one <testsuite>, no file/line).")
    private boolean junitStrict;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write a JSON report to FILE.")
    private Optional<Path> json = Optional.empty();

    @Option(names = "--sarif", paramLabel = "FILE",
            description = "Also write a SARIF 2.1.0 report to FILE, for GitHub code scanning.")
    private Optional<Path> sarif = Optional.empty();

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            description = "Lowest gate status that fails the run (default: ${DEFAULT-VALUE}).")
    private FailOn failOn = FailOn.ERROR;

    @Option(names = "--staged",
            description = "Run only the secret gates, on what `git add` staged (read from the index), as a pre-commit "
                    + "hook; no history scan.")
    private boolean staged;

    @Option(names = "--offline",
            description = "Do not touch the network: gates that need it are skipped with the reason.")
    private boolean offline;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "How many gates run at once (default: the number of cores).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour the report (default: auto: on a terminal, unless NO_COLOR is set).")
    private ColourMode colour = ColourMode.AUTO;

    @Option(names = {"-q", "--quiet"}, description = "Show only gates that need attention, and the totals.")
    private boolean quiet;

    @Option(names = "--github", negatable = true,
            description = "Print GitHub Actions annotations and append a job summary to $GITHUB_STEP_SUMMARY "
                    + "(default: on when GITHUB_ACTIONS=true).")
    private Optional<Boolean> github = Optional.empty();

    @Option(names = {"-v", "--verbose"}, description = "Show details of passing gates and stack traces of crashed checks.")
    private boolean verbose;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        try (ReportBeforeExit stopping = ReportBeforeExit.register()) {
            return UserErrors.handle(console, this::check);
        }
    }

    private int check() throws UsageException, ChecklistException, SelectionException, IOException {
        GithubActions actions = new GithubActions(console, github);
        actions.maskKeys(List.of()); // MISTRAL_API_KEY before anything else is printed
        if (jobs < 1) {
            throw new UsageException("--jobs must be 1 or more, was " + jobs);
        }
        if (junitStrict && junit.isEmpty()) {
            throw new UsageException("--junit-strict changes the --junit report; give --junit FILE too");
        }
        Path root = project.root(console.workingDirectory());
        ChecklistSource source = project.checklist(root, console.workingDirectory());
        List<PlannedGate> planned = new GatePlanner(CheckRegistry.installed()).plan(source.checklist());
        Phase chosen = Phase.named(phase.strip()).orElseThrow(() -> new UsageException("unknown phase `" + phase + "`"
                + DidYouMean.hint(phase.strip(), Phase.labels()) + " (phases: " + String.join(", ", Phase.labels()) + ")"));
        List<PlannedGate> selected = new GateSelection(only, skip, Optional.of(chosen)).apply(planned);
        List<String> notes = List.of();
        if (staged) {
            StagedSelection stagedSelection = StagedSelection.of(root, selected, source.anchorName(),
                    Optional.ofNullable(console.environment().get("GIT_INDEX_FILE")));
            selected = stagedSelection.gates(); // the index, not the work tree, holds what is checked: it may be empty
            notes = List.of(stagedSelection.headerLine());
        } else {
            project.requireFiles(root); // after the checklist's own errors, which say more
        }
        actions.maskKeys(planned); // and the keys the gates name, before any gate runs
        RunSettings settings = new RunSettings(root, console.environment(), source.anchorName(), jobs, verbose,
                offline, staged ? FileScope.STAGED : FileScope.PROJECT);
        ConsoleReport consoleReport = new ConsoleReport(palette(), verbosity(), console.columns());
        actions.beforeReport();
        consoleReport.writeHeader(Version.current(), source.anchorName(), chosen.label(), selected.size(), notes,
                console.out());
        Report report = actions.scrubbed(run(selected, settings, consoleReport, actions)).inPhase(chosen.label());
        consoleReport.writeTotals(report, console.out());
        actions.afterReport(report, root, source);
        console.out().flush(); // before a report file that may be /dev/stdout
        boolean junitWritten = writeFile(junit, report, new JunitXmlReport(new JunitOptions(junitStrict, failOn == FailOn.WARNING)));
        boolean jsonWritten = writeFile(json, report, new JsonReport());
        SarifPlacement placement = SarifPlacement.of(console.environment(), console.workingDirectory(), root, source);
        boolean sarifWritten = sarif.isEmpty() || writeFile(sarif, report, new SarifReport(placement.repositoryRoot(), placement,
                RuleCatalogue.of(CheckRegistry.installed()).rules()));
        int verdict = verdict(report);
        if (!junitWritten || !jsonWritten || !sarifWritten) {
            // the worse of the two codes, and why: a CI log must not read a failed gate as a mere write error
            console.err().println("mistral-ready: exit code " + ExitCodes.USAGE_OR_CHECKLIST_ERROR
                    + " because a report file could not be written; the gates alone "
                    + (verdict == ExitCodes.PASSED ? "passed (exit code 0)" : "failed the run (exit code " + verdict + ")"));
            return ExitCodes.USAGE_OR_CHECKLIST_ERROR;
        }
        return verdict;
    }

    /** 0 or 1 from the gates alone; under {@code --fail-on warning} a run that checked nothing fails too. */
    private int verdict(Report report) {
        boolean warningsFail = failOn == FailOn.WARNING;
        if (warningsFail && report.nothingChecked()) {
            console.err().println("mistral-ready: nothing was checked (every gate was skipped), which --fail-on warning "
                    + "counts as a failure");
            return ExitCodes.GATE_FAILED;
        }
        return report.passed(warningsFail) ? ExitCodes.PASSED : ExitCodes.GATE_FAILED;
    }

    /** Runs the gates, printing each gate's block as soon as it and the gates above it are done. */
    private Report run(List<PlannedGate> gates, RunSettings settings, ConsoleReport consoleReport, GithubActions actions) {
        Engine engine = new Engine(Clock.systemUTC(), Version.current());
        Map<String, String> titles = new LinkedHashMap<>();
        gates.forEach(gate -> titles.put(gate.id(), gate.gate().displayTitle()));
        ConsoleReport.Layout layout = consoleReport.layout(titles);
        if (!console.interactive() || quiet) {
            GateBlocks blocks = new GateBlocks(gates, consoleReport, layout, console.out(), actions::scrubbed,
                    RunListener.NONE, Runnable::run);
            return printedRest(blocks, engine.run(gates, settings, blocks));
        }
        try (ProgressLine progress = new ProgressLine(console.err(), gates.size())) {
            GateBlocks blocks = new GateBlocks(gates, consoleReport, layout, console.out(), actions::scrubbed,
                    progress, progress::above);
            return printedRest(blocks, engine.run(gates, settings, blocks));
        }
    }

    private static Report printedRest(GateBlocks blocks, Report report) {
        blocks.finish(report.gates());
        return report;
    }

    /** Writes one report file, or tells on stderr why not; either way the other reports are still written. */
    private boolean writeFile(Optional<Path> target, Report report, ReportWriter format) {
        if (target.isEmpty()) {
            return true;
        }
        try {
            ReportFile.write(console.workingDirectory().resolve(target.get()),
                    new LinkBoundary("the working directory", console.workingDirectory()), report, format);
            return true;
        } catch (IOException e) {
            console.err().println("mistral-ready: cannot write the report to " + target.get() + ": " + IoReason.of(e));
            return false;
        }
    }

    private Palette palette() {
        boolean on = switch (colour) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> console.colourByDefault();
        };
        return on ? Palette.ANSI : Palette.PLAIN;
    }

    private ConsoleReport.Verbosity verbosity() {
        if (verbose) {
            return ConsoleReport.Verbosity.VERBOSE;
        }
        return quiet ? ConsoleReport.Verbosity.QUIET : ConsoleReport.Verbosity.NORMAL;
    }
}
