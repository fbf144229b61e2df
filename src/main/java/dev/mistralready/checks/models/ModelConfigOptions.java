package dev.mistralready.checks.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistralready.check.ByteSize;
import dev.mistralready.check.OptionDoc;
import dev.mistralready.mistral.KeyVariable;
import dev.mistralready.mistral.MistralEndpoint;
import dev.mistralready.project.files.FileSelection;
import dev.mistralready.project.files.ProductionCode;
import java.util.ArrayList;
import java.util.List;

/** The {@code with:} block of a {@code model-config} gate. */
public record ModelConfigOptions(
        @OptionDoc("limit the lint to these files or directories, relative to the project") List<String> paths,
        @OptionDoc("glob patterns of files not to lint, e.g. `scripts/**`, `*.generated.ts`") List<String> exclude,
        @OptionDoc(value = "model aliases used on purpose, e.g. `mistral-small-latest`: not reported as floating",
                type = "list of aliases") @JsonProperty("allow-aliases") List<String> allowAliases,
        @OptionDoc("lint production code only: skip test files and directories, fixtures and examples (default true)")
        @JsonProperty("production-only") boolean productionOnly,
        @OptionDoc(value = "larger files are skipped and named in the details (default 1MiB)", type = "size")
        @JsonProperty("max-file-size") ByteSize maxFileSize,
        @OptionDoc("the environment variable with a key for the live model list (default MISTRAL_API_KEY); "
                + "without it the bundled catalogue alone is used")
        @JsonProperty("key-env") String keyEnv,
        @OptionDoc(value = "the API to ask for the live model list (default https://api.mistral.ai; also "
                + "https://api.eu.mistral.ai, https://api.us.mistral.ai); plain http:// only to localhost", type = "URL")
        @JsonProperty("base-url") MistralEndpoint baseUrl) {

    public static final ByteSize DEFAULT_MAX_FILE_SIZE = ByteSize.mebibytes(1);
    public static final String DEFAULT_KEY_ENV = KeyVariable.DEFAULT;


    /** Installed dependencies and generated files: never the application's own code. */
    static final List<String> NEVER_LINTED = List.of(
            "node_modules", "bower_components", ".venv", "venv", "site-packages", "__pycache__", ".tox",
            ".ipynb_checkpoints", "*.min.js", "*.d.ts", "**/target/classes/", "**/build/resources/");

    /** Test code, fixtures and examples, skipped with {@code production-only}. */
    static final List<String> NOT_PRODUCTION = ProductionCode.NOT_PRODUCTION;

    public ModelConfigOptions {
        paths = paths == null ? List.of() : List.copyOf(paths);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        allowAliases = allowAliases == null ? List.of() : List.copyOf(allowAliases);
        maxFileSize = maxFileSize == null ? DEFAULT_MAX_FILE_SIZE : maxFileSize;
        keyEnv = KeyVariable.checked(keyEnv);
        baseUrl = baseUrl == null ? MistralEndpoint.GLOBAL : baseUrl;
        for (String alias : allowAliases) {
            checkAlias(alias);
        }
        new FileSelection(paths, exclude); // a bad glob is a checklist error, not a crash when the gate runs
    }

    public static ModelConfigOptions defaults() {
        return new ModelConfigOptions(List.of(), List.of(), List.of(), true, DEFAULT_MAX_FILE_SIZE, null, null);
    }

    public ModelConfigOptions withAllowedAliases(List<String> aliases) {
        return new ModelConfigOptions(paths, exclude, aliases, productionOnly, maxFileSize, keyEnv, baseUrl);
    }

    public ModelConfigOptions withProductionOnly(boolean onlyProduction) {
        return new ModelConfigOptions(paths, exclude, allowAliases, onlyProduction, maxFileSize, keyEnv, baseUrl);
    }

    public ModelConfigOptions withLiveModels(String variable, MistralEndpoint url) {
        return new ModelConfigOptions(paths, exclude, allowAliases, productionOnly, maxFileSize, variable, url);
    }

    @JsonCreator
    static ModelConfigOptions bind(@JsonProperty("paths") List<String> paths,
                                   @JsonProperty("exclude") List<String> exclude,
                                   @JsonProperty("allow-aliases") List<String> allowAliases,
                                   @JsonProperty("production-only") Boolean productionOnly,
                                   @JsonProperty("max-file-size") ByteSize maxFileSize,
                                   @JsonProperty("key-env") String keyEnv,
                                   @JsonProperty("base-url") MistralEndpoint baseUrl) {
        return new ModelConfigOptions(paths, exclude, allowAliases, productionOnly == null || productionOnly, maxFileSize,
                keyEnv, baseUrl);
    }

    /** The user's exclusions plus the ones this gate always makes. */
    List<String> effectiveExclude() {
        List<String> patterns = new ArrayList<>(exclude);
        patterns.addAll(NEVER_LINTED);
        if (productionOnly) {
            patterns.addAll(NOT_PRODUCTION);
        }
        return patterns;
    }

    private static void checkAlias(String alias) {
        ModelCatalogue catalogue = ModelCatalogue.bundled();
        var naming = catalogue.lookup(alias);
        if (naming.isPresent() && !naming.get().floats()) {
            throw new IllegalArgumentException("`allow-aliases` names `" + alias + "`, which is a dated model id, "
                    + "not an alias: pinned ids need no allowing");
        }
        if (naming.isEmpty() && !alias.endsWith("-latest")) {
            throw new IllegalArgumentException("`allow-aliases` names `" + alias + "`, which is not a model alias "
                    + "(aliases end in -latest, or are one of: " + String.join(", ", catalogue.aliases().stream()
                    .filter(name -> !name.endsWith("-latest")).toList()) + ")");
        }
    }
}
