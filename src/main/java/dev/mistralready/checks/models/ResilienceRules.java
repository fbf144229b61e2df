package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Severity;
import dev.mistralready.project.manifests.Dependency;
import dev.mistralready.project.manifests.Manifest;
import dev.mistralready.project.manifests.Manifests;
import dev.mistralready.project.manifests.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules on timeouts and retries, checked where a client is created, since both are set there
 * for every call (or on every call). What the SDK does when nothing is set depends on its release,
 * read from the nearest manifest that declares it, at the lowest release its constraint allows.
 * Without one, the version is unknown and the reading is the conservative one: no timeout.
 */
final class ResilienceRules {

    static final String NO_TIMEOUT = "MR-MOD-009";
    static final String LONG_DEFAULT_TIMEOUT = "MR-MOD-010";
    static final String NO_RETRIES = "MR-MOD-011";

    private final Manifests manifests;
    private final List<String> details;

    private ResilienceRules(Manifests manifests, List<String> details) {
        this.manifests = manifests;
        this.details = details;
    }

    /** The findings over every file's clients; what was not checked, and why, goes to {@code details}. */
    static List<Finding> check(List<FileResilience> files, Manifests manifests, List<String> details) {
        ResilienceRules rules = new ResilienceRules(manifests, details);
        JvmResilienceRules jvm = new JvmResilienceRules(manifests, details);
        FrameworkResilienceRules frameworks = new FrameworkResilienceRules(manifests, details);
        List<Finding> findings = new ArrayList<>();
        for (FileResilience file : files) {
            for (ClientConstruction client : file.clients()) {
                if (client.jvm()) {
                    jvm.timeout(client).ifPresent(findings::add);
                    jvm.retries(client).ifPresent(findings::add);
                } else if (FrameworkResilienceRules.covers(client.sdk())) {
                    frameworks.timeout(client).ifPresent(findings::add);
                    frameworks.retries(client).ifPresent(findings::add);
                }
            }
        }
        for (boolean python : List.of(false, true)) {
            List<FileResilience> language = files.stream().filter(file -> isPython(file.file()) == python)
                    .map(FileResilience::officialClientsOnly).toList();
            List<CallSettings> calls = language.stream().flatMap(file -> file.calls().stream()).toList();
            boolean everyCallTimesOut = !calls.isEmpty()
                    && calls.stream().allMatch(call -> call.timeout() instanceof Parameter.Given);
            boolean everyCallRetries = !calls.isEmpty()
                    && calls.stream().allMatch(call -> call.retries() instanceof Parameter.Given);
            for (FileResilience file : language) {
                for (ClientConstruction client : file.clients()) {
                    List<CallSettings> own = callsOf(client, file, language);
                    boolean ownCallsTimeOut = !own.isEmpty() && own.stream().allMatch(call -> call.timeout() instanceof Parameter.Given);
                    boolean ownCallsRetry = !own.isEmpty() && own.stream().allMatch(call -> call.retries() instanceof Parameter.Given);
                    rules.timeout(client, everyCallTimesOut || ownCallsTimeOut).ifPresent(findings::add);
                    rules.retries(client, everyCallRetries || ownCallsRetry).ifPresent(findings::add);
                }
            }
        }
        if (!files.isEmpty() && files.stream().allMatch(file -> file.clients().isEmpty())) {
            details.add("timeouts and retries not checked: no linted file creates a Mistral client");
        }
        return findings;
    }

    /**
     * The official calls made on the name a client is assigned to: in its own file, and in files of
     * the language that call a name they do not assign a client to themselves (the client imported
     * from this module). Empty when the client is not kept in a name.
     */
    private static List<CallSettings> callsOf(ClientConstruction client, FileResilience home, List<FileResilience> language) {
        if (client.name().isEmpty()) {
            return List.of();
        }
        String name = client.name().get();
        List<CallSettings> calls = new ArrayList<>();
        for (FileResilience file : language) {
            boolean own = file == home;
            boolean assignsName = file.clients().stream().anyMatch(other -> other.name().equals(client.name()));
            if (own || !assignsName) {
                file.calls().stream().filter(call -> call.receiver().equals(Optional.of(name))).forEach(calls::add);
            }
        }
        return calls;
    }

