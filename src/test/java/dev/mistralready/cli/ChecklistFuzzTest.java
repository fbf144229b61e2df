package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mistralready.check.Check;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.OptionSpec;
import dev.mistralready.engine.OptionsShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.AssertionFailedError;

/**
 * Bad input never crashes: every option of every registered gate type, every key of a gate and of
 * the checklist, given values of hostile shapes, and a few hundred seeded mutations of the default
 * checklist, each run through the real CLI. A broken checklist is a located error with exit code 2;
 * anything else is a normal run. No exit code 3, no stack trace, no hang.
 *
 * <p>Cases run on two workers, but are tallied in their order, so the counts are the same on every run.
 * Runs are {@code --offline}, and the environment's PATH is an empty directory: what a fuzzed
 * {@code run:} names is not found, and {@code true} is the shell's builtin.
 */
@DisabledOnOs(OS.WINDOWS)
class ChecklistFuzzTest {

    private static final long SEED = 20261202L;
    private static final int MUTANTS = 150;
    /**
     * How many of the hostile values each option is given: a seeded sample, different for each option,
     * so that every value meets many options while the test stays well under 30 s on two cores.
     */
    private static final int VALUES_PER_OPTION = 24;
    /** The machine has two cores; each worker has its own project directory. */
    private static final int WORKERS = 2;
    private static final Duration PER_RUN = Duration.ofSeconds(10);
    private static final List<String> GATE_KEYS = List.of("id", "type", "title", "severity", "timeout");

    /**
     * Options that make a gate of a type valid, so that each fuzzed option is judged on its own. A type
     * added later without an entry here gets {@code x} for its required options.
     */
    private static final Map<String, Map<String, String>> VALID_OPTIONS = Map.of(
            "command", Map.of("run", "'true'"),
            "http-health", Map.of("url-env", "MISTRAL_READY_HEALTH_URL"),
            "http-smoke", Map.of("url-env", "MISTRAL_READY_SMOKE_URL"));

    /** Options that exclude each other: fuzzing the first drops the second from the valid ones. */
    private static final Map<String, String> ALTERNATIVES = Map.of("url", "url-env");

    @TempDir
    Path work;

