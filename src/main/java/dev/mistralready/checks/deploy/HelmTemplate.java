package dev.mistralready.checks.deploy;

import dev.mistralready.check.CheckContext;
import dev.mistralready.check.DurationText;
import dev.mistralready.check.Quoted;
import dev.mistralready.process.CommandProcess;
import dev.mistralready.process.Deadline;
import dev.mistralready.process.SecretMask;
import dev.mistralready.project.config.HelmChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One run of {@code helm template <chart> --output-dir <temp>} with the chart's default values and the
 * gate's {@code values} files: each template's output lands in its own file, named after the template,
 * so an object can be traced back to it. The run has its own deadline inside the gate's, and leaves
 * nothing running and nothing on disk.
 */
final class HelmTemplate {

    static final Duration TIMEOUT = Duration.ofMinutes(1);
    static final long MAX_OUTPUT_BYTES = 4L * 1024 * 1024;

    /** What the run gave: the rendered files, or why there are none. */
    sealed interface Result permits Rendered, Failed {
    }

    /**
     * @param files  the rendered files, in path order
     * @param notes  what else is worth saying: processes killed, outputs too large to read
     */
    record Rendered(List<RenderedFile> files, List<String> notes) implements Result {
        Rendered {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    /** @param source where helm put it: {@code podinfo/templates/deployment.yaml} */
    record RenderedFile(String source, String text) {
    }

    /** @param reason {@code Error: …} as helm said it, secrets masked, or how the run ended */
    record Failed(String reason) implements Result {
    }

    private HelmTemplate() {
    }

    static Result run(Path helm, HelmChart chart, List<String> values, CheckContext context) throws IOException {
        Path output = Files.createTempDirectory("mistral-ready-helm-");
        try {
            return run(helm, chart, values, context, output.resolve("out"));
        } finally {
            deleteTree(output);
        }
    }

    private static Result run(Path helm, HelmChart chart, List<String> values, CheckContext context, Path output)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", "./" + chart.directory(),
                "--output-dir", output.toString()));
        for (String file : values) {
            command.add("--values");
            command.add(file);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(context.projectRoot().toFile());
        builder.environment().clear();
        builder.environment().putAll(context.environment());
        context.progress().report("rendering " + chart.shown() + " with helm template");
        CommandProcess.Result result;
        boolean expired;
        try (Deadline deadline = Deadline.after(TIMEOUT, context.clock(), context.cancellation())) {
            result = CommandProcess.run(builder, SecretMask.of(context.environment()), deadline.cancellation());
            expired = deadline.expired();
        }
        List<String> notes = new ArrayList<>();
        result.leftoversLine().ifPresent(notes::add);
        if (result.stopped()) {
            return new Failed(expired ? "`helm template` did not finish within " + DurationText.format(TIMEOUT)
                    + " and was stopped" : "`helm template` was stopped with the gate");
        }
        if (result.exitCode() != 0) {
            String said = result.output().lines().stream().filter(line -> line.startsWith("Error:")).findFirst()
                    .map(line -> Quoted.withoutKeys(line.length() > 300 ? line.substring(0, 299) + "…" : line))
                    .orElse("no `Error:` line in its output");
            return new Failed("`helm template` exited with code " + result.exitCode() + ": " + said);
        }
        return new Rendered(readOutput(output, notes), notes);
    }

    private static List<RenderedFile> readOutput(Path output, List<String> notes) throws IOException {
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        List<RenderedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String source = output.relativize(file).toString().replace('\\', '/');
                if (!ManifestSet.isYaml(source)) {
                    continue;
                }
                if (Files.size(file) > MAX_OUTPUT_BYTES) {
                    notes.add("not read the rendered " + source + ": over " + MAX_OUTPUT_BYTES / (1024 * 1024) + " MiB");
                    continue;
                }
                files.add(new RenderedFile(source, Files.readString(file)));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
