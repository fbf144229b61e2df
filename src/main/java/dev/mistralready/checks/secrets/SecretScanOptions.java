package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.Baseline;
import dev.mistralready.check.ByteSize;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.check.Quoted;
import dev.mistralready.mistral.MistralEndpoint;
import dev.mistralready.project.files.FileSelection;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code with:} block of a {@code secret-scan} gate. The rules are checked when the checklist
 * is loaded, so a bad regex is reported at its line before anything runs.
 */
public record SecretScanOptions(
        @OptionDoc("limit the scan to these files or directories, relative to the project") List<String> paths,
        @OptionDoc("glob patterns of files not to scan, e.g. `vendor/**`, `*.min.js`") List<String> exclude,
        @OptionDoc(value = "larger text files are read in windows of this size; larger notebooks are skipped and counted "
                + "(default 1MiB)", type = "size")
        @JsonProperty("max-file-size") ByteSize maxFileSize,
        @OptionDoc(value = "extra rules: id, regex (group `secret`), keywords, path, context, entropy, require, allow, "
                + "allow-lines, severity, fix", type = "list of rules") List<RuleSpec> rules,
        @OptionDoc("ids of built-in rules to turn off") List<String> disable,
        @OptionDoc(value = "also scan the lines added in every commit reachable from HEAD (default false), "
                + "or only in those after REV", type = "true/false or {since: REV}") HistoryOption history,
        @OptionDoc(value = "file of accepted findings written by `mistral-ready baseline`, relative to the project "
                + "(default " + Baseline.DEFAULT_FILE + ", used when it exists)", type = "path") Optional<String> baseline,
        @OptionDoc("send each Mistral key found to GET /v1/models once, to tell live leaks from revoked keys "
                + "(default false)") boolean verify,
        @OptionDoc(value = "the API that verifies keys (default https://api.mistral.ai); plain http:// only to localhost",
                type = "URL") @JsonProperty("verify-url") MistralEndpoint verifyUrl) {

    public static final ByteSize DEFAULT_MAX_FILE_SIZE = ByteSize.mebibytes(1);

    public SecretScanOptions {
        paths = paths == null ? List.of() : List.copyOf(paths);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        maxFileSize = maxFileSize == null ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
        rules = rules == null ? List.of() : List.copyOf(rules);
        disable = disable == null ? List.of() : List.copyOf(disable);
        history = history == null ? HistoryOption.OFF : history;
        baseline = baseline == null ? Optional.empty() : baseline;
        verifyUrl = verifyUrl == null ? MistralEndpoint.GLOBAL : verifyUrl;
        if (baseline.isPresent() && baseline.get().isBlank()) {
            throw new IllegalArgumentException("`baseline` must name a file, e.g. " + Baseline.DEFAULT_FILE);
        }
        baseline.ifPresent(SecretScanOptions::checkFileName);
        new FileSelection(paths, exclude); // a bad glob is a checklist error, not a crash when the gate runs
        effectiveRules(rules, disable);
    }

    /** Options without a history scan. */
    public SecretScanOptions(List<String> paths, List<String> exclude, ByteSize maxFileSize, List<RuleSpec> rules,
                             List<String> disable) {
        this(paths, exclude, maxFileSize, rules, disable, HistoryOption.OFF, Optional.empty(), false, MistralEndpoint.GLOBAL);
    }

    public static SecretScanOptions defaults() {
        return new SecretScanOptions(List.of(), List.of(), DEFAULT_MAX_FILE_SIZE, List.of(), List.of());
    }

    public SecretScanOptions withHistory(HistoryOption scanHistory) {
        return new SecretScanOptions(paths, exclude, maxFileSize, rules, disable, scanHistory, baseline, verify, verifyUrl);
    }

    public SecretScanOptions withBaseline(String file) {
        return new SecretScanOptions(paths, exclude, maxFileSize, rules, disable, history, Optional.of(file), verify, verifyUrl);
    }

    /** Options that verify the Mistral keys found against {@code api}. */
    public SecretScanOptions verifiedAt(MistralEndpoint api) {
        return new SecretScanOptions(paths, exclude, maxFileSize, rules, disable, history, baseline, true, api);
    }

    @JsonCreator
    static SecretScanOptions bind(@JsonProperty("paths") List<String> paths,
                                  @JsonProperty("exclude") List<String> exclude,
                                  @JsonProperty("max-file-size") ByteSize maxFileSize,
                                  @JsonProperty("rules") List<RuleSpec> rules,
                                  @JsonProperty("disable") List<String> disable,
                                  @JsonProperty("history") HistoryOption history,
                                  @JsonProperty("baseline") String baseline,
                                  @JsonProperty("verify") Boolean verify,
                                  @JsonProperty("verify-url") MistralEndpoint verifyUrl) {
        return new SecretScanOptions(paths, exclude, maxFileSize, rules, disable, history, Optional.ofNullable(baseline),
                verify != null && verify, verifyUrl);
    }

    private static void checkFileName(String file) {
        try {
            Path.of(file);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("`baseline` `" + Quoted.excerpt(file) + "` is not a file name this system "
                    + "can open (it holds a NUL or a character that cannot be stored in a path); name a file such as "
                    + Baseline.DEFAULT_FILE);
        }
    }

    /** The built-in rules less the disabled ones, then the gate's own rules. */
    List<SecretRule> effectiveRules() {
        return effectiveRules(rules, disable);
    }

    private static List<SecretRule> effectiveRules(List<RuleSpec> extra, List<String> disabled) {
        List<String> builtInIds = BuiltInRules.ids();
        for (String id : disabled) {
            if (!builtInIds.contains(id)) {
                throw new IllegalArgumentException("`disable` names `" + Quoted.excerpt(id) + "`, which is not a built-in rule (built-in: "
                        + String.join(", ", builtInIds) + ")");
            }
        }
        List<SecretRule> effective = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SecretRule rule : BuiltInRules.all()) {
            if (!disabled.contains(rule.id())) {
                effective.add(rule);
                ids.add(rule.id());
            }
        }
        for (RuleSpec spec : extra) {
            if (!ids.add(spec.id())) {
                throw new IllegalArgumentException("rule id `" + Quoted.excerpt(spec.id()) + "` is already used"
                        + (builtInIds.contains(spec.id()) ? " by a built-in rule; disable it first to replace it" : ""));
            }
            effective.add(SecretRule.compile(spec));
        }
        return effective;
    }
}
