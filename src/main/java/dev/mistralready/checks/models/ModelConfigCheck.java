package dev.mistralready.checks.models;

import dev.mistralready.check.Check;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Rule;
import dev.mistralready.check.Severity;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.SkippedFile;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.files.UnreadFiles;
import dev.mistralready.project.manifests.Manifests;
import dev.mistralready.project.source.NotebookCells;
import dev.mistralready.project.source.Value;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * The {@code model-config} gate: finds every Mistral chat call in the project's TypeScript,
 * JavaScript, Python and Java code, Jupyter notebooks (their code cells, as Python) and Spring
 * configuration, and checks the model it names (pinned, not retired, deprecated, Labs or unknown,
 * against the bundled catalogue and today's date) and its max tokens and temperature.
 */
public final class ModelConfigCheck implements Check<ModelConfigOptions> {

    /**
     * Read when the gate runs, not when the registry makes every check: a run without this gate
     * never parses the catalogue, and a run with it parses it beside the other gates.
     */
    private final Supplier<ModelCatalogue> bundledCatalogue;

    public ModelConfigCheck() {
        this(ModelCatalogue::bundled);
    }

    ModelConfigCheck(Supplier<ModelCatalogue> catalogue) {
        this.bundledCatalogue = catalogue;
    }

    @Override
    public String type() {
        return "model-config";
    }

    @Override
    public List<Rule> rules() {
        return ModelRuleCatalogue.RULES;
    }

    @Override
    public String summary() {
        return "Lints Mistral calls in TS/JS, Python, Java and Spring config: pinned models, max tokens, temperature, "
                + "timeouts, retries, error handling";
    }

    @Override
    public Class<ModelConfigOptions> optionsType() {
        return ModelConfigOptions.class;
    }

    @Override
    public boolean needsWorkTree(ModelConfigOptions options) {
        return true;
    }

    @Override
    public Outcome run(ModelConfigOptions options, CheckContext context) throws Exception {
        ModelCatalogue catalogue = bundledCatalogue.get();
        FileListing listing = ProjectFiles.list(context.projectRoot(),
                new FileSelection(options.paths(), options.effectiveExclude()));
        List<ProjectFile> sources = listing.files().stream().filter(file -> SourceLanguage.of(file.path()).isPresent()).toList();
        UnreadFiles unread = new UnreadFiles(context.projectRoot(), "source or Spring configuration file");
        unread.addListed(listing, path -> SourceLanguage.of(path).isPresent(), folder -> true);
        context.progress().report(String.format(Locale.ROOT, "reading %,d source files", sources.size()));
        List<FileCalls> found = new ArrayList<>();
        List<FileResilience> resilience = new ArrayList<>();
        List<String> details = new ArrayList<>();
        Map<String, String> springConfig = new LinkedHashMap<>();
        Map<String, NotebookPython> notebooks = new LinkedHashMap<>();
        Map<String, CloudModelId> cloudClients = new LinkedHashMap<>();
        int read = 0;
        for (ProjectFile file : sources) {
            if (context.cancellation().isCancelled()) {
                throw new CancellationException("the model lint was cancelled");
            }
            SourceLanguage language = SourceLanguage.of(file.path()).orElseThrow();
            long maxBytes = options.maxFileSize().bytes();
            FileContent content = TextFiles.read(file, language.readLimit(maxBytes));
            if (content instanceof FileContent.Skipped skipped) {
                unread.add(skipped.skipped());
                continue;
            }
            String text = ((FileContent.Text) content).text();
            CloudModelId.clientIn(text).ifPresent(cloud -> cloudClients.put(file.path(), cloud));
            if (language == SourceLanguage.NOTEBOOK) {
                try {
                    NotebookCells cells = NotebookCells.parse(text);
                    Optional<SkippedFile> tooMuchCode = SourceLanguage.codeOverLimit(file.path(), cells, maxBytes);
                    if (tooMuchCode.isPresent()) {
                        unread.add(tooMuchCode.get());
                        continue;
                    }
                    NotebookPython notebook = new NotebookPython(file.path(), cells);
                    read++;
                    FileCalls calls = notebook.calls();
                    if (calls.usesMistral()) {
                        notebooks.put(file.path(), notebook);
                        found.add(calls);
                        resilience.add(notebook.resilience());
                    }
                } catch (NotebookCells.MalformedNotebookException e) {
                    unread.add(new SkippedFile(file.path(), SkipReason.UNREADABLE, e.getMessage()));
                }
                continue;
            }
            read++;
            if (language == SourceLanguage.SPRING) {
                springConfig.put(file.path(), text); // read together below: profiles lay over the base
                continue;
            }
            FileCalls calls = language.calls(file.path(), text, catalogue);
            if (calls.usesMistral()) {
                found.add(calls);
                resilience.add(language.resilience(file.path(), text));
            } else if (language == SourceLanguage.JAVASCRIPT && text.contains(SdkDefaults.packageOf(Sdk.TYPESCRIPT))) {
                resilience.add(FileResilience.importer(file.path(), text));
            }
        }
        SpringConfigCalls.find(springConfig).stream().filter(FileCalls::usesMistral).forEach(found::add);
        resilience.addAll(SpringConfigCalls.resilience(springConfig));
        if (found.isEmpty() && read == 0) {
            return unread.isEmpty() ? Outcome.skip("skipped: no TypeScript, JavaScript, Python or Java files or Spring configuration")
                    : unread.noneRead();
        }
        if (found.isEmpty()) {
            return unread.limit(Outcome.skip("skipped: no Mistral client or chat call in "
                    + count(read, "source or Spring configuration file")));
        }
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        List<Finding> resilienceFindings = new ArrayList<>(
                ResilienceRules.check(resilience, new Manifests(context.projectRoot()), details));
        resilience.forEach(file -> resilienceFindings.addAll(file.errorHandling()));
        boolean namesModels = found.stream().flatMap(file -> file.calls().stream())
                .anyMatch(call -> modelReference(call).isPresent());
        Optional<LiveModels> live = namesModels ? Optional.of(LiveModels.fetch(options, context, catalogue)) : Optional.empty();
        return unread.limit(outcome(catalogue, found, notebooks, cloudClients, today, options, details, resilienceFindings, live));
    }

    private Outcome outcome(ModelCatalogue catalogue, List<FileCalls> found, Map<String, NotebookPython> notebooks,
                            Map<String, CloudModelId> cloudClients, LocalDate today,
                            ModelConfigOptions options, List<String> details, List<Finding> resilienceFindings,
                            Optional<LiveModels> live) {
        ModelRules modelRules = new ModelRules(catalogue, today, new HashSet<>(options.allowAliases()),
                live.flatMap(LiveModels::ids));
        Map<String, Finding> findings = new LinkedHashMap<>();
        resilienceFindings.forEach(finding -> keep(findings, finding));
        List<ChatCall> calls = found.stream().flatMap(file -> file.calls().stream()).toList();
        NotChecked notChecked = new NotChecked(notebooks.keySet());
        for (ChatCall call : calls) {
            modelReference(call).ifPresent(reference -> {
                CloudModelId cloud = cloudClients.get(call.file());
                if (cloud != null && CloudModelId.of(reference.id()).isEmpty()) { // an id's own shape says more
                    details.add(ModelRules.onCloudClient(cloud, reference));
                    return;
                }
                modelRules.check(reference).forEach(finding -> keep(findings, finding));
                modelRules.notChecked(reference).ifPresent(details::add);
            });
            ParameterRules.check(call).forEach(finding -> keep(findings, finding));
            notChecked.add(call);
        }
        details.addAll(notChecked.lines());
        List<Finding> sorted = findings.values().stream()
                .map(finding -> inCell(finding, notebooks))
                .sorted(Comparator
                        .comparing((Finding finding) -> finding.location().orElseThrow().file())
                        .thenComparingInt(finding -> finding.location().orElseThrow().line())
                        .thenComparingInt(finding -> finding.location().orElseThrow().column())
                        .thenComparing(Finding::ruleId)).toList();
        details.add("model catalogue of " + catalogue.date() + ", checked against " + today);
        live.ifPresent(list -> details.add(list.detail()));
        String scope = scope(found, notebooks.keySet(), calls.size());
        long errors = sorted.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        long warnings = sorted.size() - errors;
        String detailText = String.join("\n", details);
        if (sorted.isEmpty()) {
            return Outcome.pass(scope + (calls.isEmpty() ? "" : ", all pinned")).withDetails(detailText);
        }
        String tally = (errors > 0 ? count(errors, "error") : "") + (errors > 0 && warnings > 0 ? " and " : "")
                + (warnings > 0 ? count(warnings, "warning") : "") + " in " + scope;
        return (errors > 0 ? Outcome.fail(tally, sorted) : Outcome.warn(tally, sorted)).withDetails(detailText);
    }

    /** One finding per rule and place: a constant used by five calls is one thing to fix. */
    private static void keep(Map<String, Finding> findings, Finding finding) {
        findings.putIfAbsent(finding.ruleId() + "@" + finding.location().orElseThrow(), finding);
    }

    /** A finding in a notebook names its cell; its place is the notebook's line already. */
    private static Finding inCell(Finding finding, Map<String, NotebookPython> notebooks) {
        return finding.location().map(Location::file).map(notebooks::get)
                .map(notebook -> notebook.label(finding)).orElse(finding);
    }

    private static Optional<ModelReference> modelReference(ChatCall call) {
        if (call.model() instanceof Parameter.Given given && given.value() instanceof Value.Text text) {
            Location written = new Location(call.file(), text.where().line(), text.where().column());
            return Optional.of(new ModelReference(text.text(), written, call));
        }
        return Optional.empty();
    }

    private static String scope(List<FileCalls> found, Set<String> notebooks, int calls) {
        int clients = found.stream().mapToInt(FileCalls::clients).sum();
        String files = NotChecked.files(found.size() - notebooks.size(), notebooks.size());
        if (calls == 0) {
            return count(clients, "Mistral client") + " and no chat call in " + files;
        }
        return count(calls, "Mistral call") + " in " + files;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