    private Optional<Finding> timeout(ClientConstruction client, boolean everyCallTimesOut) {
        if (client.timeout() instanceof Parameter.Unseen) {
            details.add(client.at() + ": `" + client.written() + "`: its options are not built in this file, "
                    + "timeout and retries not checked");
            return Optional.empty();
        }
        if (client.timeout() instanceof Parameter.Given || everyCallTimesOut && !client.legacy()) {
            return Optional.empty();
        }
        Sdk sdk = client.sdk();
        String setting = client.legacy() ? "timeout" : sdk == Sdk.PYTHON ? "timeout_ms" : "timeoutMs";
        String fix = SdkDefaults.timeoutFix(sdk);
        String what = "`" + client.written() + "` sets no `" + setting + "`";
        if (client.legacy()) {
            return Optional.of(finding(LONG_DEFAULT_TIMEOUT, Severity.WARNING, client,
                    what + ": the 0.x client then waits " + seconds(SdkDefaults.LEGACY_TIMEOUT) + " for an answer", fix));
        }
        String packageName = SdkDefaults.packageOf(sdk);
        Optional<Dependency> declared = manifests.nearest(client.file(), ecosystem(client), packageName);
        Optional<Version> version = declared.flatMap(dependency -> dependency.version().lowest());
        String noneBefore = "before " + SdkDefaults.firstWithTimeout(sdk) + " the SDK has no timeout of its own";
        if (version.isEmpty()) {
            String unknown = declared.map(dependency -> dependency.describe() + " allows any version")
                    .orElse("no " + manifestNames(client) + " declares " + packageName);
            return Optional.of(finding(NO_TIMEOUT, Severity.ERROR, client, what + ", and the " + packageName
                    + " version is unknown (" + unknown + "): read conservatively, as " + noneBefore
                    + ", a stalled request hangs forever", fix));
        }
        Optional<Duration> builtIn = SdkDefaults.timeout(sdk, version.get());
        String release = declared.get().describe();
        if (builtIn.isEmpty()) {
            return Optional.of(finding(NO_TIMEOUT, Severity.ERROR, client, what + ", and " + release
                    + " has no default timeout (" + noneBefore + "): a stalled request hangs forever", fix));
        }
        if (builtIn.get().compareTo(SdkDefaults.LONG) >= 0) {
            return Optional.of(finding(LONG_DEFAULT_TIMEOUT, Severity.WARNING, client, what + ": " + release
                    + " then waits " + seconds(builtIn.get()) + " for an answer", fix));
        }
        details.add(client.at() + ": `" + client.written() + "` relies on the default timeout of " + release + ", "
                + seconds(builtIn.get()));
        return Optional.empty();
    }

    private Optional<Finding> retries(ClientConstruction client, boolean everyCallRetries) {
        if (client.legacy() || !(client.retries() instanceof Parameter.Missing) || everyCallRetries) {
            return Optional.empty(); // 0.x clients retry 5 times; unseen options were named under the timeout
        }
        boolean python = client.sdk() == Sdk.PYTHON;
        List<String> libraries = python ? RetryLibraries.PYTHON : RetryLibraries.NODE;
        for (Manifest manifest : manifests.governing(client.file(), ecosystem(client))) {
            for (String library : libraries) {
                if (manifest.dependency(library).isPresent()) {
                    details.add(client.at() + ": `" + client.written() + "` sets no retries; " + library + " ("
                            + manifest.path() + ") is taken to retry its calls");
                    return Optional.empty();
                }
            }
        }
        String what = python
                ? "`" + client.written() + "` sets no `retry_config` and no call passes `retries=`"
                : "`" + client.written() + "` sets no `retryConfig` and no call passes `retries`";
        String fix = python
                ? "Pass `retry_config=RetryConfig(\"backoff\", BackoffStrategy(500, 60_000, 1.5, 300_000), True)` "
                        + "(it retries 429 and 5xx), or retry with a library such as tenacity or backoff."
                : "Set `retryConfig: { strategy: \"backoff\", retryConnectionErrors: true }` (it retries 429 and 5xx), "
                        + "or retry with a library such as p-retry or cockatiel.";
        return Optional.of(finding(NO_RETRIES, Severity.WARNING, client, what + ": the SDK does not retry unless told "
                + "to, so one 429 or 503 fails the request, and no retry or circuit-breaker library is a dependency", fix));
    }

    private static Manifests.Ecosystem ecosystem(ClientConstruction client) {
        return isPython(client.file()) ? Manifests.Ecosystem.PYTHON : Manifests.Ecosystem.NODE;
    }

    private static String manifestNames(ClientConstruction client) {
        return String.join(" or ", ecosystem(client).fileNames());
    }

    /** Python source, or a notebook: its code cells are Python, and its manifests are Python's. */
    private static boolean isPython(String file) {
        return file.endsWith(".py") || file.endsWith(".ipynb");
    }

    private static String seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds + " s" + (seconds >= 120 ? " (" + seconds / 60 + " minutes)" : "");
    }

    private static Finding finding(String rule, Severity severity, ClientConstruction client, String what, String fix) {
        return Finding.of(rule, severity, what, fix).at(client.at())
                .withFingerprint(Fingerprint.of(rule, client.file(), client.written()));
    }
}
