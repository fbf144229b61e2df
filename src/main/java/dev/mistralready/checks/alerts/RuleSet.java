package dev.mistralready.checks.alerts;

import dev.mistralready.check.Finding;
import dev.mistralready.project.config.HelmChart;
import dev.mistralready.project.config.TemplateMarkup;
import dev.mistralready.project.config.YamlDocuments;
import dev.mistralready.project.files.FileContent;
import dev.mistralready.project.files.FileListing;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProductionCode;
import dev.mistralready.project.files.ProjectFile;
import dev.mistralready.project.files.ProjectFiles;
import dev.mistralready.project.files.TextFiles;
import dev.mistralready.project.files.UnreadFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The alerting rules found under the gate's paths: Prometheus and vmalert rule files
 * ({@code groups[].rules[]}), {@code PrometheusRule} and {@code VMRule} resources ({@code spec.groups})
 * and Grafana alerting provisioning files, read by {@link RuleDocuments}. Other YAML (Deployments next
 * to them) is passed over. A file that does not parse is a {@link RuleFileProblems finding}, unless it is a
 * template (in a Helm chart's {@code templates/}, or {@code {{ … }}} outside quoted values), which is skipped and named.
 *
 * @param looked    the paths searched, as shown to the user
 * @param ruleFiles the files that hold rule groups, in path order
 * @param rules     the alerting rules, in file order
 * @param skipped   one line per file passed over: {@code chart/templates/rules.yaml: template of the Helm chart …}
 * @param notes     one line per document of a rule file passed over (see {@link RuleDocuments})
 * @param files     YAML files read, rule files or not
 * @param unread    the YAML files and folders the gate looked at that could not be read
 * @param problems  the files that are not valid YAML, or plain text
 */
record RuleSet(List<String> looked, List<RuleFile> ruleFiles, List<AlertRule> rules, List<String> skipped,
               List<String> notes, int files, UnreadFiles unread, List<Finding> problems) {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    /**
     * A file with rule groups.
     *
     * @param plain      a Prometheus rule file that {@code promtool check rules} reads (not a PrometheusRule resource)
     * @param groupsLine the line of its first {@code groups:} key, where a missing alert belongs
     */
    record RuleFile(String path, boolean plain, int groupsLine) {
    }

    RuleSet {
        looked = List.copyOf(looked);
        ruleFiles = List.copyOf(ruleFiles);
        rules = List.copyOf(rules);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    static RuleSet read(Path root, List<String> configuredPaths) throws IOException {
        List<String> looked = configuredPaths.isEmpty() ? describeDefaults() : configuredPaths;
        UnreadFiles unread = new UnreadFiles(root, "Prometheus rule file");
        FileListing listing;
        if (configuredPaths.isEmpty()) {
            List<String> existing = AlertRulesOptions.DEFAULT_PATHS.stream()
                    .filter(path -> Files.isDirectory(root.resolve(path))).toList();
            Predicate<String> inDefaults = path -> existing.stream()
                    .anyMatch(dir -> path.equals(dir) || path.startsWith(dir + "/"));
            // Rule files of tests, fixtures and examples say nothing about what this project deploys.
            listing = ProjectFiles.list(root, FileSelection.excluding(ProductionCode.NOT_PRODUCTION));
            Predicate<String> candidate = path -> isRuleFileName(path) || inDefaults.test(path);
            unread.addListed(listing, path -> isYaml(path) && candidate.test(path), inDefaults);
            List<ProjectFile> candidates = listing.files().stream().filter(file -> candidate.test(file.path())).toList();
            return readFiles(root, looked, candidates, unread);
        }
        listing = ProjectFiles.list(root, FileSelection.paths(configuredPaths));
        unread.addListed(listing, RuleSet::isYaml, folder -> true);
        return readFiles(root, looked, listing.files(), unread);
    }

    private static List<String> describeDefaults() {
        List<String> looked = new ArrayList<>(AlertRulesOptions.DEFAULT_PATHS.stream().map(path -> path + "/").toList());
        looked.add("**/*.rules");
        looked.add("**/*.rules.yml");
        looked.add("**/*.rules.yaml");
        looked.add("**/provisioning/alerting/");
        return looked;
    }

    /** A name rule files go by anywhere: {@code *.rules}, {@code *.rules.yml}, Grafana's {@code provisioning/alerting/}. */
    private static boolean isRuleFileName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        boolean grafana = (name.startsWith("provisioning/alerting/") || name.contains("/provisioning/alerting/")) && isYaml(path);
        return grafana || name.endsWith(".rules") || name.endsWith(".rules.yml") || name.endsWith(".rules.yaml");
    }

    /** YAML, or a {@code .rules} file, which Prometheus and vmalert read as YAML. */
    private static boolean isYaml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".rules");
    }

    private static RuleSet readFiles(Path root, List<String> looked, List<ProjectFile> files, UnreadFiles unread)
            throws IOException {
        List<RuleFile> ruleFiles = new ArrayList<>();
        List<AlertRule> rules = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int read = 0;
        for (ProjectFile file : files) {
            if (!isYaml(file.path())) {
                continue;
            }
            Optional<HelmChart> chart = HelmChart.renderingTemplate(root, file.path());
            if (chart.isPresent()) {
                skipped.add(file.path() + ": template of the Helm chart " + chart.get().shown() + ", not rendered");
                continue;
            }
            FileContent content = TextFiles.read(file, MAX_FILE_BYTES);
            if (content instanceof FileContent.Skipped skip) {
                unread.add(skip.skipped());
                continue;
            }
            String text = ((FileContent.Text) content).text();
            YamlDocuments.Result result = YamlDocuments.read(text);
            if (result.problem().isPresent() && TemplateMarkup.outsideQuotedValues(text)) {
                skipped.add(file.path() + ": template markup (`{{ … }}`) outside quoted values, not YAML until it is "
                        + "rendered: not checked");
                continue;
            }
            read++;
            result.problem().ifPresent(problem -> problems.add(RuleFileProblems.invalid(file.path(), problem)));
            for (YamlDocuments.Document document : result.documents()) {
                RuleFileProblems.notYaml(file.path(), document).ifPresent(problems::add);
            }
            RuleDocuments found = RuleDocuments.read(file.path(), result.documents());
            notes.addAll(found.notes());
            rules.addAll(found.rules());
            if (found.groupsLine() > 0) {
                ruleFiles.add(new RuleFile(file.path(), found.plain(), found.groupsLine()));
            }
        }
        return new RuleSet(looked, ruleFiles, rules, skipped, notes, read, unread, problems);
    }

    /** Whether no file the gate looked at was read, though some were there. */
    boolean noneRead() {
        return files == 0 && !unread.isEmpty();
    }

    /** {@code alerts/, prometheus/, …}. */
    String describeLooked() {
        return String.join(", ", looked);
    }
}
