package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Check;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Cancellation;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class CommandCheckTest {

    private final CommandCheck check = new CommandCheck();

    @TempDir
    Path project;

    private Outcome run(String shellCommand) throws Exception {
        return check.run(CommandOptions.of(Invocation.shell(shellCommand)), Contexts.in(project));
    }

    @Test
    void passesWhenTheCommandExitsZero() throws Exception {
        Outcome outcome = run("exit 0");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("`exit 0` passed");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void failsWithTheExitCodeAndKeepsOnlyTheLastFortyLinesOfOutput() throws Exception {
        Outcome outcome = run("i=1; while [ $i -le 100 ]; do echo \"line $i\"; i=$((i+1)); done; exit 3");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).contains("code 3");
        List<String> details = outcome.details().lines().toList();
        assertThat(details.get(0)).isEqualTo("last 40 of 100 lines of output:");
        assertThat(details.subList(1, details.size()))
                .containsExactlyElementsOf(IntStream.rangeClosed(61, 100).mapToObj(i -> "line " + i).toList());
        assertThat(outcome.details()).doesNotContain("line 60\n");
        Finding finding = outcome.findings().get(0);
        assertThat(outcome.findings()).hasSize(1);
        assertThat(finding.ruleId()).isEqualTo("MR-CMD-001");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo(outcome.summary());
        assertThat(finding.location()).isEmpty();
        assertThat(finding.fix()).startsWith("Run `i=1;").endsWith("in the project root and fix what it reports.");
    }

    @Test
    void failureSummaryNamesTheCommandAndItsExitCode() throws Exception {
        Outcome outcome = check.run(CommandOptions.of(Invocation.argv(List.of("sh", "-c", "echo boom >&2; exit 1"))),
                Contexts.in(project));

        assertThat(outcome.summary()).isEqualTo("`sh -c 'echo boom >&2; exit 1'` exited with code 1");
        assertThat(outcome.details()).isEqualTo("output (1 line):\nboom");
    }

    @Test
    void listFormRunsWithoutAShellSoArgumentsAreNotResplit() throws Exception {
        Files.writeString(project.resolve("args.sh"), "for a in \"$@\"; do echo \"[$a]\"; done; exit 1\n");

        Outcome outcome = check.run(CommandOptions.of(Invocation.argv(List.of("sh", "args.sh", "a b", "$HOME", "*"))),
                Contexts.in(project));

        assertThat(outcome.details().lines().skip(1)).containsExactly("[a b]", "[$HOME]", "[*]");
    }

    @Test
    void listFormFindsAProgramRelativeToTheWorkingDirectory() throws Exception {
        Path web = Files.createDirectories(project.resolve("web"));
        Path script = Files.writeString(web.resolve("check.sh"), "#!/bin/sh\necho \"checked $1\"\nexit 5\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
        CommandOptions options = new CommandOptions(Invocation.argv(List.of("./check.sh", "all")), Optional.of("web"),
                Map.of(), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.summary()).isEqualTo("`./check.sh all` exited with code 5");
        assertThat(outcome.details()).endsWith("\nchecked all");
    }

    @Test
    void missingProgramInListFormIsAnErrorSayingWhatWasLookedFor() throws Exception {
        Outcome outcome = check.run(CommandOptions.of(Invocation.argv(List.of("npx-nope", "test"))), Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("command not found: npx-nope").contains("PATH");
    }

    @Test
    void missingProgramInShellFormIsAnErrorNamingIt() throws Exception {
        Outcome outcome = run("npx-nope --version");

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).startsWith("command not found: npx-nope");
        assertThat(outcome.details()).contains("npx-nope");
    }

    @Test
    void skipsWhenTheIfExistsPathIsAbsent() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("exit 1"), Optional.empty(), Map.of(),
                Optional.of("package.json"));

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: package.json not found");
    }

    @Test
    void runsWhenTheIfExistsPathIsPresent() throws Exception {
        Files.writeString(project.resolve("package.json"), "{}");
        CommandOptions options = new CommandOptions(Invocation.shell("exit 0"), Optional.empty(), Map.of(),
                Optional.of("package.json"));

        assertThat(check.run(options, Contexts.in(project)).status()).isEqualTo(Status.PASS);
    }

    @Test
    void runsInTheGivenWorkingDirectory() throws Exception {
        Files.createDirectories(project.resolve("web/app"));
        CommandOptions options = new CommandOptions(Invocation.shell("echo here > marker.txt"), Optional.of("web/app"),
                Map.of(), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(project.resolve("web/app/marker.txt")).hasContent("here");
    }

    @Test
    void fixNamesTheWorkingDirectory() throws Exception {
        Files.createDirectories(project.resolve("web"));
        CommandOptions options = new CommandOptions(Invocation.shell("exit 2"), Optional.of("web"), Map.of(), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.findings().get(0).fix()).isEqualTo("Run `exit 2` in `web` and fix what it reports.");
    }

    @Test
    void workingDirectoryOutsideTheProjectIsAnError() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("exit 0"), Optional.of("../x"), Map.of(), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).contains("`../x`").contains("not inside the project root");
    }

    @Test
    void missingWorkingDirectoryIsAnErrorNamingIt() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("exit 0"), Optional.of("nowhere"), Map.of(), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.ERROR);
        assertThat(outcome.summary()).contains("`nowhere`").contains("not found");
    }

    @Test
    void optionEnvAndContextEnvironmentBothReachTheCommand() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("echo \"$FROM_CONTEXT/$FROM_GATE\"; exit 1"),
                Optional.empty(), Map.of("FROM_GATE", "gate-value"), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project, Map.of("FROM_CONTEXT", "context-value")));

        assertThat(outcome.details()).endsWith("\ncontext-value/gate-value");
    }

    @Test
    void optionEnvOverridesTheContextEnvironment() throws Exception {
        CommandOptions options = new CommandOptions(Invocation.shell("echo \"$MODE\"; exit 1"),
                Optional.empty(), Map.of("MODE", "gate"), Optional.empty());

        Outcome outcome = check.run(options, Contexts.in(project, Map.of("MODE", "context")));

        assertThat(outcome.details()).endsWith("\ngate");
    }

    @Test
    void neverShowsAKeyWrittenLiterallyInTheCommand() throws Exception {
        String key = new dev.mistralready.checks.secrets.Keys(5).mistral();
        CommandOptions options = CommandOptions.of(Invocation.shell("echo calling with " + key + "; exit 2"));

        Outcome outcome = new CommandCheck().run(options, Contexts.in(project));

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        String everything = outcome.summary() + outcome.details() + outcome.findings().get(0).message()
                + outcome.findings().get(0).fix();
        assertThat(everything).doesNotContain(key).contains(key.substring(0, 4) + "…(32 chars)");
    }

    @Test
    void theJvmsOwnEnvironmentDoesNotLeakIn() throws Exception {
        Outcome outcome = run("env; exit 1");

        List<String> names = outcome.details().lines().skip(1).map(line -> line.split("=", 2)[0]).toList();
        assertThat(names).contains("PATH").doesNotContain("HOME");
    }

    @Test
    void secretLookingValuesAreRedactedInTheOutput() throws Exception {
        String token = "sk-live-0123456789abcdef"; // mistral-ready:allow (fake test value)
        String password = "hunter2-correct-horse"; // mistral-ready:allow (fake test value)
        CommandOptions options = new CommandOptions(
                Invocation.shell("echo \"token=$MISTRAL_API_KEY\"; echo \"pw=$DB_Password\"; echo \"plain=$PLAIN_VALUE\"; exit 1"),
                Optional.empty(), Map.of("DB_Password", password), Optional.empty());

        Outcome outcome = check.run(options,
                Contexts.in(project, Map.of("MISTRAL_API_KEY", token, "PLAIN_VALUE", "not-a-secret-value")));

        assertThat(outcome.details())
                .doesNotContain(token).doesNotContain(password)
                .contains("token=sk-l…(24 chars)")
                .contains("pw=hunt…(21 chars)")
                .contains("plain=not-a-secret-value");
    }

    @Test
    void stdinIsEmptySoACommandReadingItFinishesAtOnce() throws Exception {
        Outcome outcome = run("cat");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
    }

    @Test
    void invalidUtf8IsDecodedLeniently() throws Exception {
        Outcome outcome = run("printf 'caf\\303\\251 \\377ok\\n'; exit 1");

        assertThat(outcome.details()).endsWith("\ncafé \uFFFDok");
    }

    @Test
    void aChattyCommandDoesNotBlockOnAFullPipe() throws Exception {
        Outcome outcome = run("i=0; while [ $i -lt 20000 ]; do echo \"$i aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"; i=$((i+1)); done; exit 4");

        assertThat(outcome.summary()).contains("code 4");
        assertThat(outcome.details()).startsWith("last 40 of 20000 lines of output:").contains("\n19999 aaa");
    }

    @Test
    void reportsProgressNamingTheCommand() throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        Progress sink = progress::add;

        check.run(CommandOptions.of(Invocation.shell("true")), Contexts.in(project, Map.of(), new Cancellation(), sink));

        assertThat(progress).containsExactly("running `true`");
    }

    @Test
    void describesItselfForTheRegistry() {
        assertThat(check.type()).isEqualTo("command");
        assertThat(check.optionsType()).isEqualTo(CommandOptions.class);
        assertThat(check.defaultTimeout()).hasMinutes(10);
        assertThat(check.summary()).doesNotContain("\n");
    }

    @Test
    @SuppressWarnings("rawtypes") // ServiceLoader cannot name a generic service type
    void isRegisteredForTheServiceLoader() {
        List<String> types = ServiceLoader.load(Check.class).stream()
                .map(provider -> provider.get().type()).collect(Collectors.toList());

        assertThat(types).contains("command");
    }
}
