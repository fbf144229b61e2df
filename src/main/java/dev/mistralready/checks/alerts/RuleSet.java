package dev.mistralready.checks.alerts;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The alerting rules found under the gate's paths: Prometheus rule files ({@code groups[].rules[]})
 * and {@code PrometheusRule} resources ({@code spec.groups}). Other YAML (Deployments next to them)
 * is passed over. A file that does not parse is a {@link RuleFileProblems finding}, unless it is a template
 * (in a Helm chart's {@code templates/}, or {@code {{ … }}} outside quoted values), which is skipped and named.
 *
 * @param looked    the paths searched, as shown to the user
 * @param ruleFiles the files that hold rule groups, in path order
 * @param rules     the alerting rules, in file order
 * @param skipped   one line per file passed over: {@code chart/templates/rules.yaml: template of the Helm chart …}
 * @param files     YAML files read, rule files or not
 * @param unread    the YAML files and folders the gate looked at that could not be read
 * @param problems  the files that are not valid YAML, or plain text
 */
record RuleSet(List<String> looked, List<RuleFile> ruleFiles, List<AlertRule> rules, List<String> skipped, int files,
               UnreadFiles unread, List<Finding> problems) {

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
        looked.add("**/*.rules.yml");
        looked.add("**/*.rules.yaml");
        return looked;
    }

    private static boolean isRuleFileName(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".rules.yml") || name.endsWith(".rules.yaml");
    }

    private static boolean isYaml(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static RuleSet readFiles(Path root, List<String> looked, List<ProjectFile> files, UnreadFiles unread)
            throws IOException {
        List<RuleFile> ruleFiles = new ArrayList<>();
        List<AlertRule> rules = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
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
            boolean plain = false;
            int groupsLine = 0;
            for (YamlDocuments.Document document : result.documents()) {
                RuleFileProblems.notYaml(file.path(), document).ifPresent(problems::add);
                Optional<String> groups = groupsPointer(document.root());
                if (groups.isEmpty()) {
                    continue;
                }
                plain |= groups.get().equals("/groups");
                if (groupsLine == 0) {
                    groupsLine = document.line(groups.get());
                }
                readGroups(file.path(), document, groups.get(), rules);
            }
            if (groupsLine > 0) {
                ruleFiles.add(new RuleFile(file.path(), plain, groupsLine));
            }
        }
        return new RuleSet(looked, ruleFiles, rules, skipped, read, unread, problems);
    }

    /** {@code /groups} of a rule file, {@code /spec/groups} of a PrometheusRule, or none. */
    private static Optional<String> groupsPointer(JsonNode root) {
        if (!root.isObject()) {
            return Optional.empty();
        }
        if ("PrometheusRule".equals(root.path("kind").asText()) && root.path("spec").path("groups").isArray()) {
            return Optional.of("/spec/groups");
        }
        if (!root.has("kind") && root.path("groups").isArray()) {
            return Optional.of("/groups");
        }
        return Optional.empty();
    }

    private static void readGroups(String path, YamlDocuments.Document document, String groupsPointer, List<AlertRule> rules) {
        JsonNode groups = document.root().at(groupsPointer);
        for (int g = 0; g < groups.size(); g++) {
            JsonNode groupRules = groups.get(g).path("rules");
            for (int r = 0; r < groupRules.size(); r++) {
                JsonNode rule = groupRules.get(r);
                if (!rule.hasNonNull("alert")) {
                    continue; // a recording rule
                }
                String pointer = groupsPointer + "/" + g + "/rules/" + r;
                Optional<String> holdFor = rule.hasNonNull("for") && !rule.get("for").asText().isBlank()
                        ? Optional.of(rule.get("for").asText()) : Optional.empty();
                rules.add(new AlertRule(path, rule.get("alert").asText(), rule.path("expr").asText(""), holdFor,
                        document.line(pointer + "/alert"), document.line(pointer + "/expr")));
            }
        }
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
