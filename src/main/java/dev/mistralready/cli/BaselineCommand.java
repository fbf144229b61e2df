package dev.mistralready.cli;

import dev.mistralready.check.Baseline;
import dev.mistralready.check.Check;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Status;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.Engine;
import dev.mistralready.engine.GatePlanner;
import dev.mistralready.engine.GateSelection;
import dev.mistralready.engine.OptionsShape;
import dev.mistralready.engine.PlannedGate;
import dev.mistralready.engine.RunListener;
import dev.mistralready.engine.RunSettings;
import dev.mistralready.engine.SelectionException;
import dev.mistralready.project.files.IoReason;
import dev.mistralready.report.GateResult;
import dev.mistralready.report.LinkBoundary;
import dev.mistralready.report.Report;
import dev.mistralready.report.ReportFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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

@Command(name = "baseline",
        description = {"Record what the gates with a `baseline` option (secret-scan) find today, so that `check` "
                + "fails only on new findings.",
                "Each gate's findings go to the file its `baseline` option names (default "
                        + Baseline.DEFAULT_FILE + " in DIR). The file holds fingerprints, not secrets or line numbers."},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false)
final class BaselineCommand implements Callable<Integer> {

    static final String OPTION = "baseline";

    private final Console console;

    @Mixin
    private ProjectDirectory project = new ProjectDirectory();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Baseline only these gates.")
    private Set<String> only = new LinkedHashSet<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write every gate's findings to FILE instead (relative to DIR).")
    private Optional<Path> output = Optional.empty();

    BaselineCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        return UserErrors.handle(console, this::baseline);
    }

    private int baseline() throws UsageException, ChecklistException, SelectionException {
        Path root = project.root(console.workingDirectory());
        ChecklistSource source = project.checklist(root, console.workingDirectory());
        List<PlannedGate> planned = new GatePlanner(CheckRegistry.installed()).plan(source.checklist());
        List<PlannedGate> gates = new GateSelection(only, Set.of()).apply(planned).stream()
                .filter(gate -> hasBaselineOption(gate.check()))
                .toList();
        if (gates.isEmpty()) {
            throw new UsageException("no gate " + (only.isEmpty() ? "" : "among " + String.join(", ", only) + " ")
                    + "in " + source.anchorName() + " supports a baseline (gate types with a `" + OPTION + "` option: "
                    + String.join(", ", typesWithBaseline()) + ")");
        }
        RunSettings settings = new RunSettings(root, console.environment(), source.anchorName(),
                Runtime.getRuntime().availableProcessors(), false);
        Report report = new Engine(Clock.systemUTC(), Version.current()).run(gates, settings, RunListener.NONE);
        List<GateResult> failed = report.gates().stream().filter(gate -> gate.status() == Status.ERROR).toList();
        if (!failed.isEmpty()) {
            failed.forEach(gate -> console.err().println("mistral-ready: gate `" + gate.id() + "` could not run: "
                    + gate.outcome().summary()));
            console.err().println("mistral-ready: no baseline written");
            return ExitCodes.GATE_FAILED;
        }
        for (Map.Entry<String, List<GateResult>> file : byTargetFile(gates, report).entrySet()) {
            write(root, file.getKey(), file.getValue());
        }
        return ExitCodes.PASSED;
    }

    /** Gates grouped by the baseline file they read, so gates sharing one file are written together. */
    private Map<String, List<GateResult>> byTargetFile(List<PlannedGate> gates, Report report) {
        Map<String, List<GateResult>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < gates.size(); i++) {
            String file = output.map(Path::toString)
                    .orElse(gates.get(i).gate().options().path(OPTION).asText(Baseline.DEFAULT_FILE));
            byFile.computeIfAbsent(file, name -> new ArrayList<>()).add(report.gates().get(i));
        }
        return byFile;
    }

    private void write(Path root, String file, List<GateResult> gates) throws UsageException {
        List<Finding> current = new ArrayList<>();
        int known = 0;
        for (GateResult gate : gates) {
            current.addAll(gate.outcome().baselined());
            known += gate.outcome().baselined().size();
            current.addAll(gate.outcome().findings().stream().filter(finding -> finding.fingerprint().isPresent()).toList());
        }
        try {
            ReportFile.write(root.resolve(file), new LinkBoundary("the project", root), out -> Baseline.write(current, out));
        } catch (IOException e) {
            throw new UsageException("cannot write the baseline to " + file + ": " + IoReason.of(e));
        }
        long entries = current.stream().map(finding -> finding.fingerprint().orElseThrow()).distinct().count();
        console.out().println("wrote " + file + ": " + entries + (entries == 1 ? " finding" : " findings")
                + " (" + (current.size() - known) + " new, " + known + " already known) from "
                + String.join(", ", gates.stream().map(GateResult::id).toList()));
        for (GateResult gate : gates) {
            for (Finding finding : gate.outcome().findings()) {
                if (finding.fingerprint().isPresent()) {
                    console.out().println("  new  " + finding.ruleId() + "  " + where(finding) + "  " + finding.message());
                }
            }
        }
        console.out().flush();
    }

    private static String where(Finding finding) {
        return finding.location().map(Location::toString).orElse("");
    }

    private static boolean hasBaselineOption(Check<?> check) {
        return OptionsShape.of(check.optionsType()).stream().anyMatch(option -> option.name().equals(OPTION));
    }

    private static List<String> typesWithBaseline() {
        return CheckRegistry.installed().all().stream().filter(BaselineCommand::hasBaselineOption).map(Check::type).toList();
    }
}
