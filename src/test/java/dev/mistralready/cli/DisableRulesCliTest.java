package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gate's {@code disable:} list, on a real project: the example's chat call, whose only finding is MR-MOD-001. */
class DisableRulesCliTest {

    private static final String CALL = String.join("\n",
            "import { Mistral } from '@mistralai/mistralai';",
            "const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY, timeoutMs: 10000,",
            "  retryConfig: { strategy: 'backoff' } });",
            "export async function reply(text) {",
            "  return client.chat.complete({ model: 'mistral-large-latest', maxTokens: 256, temperature: 0.2,",
            "    messages: [{ role: 'user', content: text }] });",
            "}",
            "");

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/chat.js"), CALL);
        Files.writeString(project.resolve("package.json"),
                "{\"name\": \"chat\", \"dependencies\": {\"@mistralai/mistralai\": \"2.2.7\"}}\n");
    }

    @Test
    void failsOnTheFindingWhenNothingIsDisabled() throws IOException {
        CliRun run = check("");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("MR-MOD-001 src/chat.js:5:");
    }

    @Test
    void passesWhenItsOnlyFindingsRuleIsDisabledAndSaysHowManyItHid() throws IOException {
        CliRun run = check("    disable: [MR-MOD-001]\n", "--verbose");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).doesNotContain("src/chat.js:5")
                .contains("passed: 1 finding of disabled rules not shown (MR-MOD-001)",
                        "disabled in the checklist: MR-MOD-001 (1 finding not shown)");
    }

    @Test
    void countsADisabledRuleThatFoundNothing() throws IOException {
        CliRun run = check("    disable: [MR-MOD-005]\n");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("MR-MOD-001 src/chat.js:5:",
                "disabled in the checklist: MR-MOD-005 (0 findings not shown)");
    }

    @Test
    void rejectsARuleTheGateTypeDoesNotHaveAtItsPlaceListingTheTypesRules() throws IOException {
        CliRun run = check("    disable: [MR-MOD-001, MR-K8S-011, MR-MOD-0001]\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("checklist.yaml:5:27: gate type `model-config` has no rule `MR-K8S-011`; it is a rule of gate"
                        + " type `k8s-manifests` (its rules: MR-MOD-001, MR-MOD-002,")
                .contains("checklist.yaml:5:39: gate type `model-config` has no rule `MR-MOD-0001`; did you mean `MR-MOD-001`?");
    }

    @Test
    void rejectsADisableThatIsNotAList() throws IOException {
        CliRun run = check("    disable: MR-MOD-001\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("checklist.yaml:5:14: `disable` must be a list of rule ids (`disable: [MR-K8S-011]`)");
    }

    @Test
    void rejectsARuleListedTwice() throws IOException {
        CliRun run = check("    disable: [MR-MOD-001, MR-MOD-001]\n");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("checklist.yaml:5:27: rule `MR-MOD-001` is already in `disable`");
    }

    private CliRun check(String disableLine, String... options) throws IOException {
        Files.writeString(project.resolve("checklist.yaml"), "version: 1\ngates:\n  - id: models\n    type: model-config\n"
                + disableLine);
        List<String> args = new ArrayList<>(List.of("check", "--color=never", "."));
        args.addAll(List.of(options));
        return CliRun.in(project, args.toArray(String[]::new));
    }
}