    private final ThreadLocal<Path> projects = ThreadLocal.withInitial(() -> {
        try {
            return Files.createTempDirectory(work, "project");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    });

    private record FuzzCase(String name, byte[] checklist) {
        static FuzzCase of(String name, String text) {
            return new FuzzCase(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void noChecklistCrashesTracesOrHangs() throws Exception {
        Map<String, String> environment = Map.of("PATH", Files.createDirectories(work.resolve("empty-bin")).toString());
        List<HostileValues.HostileValue> hostile = HostileValues.all();
        List<FuzzCase> cases = new ArrayList<>();
        cases.addAll(optionCases(hostile));
        cases.addAll(gateKeyCases(hostile));
        cases.addAll(topLevelCases(hostile));
        cases.addAll(mutantCases(hostile));

        long started = System.nanoTime();
        FuzzTally tally = new FuzzTally();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<Runnable>> runs = new ArrayList<>();
            for (FuzzCase fuzzCase : cases) {
                runs.add(workers.submit(() -> run(fuzzCase, environment, tally)));
            }
            for (Future<Runnable> run : runs) {
                run.get().run(); // tallied in case order, so the counts and failures read the same every time
            }
        } finally {
            workers.shutdownNow();
        }
        String summary = "checklist fuzz (seed " + SEED + "): " + tally + " in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms";
        System.out.println(summary);

        assertThat(tally.failures()).as(summary + "\n" + String.join("\n", tally.failures().stream().limit(40).toList()))
                .isEmpty();
        assertThat(tally.located()).as("located errors").isPositive();
        assertThat(tally.normalRuns()).as("normal runs").isPositive();
    }

    /** The CLI's own numbers: each is a one-line usage error, or a run that ends. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483647", "99999999999", "-99999999999", "1e3", "", "abc"})
    void jobsIsAUsageErrorOrABoundedRun(String jobs) throws IOException {
        Path project = Files.createDirectories(work.resolve("project"));
        Files.writeString(project.resolve("checklist.yaml"), manyGates(4, ""));
        Map<String, String> environment = Map.of("PATH", Files.createDirectories(work.resolve("empty-bin")).toString());

        CliRun run = assertTimeoutPreemptively(PER_RUN,
                () -> CliRun.in(work, environment, "check", "project", "--offline", "--jobs", jobs));

        FuzzTally tally = new FuzzTally();
        tally.record("--jobs " + jobs, run);
        assertThat(tally.failures()).isEmpty();
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.PASSED, ExitCodes.USAGE_OR_CHECKLIST_ERROR);
    }

    /** Runs one case in this worker's own project directory; what it returns tallies the run. */
    private Runnable run(FuzzCase fuzzCase, Map<String, String> environment, FuzzTally tally) throws IOException {
        Path project = projects.get();
        Files.write(project.resolve("checklist.yaml"), fuzzCase.checklist());
        String name = work.relativize(project).toString();
        try {
            CliRun run = assertTimeoutPreemptively(PER_RUN,
                    () -> CliRun.in(work, environment, "check", name, "--offline", "--color", "never"));
            return () -> tally.record(fuzzCase.name(), run);
        } catch (AssertionFailedError timeout) {
            return () -> tally.recordHang(fuzzCase.name(), timeout);
        }
    }

    /** Every option of every registered gate type, in turn, given each hostile value. */
    private static List<FuzzCase> optionCases(List<HostileValues.HostileValue> hostile) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Check<?> check : CheckRegistry.installed().all()) {
            List<OptionSpec> specs = OptionsShape.of(check.optionsType());
            for (OptionSpec spec : specs) {
                Map<String, String> options = validOptions(check.type(), specs);
                options.remove(spec.name());
                options.remove(ALTERNATIVES.getOrDefault(spec.name(), ""));
                for (HostileValues.HostileValue value : sample(hostile, check.type() + "." + spec.name())) {
                    Map<String, String> fuzzed = new LinkedHashMap<>(options);
                    fuzzed.put(spec.name(), value.yaml());
                    cases.add(FuzzCase.of(check.type() + "." + spec.name() + " = " + value.name(),
                            checklist(gate("fuzz", check.type(), "", fuzzed))));
                }
            }
            for (HostileValues.HostileValue value : HostileValues.keys()) {
                Map<String, String> unknown = validOptions(check.type(), specs);
                unknown.put(keyOf(value), "1");
                cases.add(FuzzCase.of(check.type() + " option named " + value.name(),
                        checklist(gate("fuzz", check.type(), "", unknown))));
            }
        }
        return cases;
    }

    /** {@value #VALUES_PER_OPTION} of the values, chosen by the seed and the option's name. */
    private static List<HostileValues.HostileValue> sample(List<HostileValues.HostileValue> hostile, String option) {
        List<HostileValues.HostileValue> shuffled = new ArrayList<>(hostile);
        Collections.shuffle(shuffled, new Random(SEED ^ option.hashCode()));
        return shuffled.subList(0, Math.min(VALUES_PER_OPTION, shuffled.size()));
    }

    /** The gate's own keys given each hostile value, on a command gate that is otherwise valid. */
    private static List<FuzzCase> gateKeyCases(List<HostileValues.HostileValue> hostile) {
        List<FuzzCase> cases = new ArrayList<>();
        for (String key : GATE_KEYS) {
            for (HostileValues.HostileValue value : hostile) {
                String id = key.equals("id") ? value.yaml() : "fuzz";
                String type = key.equals("type") ? value.yaml() : "command";
                String extra = GATE_KEYS.subList(2, GATE_KEYS.size()).contains(key)
                        ? "    " + key + ": " + value.yaml() + "\n" : "";
                cases.add(FuzzCase.of("gate " + key + " = " + value.name(),
                        checklist(gate(id, type, extra, Map.of("run", "'true'")))));
            }
            cases.add(FuzzCase.of("gate without " + key, checklist(
                    gate("fuzz", "command", "", Map.of("run", "'true'")).replaceFirst("(?m)^(  - |    )" + key + ":.*\n", "$1"))));
        }
        for (HostileValues.HostileValue value : HostileValues.keys()) {
            cases.add(FuzzCase.of("gate key named " + value.name(), checklist(
                    gate("fuzz", "command", "    " + keyOf(value) + ": 1\n", Map.of("run", "'true'")))));
            cases.add(FuzzCase.of("top-level key named " + value.name(),
                    "version: 1\n" + keyOf(value) + ": 1\ngates: []\n"));
        }
        for (HostileValues.HostileValue value : hostile) {
            cases.add(FuzzCase.of("gate with = " + value.name(),
                    checklist("  - id: fuzz\n    type: command\n    with: " + value.yaml() + "\n")));
            cases.add(FuzzCase.of("gate = " + value.name(), checklist("  - " + value.yaml() + "\n")));
        }
        return cases;
    }

    /** {@code version} and {@code gates} given each hostile value, and whole files of odd shapes. */
    private static List<FuzzCase> topLevelCases(List<HostileValues.HostileValue> hostile) {
        List<FuzzCase> cases = new ArrayList<>();
        String oneGate = "gates:\n  - {id: fuzz, type: command, with: {run: 'true'}}\n";
        for (HostileValues.HostileValue value : hostile) {
            cases.add(FuzzCase.of("version = " + value.name(), "version: " + value.yaml() + "\n" + oneGate));
            cases.add(FuzzCase.of("gates = " + value.name(), "version: 1\ngates: " + value.yaml() + "\n"));
            cases.add(FuzzCase.of("checklist = " + value.name(), value.yaml() + "\n"));
        }
        cases.add(FuzzCase.of("empty file", ""));
        cases.add(FuzzCase.of("only a comment", "# nothing here\n"));
        cases.add(new FuzzCase("not UTF-8", "version: 1\ngates: [\u00ff]\n".getBytes(StandardCharsets.ISO_8859_1)));
        cases.add(new FuzzCase("UTF-16", ("version: 1\n" + oneGate).getBytes(StandardCharsets.UTF_16)));
        cases.add(FuzzCase.of("byte order mark", "\uFEFFversion: 1\n" + oneGate));
        cases.add(FuzzCase.of("CRLF line ends", ("version: 1\n" + oneGate).replace("\n", "\r\n")));
        cases.add(FuzzCase.of("tab indent", "version: 1\ngates:\n\t- id: fuzz\n"));
        cases.add(FuzzCase.of("over 1 MiB", "version: 1\n" + oneGate + "#" + "x".repeat(1024 * 1024) + "\n"));
        cases.add(FuzzCase.of("lists 10000 deep", "version: 1\ngates: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
        cases.add(FuzzCase.of("mappings 10000 deep", "version: 1\ngates: " + "{a: ".repeat(10_000) + "b"
                + "}".repeat(10_000) + "\n"));
        cases.add(FuzzCase.of("block lists 2000 deep", "version: 1\ngates:\n" + blockNesting(2000)));
        cases.add(FuzzCase.of("two documents", "version: 1\n" + oneGate + "---\nversion: 1\n"));
        cases.add(FuzzCase.of("duplicate key", "version: 1\nversion: 1\n" + oneGate));
        cases.add(FuzzCase.of("duplicate gate id", "version: 1\n" + oneGate + oneGate.substring("gates:\n".length())));
        cases.add(FuzzCase.of("YAML directives", "%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\nversion: 1\n" + oneGate));
        cases.add(FuzzCase.of("alias of a gate", "version: 1\ngates:\n  - &g {id: a, type: command, with: {run: 'true'}}\n"
                + "  - *g\n"));
        cases.add(FuzzCase.of("merge key", "version: 1\ngates:\n  - &g {id: a, type: command, with: {run: 'true'}}\n"
                + "  - {<<: *g, id: b}\n"));
        cases.add(FuzzCase.of("billion laughs", billionLaughs()));
        cases.add(FuzzCase.of("500 skipped gates", manyGates(500, "if-exists: nothing-here")));
        cases.add(FuzzCase.of("40 running gates", manyGates(40, "")));
        cases.add(FuzzCase.of("5000 unknown keys", "version: 1\n" + oneGate
                + java.util.stream.IntStream.range(0, 5000).mapToObj(i -> "k" + i + ": 1\n").collect(Collectors.joining())));
        return cases;
    }

    private List<FuzzCase> mutantCases(List<HostileValues.HostileValue> hostile) {
        ChecklistMutations mutations = new ChecklistMutations(SEED, ChecklistSource.builtInText(), hostile);
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < MUTANTS; i++) {
            cases.add(FuzzCase.of("mutant " + i + " of the default checklist", mutations.next()));
        }
        return cases;
    }

    private static Map<String, String> validOptions(String type, List<OptionSpec> specs) {
        Map<String, String> options = new LinkedHashMap<>(VALID_OPTIONS.getOrDefault(type, Map.of()));
        specs.stream().filter(OptionSpec::required).forEach(spec -> options.putIfAbsent(spec.name(), "x"));
        return options;
    }

    /** A hostile value as a mapping key: a scalar as it is, a collection as the text of its YAML. */
    private static String keyOf(HostileValues.HostileValue value) {
        String yaml = value.yaml();
        boolean collection = yaml.startsWith("[") || yaml.startsWith("{") || yaml.startsWith("&") || yaml.startsWith("*")
                || yaml.startsWith("!");
        return collection ? "'" + yaml.replace("'", "''") + "'" : yaml;
    }

    private static String checklist(String gates) {
        return "version: 1\ngates:\n" + gates;
    }

    private static String gate(String id, String type, String extraKeys, Map<String, String> options) {
        StringBuilder gate = new StringBuilder("  - id: " + id + "\n    type: " + type + "\n" + extraKeys);
        if (!options.isEmpty()) {
            gate.append("    with:\n");
            options.forEach((name, value) -> gate.append("      ").append(name).append(": ").append(value).append('\n'));
        }
        return gate.toString();
    }

    private static String manyGates(int count, String option) {
        StringBuilder text = new StringBuilder("version: 1\ngates:\n");
        for (int i = 0; i < count; i++) {
            text.append("  - {id: g").append(i).append(", type: command, with: {run: 'true'")
                    .append(option.isEmpty() ? "" : ", " + option).append("}}\n");
        }
        return text.toString();
    }

    private static String blockNesting(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append("  ".repeat(i + 1)).append("-\n");
        }
        return text.toString();
    }

    private static String billionLaughs() {
        StringBuilder text = new StringBuilder("version: 1\nlol0: &l0 [lol]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*l" + (i - 1);
            text.append("lol").append(i).append(": &l").append(i).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        return text.append("gates: *l9\n").toString();
    }
}
