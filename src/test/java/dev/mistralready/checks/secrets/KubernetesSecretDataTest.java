package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.project.files.HermeticGit;
import dev.mistralready.project.files.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A Mistral key in the base64 {@code data:} of a Kubernetes Secret is decoded and found at its line. */
@ExtendWith(HermeticGit.class)
class KubernetesSecretDataTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(8);

    private Outcome scan(HistoryOption history) throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults().withHistory(history),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static final String SECRETS = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: mistral-credentials
              labels:
                name: chat
            type: Opaque
            data:
              api-key: %1$s
              greeting: %3$s
            ---
            apiVersion: v1
            kind: "Secret"
            metadata:
              name: llm
            data:
              # echo "$KEY" | base64, newline and all
              "MISTRAL_API_KEY": "%2$s"   # set by ops
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: mistral-config
            data:
              model: %4$s
            """;

    @Test
    void findsKeysInTheDataOfSecretsAtTheirLinesAndSaysWhereTheyWereDecoded() throws Exception {
        String first = keys.mistral();
        String second = keys.mistral();
        String notASecret = keys.mistral();
        TestFiles.write(project, "k8s/secrets.yaml", SECRETS.formatted(base64(first), base64(second + "\n"),
                base64("hello from the chat service"), base64(notASecret)));

        Outcome outcome = scan(HistoryOption.OFF);

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("k8s/secrets.yaml", 9, 12)),
                        tuple("MR-SEC-001", new Location("k8s/secrets.yaml", 18, 23)));
        assertThat(outcome.findings().get(0).message())
                .isEqualTo("Mistral API key: `" + first.substring(0, 4) + "…(32 chars)` in data.api-key of Secret "
                        + "mistral-credentials, decoded from base64");
        assertThat(outcome.findings().get(1).message()).contains("in data.MISTRAL_API_KEY of Secret llm, decoded from base64");
        assertThat(outcome.toString()).doesNotContain(first).doesNotContain(second).doesNotContain(base64(first));
    }

    @Test
    void leavesSecretsWithoutMistralContextAndBinaryDataAlone() throws Exception {
        TestFiles.write(project, "k8s/tls.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: ingress-tls
                data:
                  session: %s
                  tls.key: %s
                """.formatted(base64(keys.mistral()), Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})));

        assertThat(scan(HistoryOption.OFF).findings()).isEmpty();
    }

    @Test
    void findsAKeyDeletedFromASecretInTheHistory() throws Exception {
        String key = keys.mistral();
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            TestFiles.write(project, "deploy/secret.yml", SECRETS.formatted(base64(key), base64("x".repeat(20)),
                    base64("hello from the chat service"), base64("mistral-small-2506")));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("secret").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test").setSign(false).call();
            TestFiles.write(project, "deploy/secret.yml", "# moved to the vault\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("vault").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test").setSign(false).call();
        }

        Outcome outcome = scan(HistoryOption.ALL);

        assertThat(outcome.findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple("MR-SEC-001", new Location("deploy/secret.yml", 9, 12)));
        assertThat(outcome.findings().get(0).message()).contains("in data.api-key of Secret mistral-credentials, decoded from base64, added in commit");
    }
}
