package dev.mistralready.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistralready.check.Quoted;
import dev.mistralready.project.files.ContainedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code init} finds in a project: the Mistral SDKs it declares, the build and test commands it has,
 * Kubernetes manifests, alert rule files and a runbook. Each is the file that shows it, so {@code init} can
 * say why a gate is there. Files are read as {@code check} reads the project's manifests: inside the
 * project, regular, at most 1 MiB; one that cannot be read is a {@link #problems() problem}, not a crash.
 */
record ProjectSurvey(
        List<String> mistral,
        Optional<String> npmTypecheck,
        Optional<String> npmTest,
        Optional<String> maven,
        Optional<String> gradle,
        Optional<String> pytest,
        List<String> kubernetes,
        List<String> alertRules,
        List<String> runbooks,
        boolean git,
        List<String> problems) {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 6;
    private static final int MAX_LISTED = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NPM_SECTIONS =
            List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies");
    /** What {@code npm init} writes as the test script: it only fails, so it is no test. */
    private static final String NPM_INIT_TEST = "no test specified";
    private static final List<String> K8S_DIRECTORIES = List.of("k8s", "deploy", "manifests", "kustomize");
    private static final List<String> KUSTOMIZATIONS = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final Set<String> RULE_DIRECTORIES = Set.of("alerts", "alerting", "prometheus", "monitoring", "rules");
    private static final Set<String> NOT_WALKED = Set.of("node_modules", "target", "build", "dist", "venv", "vendor",
            "__pycache__");
    private static final Pattern PYTHON_MISTRAL = Pattern.compile("(?im)^\\s*mistralai\\b|[\"']mistralai\\b");
    private static final Pattern POETRY_MISTRAL = Pattern.compile("(?m)^\\s*mistralai\\s*=");
    private static final Pattern PYTEST = Pattern.compile("(?im)^\\s*pytest\\b|[\"']pytest\\b");
    private static final Pattern SOURCE = Pattern.compile("(?i).*\\.(js|mjs|cjs|jsx|ts|mts|cts|tsx|py|java|kt)");
    private static final Pattern MISTRAL_CALL = Pattern.compile("api\\.mistral\\.ai|[\"'`](?:mistral|codestral|ministral|"
            + "magistral|pixtral|devstral|open-mistral|open-mixtral)-[\\w.-]*[\"'`]");
    private static final int MAX_SOURCES = 2000;
    private static final Pattern RUNBOOK = Pattern.compile("(?i).*runbook.*\\.(md|markdown|adoc|asciidoc|rst|txt)");

    ProjectSurvey {
        mistral = List.copyOf(mistral);
        kubernetes = List.copyOf(kubernetes);
        alertRules = List.copyOf(alertRules);
        runbooks = List.copyOf(runbooks);
        problems = List.copyOf(problems);
    }

    static ProjectSurvey of(Path root) {
        Survey survey = new Survey(root);
        survey.node();
        survey.python();
        survey.jvm();
        survey.mistralCalls();
        survey.kubernetes();
        survey.alertRules();
        survey.runbooks();
        return new ProjectSurvey(survey.mistral, survey.npmTypecheck, survey.npmTest, survey.maven, survey.gradle,
                survey.pytest, survey.kubernetes, survey.alertRules, survey.runbooks,
                Files.exists(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS), survey.problems);
    }

    /** The survey while it is taken. */
    private static final class Survey {
        private final Path root;
        private final List<String> mistral = new ArrayList<>();
        private Optional<String> npmTypecheck = Optional.empty();
        private Optional<String> npmTest = Optional.empty();
        private Optional<String> maven = Optional.empty();
        private Optional<String> gradle = Optional.empty();
        private Optional<String> pytest = Optional.empty();
        private final List<String> kubernetes = new ArrayList<>();
        private final List<String> alertRules = new ArrayList<>();
        private final List<String> runbooks = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        Survey(Path root) {
            this.root = root;
        }

        void node() {
            Optional<String> text = read("package.json");
            if (text.isEmpty()) {
                return;
            }
            JsonNode manifest;
            try {
                manifest = JSON.readTree(text.get());
            } catch (JsonProcessingException e) {
                problems.add("package.json:" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                        + ": not valid JSON (" + Quoted.withoutKeys(e.getOriginalMessage().lines().findFirst().orElse(""))
                        + "); no npm gates written"); // the parser quotes the token it choked on: it may be a key
                return;
            }
            if (manifest == null || !manifest.isObject()) {
                problems.add("package.json: not a JSON object; no npm gates written");
                return;
            }
            for (String section : NPM_SECTIONS) {
                if (manifest.path(section).has("@mistralai/mistralai")) {
                    mistral.add("@mistralai/mistralai in package.json (" + section + ")");
                    break;
                }
            }
            JsonNode scripts = manifest.path("scripts");
            if (scripts.path("typecheck").isTextual()) {
                npmTypecheck = Optional.of("npm run typecheck");
            }
            if (scripts.path("test").isTextual() && !scripts.path("test").asText().contains(NPM_INIT_TEST)) {
                npmTest = Optional.of("npm test");
            }
        }

        void python() {
            Optional<String> pyproject = read("pyproject.toml");
            pyproject.ifPresent(text -> {
                if (PYTHON_MISTRAL.matcher(dependencyText(text)).find() || POETRY_MISTRAL.matcher(text).find()) {
                    mistral.add("mistralai in pyproject.toml");
                }
                if (text.contains("[tool.pytest") || PYTEST.matcher(dependencyText(text)).find()) {
                    pytest = Optional.of("pyproject.toml");
                }
            });
            for (String requirements : rootFiles(name -> name.startsWith("requirements") && name.endsWith(".txt"))) {
                read(requirements).ifPresent(text -> {
                    if (PYTHON_MISTRAL.matcher(text).find()) {
                        mistral.add("mistralai in " + requirements);
                    }
                    if (pytest.isEmpty() && PYTEST.matcher(text).find()) {
                        pytest = Optional.of(requirements);
                    }
                });
            }
            if (pytest.isEmpty()) {
                if (Files.isRegularFile(root.resolve("pytest.ini"))) {
                    pytest = Optional.of("pytest.ini");
                } else if (Files.isRegularFile(root.resolve("conftest.py"))) {
                    pytest = Optional.of("conftest.py");
                } else if (Files.isRegularFile(root.resolve("tests/conftest.py"))) {
                    pytest = Optional.of("tests/conftest.py");
                } else if (read("setup.cfg").filter(text -> text.contains("[tool:pytest]")).isPresent()) {
                    pytest = Optional.of("setup.cfg");
                } else if (read("tox.ini").filter(text -> text.contains("[pytest]")).isPresent()) {
                    pytest = Optional.of("tox.ini");
                }
            }
        }

        /** pyproject.toml without its comment lines, so a commented-out dependency is not one. */
        private static String dependencyText(String toml) {
            return toml.lines().filter(line -> !line.strip().startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        }

        void jvm() {
            read("pom.xml").ifPresent(text -> {
                maven = Optional.of(Files.isRegularFile(root.resolve("mvnw")) ? "./mvnw -B verify" : "mvn -B verify");
                jvmMistral("pom.xml", text);
            });
            for (String build : List.of("build.gradle.kts", "build.gradle")) {
                Optional<String> text = read(build);
                if (text.isPresent()) {
                    gradle = Optional.of(Files.isRegularFile(root.resolve("gradlew")) ? "./gradlew check" : "gradle check");
                    jvmMistral(build, text.get());
                    break;
                }
            }
        }

        private void jvmMistral(String file, String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("langchain4j-mistral")) {
                mistral.add("LangChain4j Mistral in " + file);
            }
            if (lower.contains("spring-ai") && lower.contains("mistral")) {
                mistral.add("Spring AI Mistral in " + file);
            }
        }

        void kubernetes() {
            for (String directory : K8S_DIRECTORIES) {
                if (Files.isDirectory(root.resolve(directory), LinkOption.NOFOLLOW_LINKS)) {
                    kubernetes.add(directory + "/");
                }
            }
            for (String name : KUSTOMIZATIONS) {
                if (Files.isRegularFile(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    kubernetes.add(name);
                }
            }
        }

        /** The project's files below the root, up to a depth, outside hidden, dependency and build directories. */
        private List<String> files() {
            try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
                return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                        .filter(file -> walked(root.relativize(file)))
                        .map(file -> root.relativize(file).toString().replace('\\', '/'))
                        .sorted()
                        .toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add("cannot list the project's files: " + e.getMessage());
                return List.of();
            }
        }

        void alertRules() {
            files().stream().filter(this::isRuleFile).forEach(alertRules::add);
        }

        /**
         * Code that calls Mistral without an SDK (plain {@code fetch} to api.mistral.ai, a model name): the
         * first such source file, when no manifest declared an SDK, so that the models gate is written too.
         */
        void mistralCalls() {
            if (!mistral.isEmpty()) {
                return;
            }
            files().stream()
                    .filter(path -> SOURCE.matcher(path).matches())
                    .limit(MAX_SOURCES)
                    .filter(path -> read(path).filter(text -> MISTRAL_CALL.matcher(text).find()).isPresent())
                    .findFirst()
                    .ifPresent(path -> mistral.add("Mistral called in " + path));
        }

        private static boolean walked(Path relative) {
            for (int i = 0; i < relative.getNameCount() - 1; i++) {
                String name = relative.getName(i).toString();
                if (name.startsWith(".") || NOT_WALKED.contains(name)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isRuleFile(String path) {
            String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.endsWith(".rules") || name.endsWith(".rules.yml") || name.endsWith(".rules.yaml")) {
                return true;
            }
            if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
                return false;
            }
            boolean inRuleDirectory = Stream.of(path.split("/")).anyMatch(RULE_DIRECTORIES::contains);
            boolean inManifests = K8S_DIRECTORIES.stream().anyMatch(directory -> path.startsWith(directory + "/"));
            if (!inRuleDirectory && !inManifests) {
                return false;
            }
            Optional<String> text = read(path);
            return text.isPresent() && (text.get().contains("kind: PrometheusRule") || text.get().contains("kind: VMRule")
                    || (inRuleDirectory && text.get().contains("alert:") && text.get().contains("expr:")));
        }

        void runbooks() {
            rootFiles(name -> RUNBOOK.matcher(name).matches()).forEach(runbooks::add);
            try (Stream<Path> docs = Files.isDirectory(root.resolve("docs"), LinkOption.NOFOLLOW_LINKS)
                    ? Files.list(root.resolve("docs")) : Stream.empty()) {
                docs.map(file -> file.getFileName().toString()).filter(name -> RUNBOOK.matcher(name).matches())
                        .sorted().map(name -> "docs/" + name).forEach(runbooks::add);
            } catch (IOException e) {
                problems.add("cannot list docs/: " + e.getMessage());
            }
            if (Files.isDirectory(root.resolve("runbooks"), LinkOption.NOFOLLOW_LINKS)) {
                runbooks.add("runbooks/");
            }
        }

        private List<String> rootFiles(java.util.function.Predicate<String> named) {
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file))
                        .map(file -> file.getFileName().toString()).filter(named).sorted().toList();
            } catch (IOException e) {
                problems.add("cannot list " + root + ": " + e.getMessage());
                return List.of();
            }
        }

        /** The text of a project file, if it is there and may be read; a refused one is a problem. */
        private Optional<String> read(String path) {
            try {
                return ContainedFile.readInside(root, root.resolve(path), path, MAX_BYTES)
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
            } catch (ContainedFile.Refused e) {
                problems.add(e.getMessage() + "; not used");
                return Optional.empty();
            }
        }
    }

    /** At most a few of {@code items}, then how many more. */
    static String listed(List<String> items) {
        if (items.size() <= MAX_LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, MAX_LISTED)) + " and " + (items.size() - MAX_LISTED) + " more";
    }
}
