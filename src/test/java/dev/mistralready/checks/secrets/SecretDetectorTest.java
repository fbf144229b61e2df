package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretDetectorTest {

    private final Keys keys = new Keys(42);
    private final SecretDetector detector = new SecretDetector(BuiltInRules.all());

    /** "RULE line:column" for each finding, the form every assertion below compares. */
    private List<String> scan(String path, String text) {
        return detector.scan(path, utf8(text)).stream()
                .map(match -> match.rule().id() + " " + match.line() + ":" + match.column())
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // MR-SEC-001: a Mistral key, found by its shape and Mistral context on either side.

    @Test
    void findsAMistralKeyAssignedToAConstant() {
        assertThat(scan("app/settings.py", "import os\nMISTRAL_API_KEY = \"" + keys.mistral() + "\"\n"))
                .containsExactly("MR-SEC-001 2:20");
    }

    @Test
    void findsAMistralKeyInAPropertiesFile() {
        assertThat(scan("src/main/resources/application.properties",
                "server.port=8080\nspring.ai.mistralai.api-key=" + keys.mistral() + "\n"))
                .containsExactly("MR-SEC-001 2:29");
    }

    @Test
    void findsAMistralKeyInAYamlBlockWhoseParentNamesMistral() {
        assertThat(scan("src/main/resources/application.yml", """
                spring:
                  ai:
                    mistralai:
                      chat:
                        options:
                          model: mistral-small-2506
                      api-key: %s
                """.formatted(keys.mistral()))).containsExactly("MR-SEC-001 7:16");
    }

    @Test
    void findsAMistralKeyInABuilderChainFarFromTheWordMistral() {
        assertThat(scan("src/main/java/Chat.java", """
                class Chat {
                    ChatModel model() {
                        return MistralAiChatModel.builder()
                                .modelName("mistral-small-2506")
                                .temperature(0.2)
                                .apiKey("%s")
                                .build();
                    }
                }
                """.formatted(keys.mistral()))).containsExactly("MR-SEC-001 6:26");
    }

    @Test
    void findsAMistralKeyThatComesBeforeTheWordOnACurlLine() {
        assertThat(scan("scripts/smoke.sh",
                "curl -H \"Authorization: Bearer " + keys.mistral() + "\" https://api.mistral.ai/v1/models\n"))
                .containsExactly("MR-SEC-001 1:32");
    }

    @Test
    void findsAMistralKeyPassedToTheTypeScriptClient() {
        assertThat(scan("src/client.ts", """
                import { Mistral } from "@mistralai/mistralai";

                export const client = new Mistral({
                  apiKey: "%s",
                  timeoutMs: 30000,
                });
                """.formatted(keys.mistral()))).containsExactly("MR-SEC-001 4:12");
    }

    @Test
    void ignoresThirtyTwoCharacterIdentifiersHexDigestsAndUuids() {
        assertThat(scan("src/mistral.ts", """
                // Mistral client helpers
                class MistralChatCompletionsRequestXyz {}
                const mistralDigest = "9e107d9d372bb6826bd81d3542a419d6";
                const mistralRequestId = "123e4567-e89b-12d3-a456-426614174000";
                """)).isEmpty();
    }

    @Test
    void ignoresEnvironmentLookupsAndPlaceholders() {
        assertThat(scan("src/client.ts", """
                const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
                const other = new Mistral({ apiKey: "your-mistral-api-key" });
                const third = new Mistral({ apiKey: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" });
                """)).isEmpty();
    }

    @Test
    void ignoresAKeyShapedLiteralOutsideAnyMistralStatement() {
        assertThat(scan("src/session.ts", """
                // Talks to Mistral elsewhere in this file.
                import { callMistral } from "./mistral";

                const sessionCorrelation = "%s";
                """.formatted(keys.mistral()))).isEmpty();
        assertThat(scan("src/ids.ts", "export const BUILD = \"" + keys.mistral() + "\";\n")).isEmpty();
    }

    @Test
    void honoursInlineAllowMarkers() {
        assertThat(scan("a.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"  # mistral-ready:allow\n")).isEmpty();
        assertThat(scan("a.py", "MISTRAL_API_KEY = \"" + keys.mistral() + "\"  # gitleaks:allow\n")).isEmpty();
    }

    // MR-SEC-002: a .env file that sets MISTRAL_API_KEY.

    @Test
    void findsANonEmptyMistralKeyInACommittedEnvFileBeforeTheShapeRule() {
        assertThat(scan(".env", "PORT=3000\nMISTRAL_API_KEY=short-but-real-9\n")).containsExactly("MR-SEC-002 2:17");
        assertThat(scan("deploy/.env.production", "export MISTRAL_API_KEY=\"" + keys.mistral() + "\"\n"))
                .containsExactly("MR-SEC-002 1:25");
    }

    @Test
    void ignoresEmptyAndPlaceholderValuesInEnvFiles() {
        assertThat(scan(".env.example", """
                MISTRAL_API_KEY=
                MISTRAL_API_KEY=your-mistral-api-key
                MISTRAL_API_KEY=${MISTRAL_API_KEY}
                MISTRAL_API_KEY=<your key>
                """)).isEmpty();
        assertThat(scan("src/config.env.js", "const MISTRAL_API_KEY=short-but-real-9;\n")).isEmpty();
    }

    // Other providers: a true positive and the nearest false positive each.

    @Test
    void findsOpenAiKeysButNotPlaceholdersOrAnthropicKeys() {
        assertThat(scan("a.py", "OPENAI_API_KEY = \"" + keys.openAi() + "\"\n")).containsExactly("MR-SEC-003 1:19");
        assertThat(scan("a.py", "OPENAI_API_KEY = \"sk-proj-your-openai-key-goes-here-please-replace-it\"\n")).isEmpty();
    }

    @Test
    void findsAnthropicKeys() {
        assertThat(scan("a.ts", "const k = '" + keys.anthropic() + "';\n")).containsExactly("MR-SEC-004 1:12");
        assertThat(scan("a.ts", "const k = 'sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';\n"))
                .isEmpty();
    }

    @Test
    void findsAwsAccessKeyIdsButNotTheDocumentedExample() {
        assertThat(scan("a.tf", "access_key = \"" + keys.awsAccessKeyId() + "\"\n")).containsExactly("MR-SEC-005 1:15");
        assertThat(scan("a.tf", "access_key = \"AKIAIOSFODNN7EXAMPLE\"\n")).isEmpty();
    }

    @Test
    void findsGithubTokensButNotPlaceholders() {
        assertThat(scan("a.yml", "token: " + keys.github() + "\n")).containsExactly("MR-SEC-006 1:8");
        assertThat(scan("a.yml", "token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n")).isEmpty();
    }

    @Test
    void findsGoogleApiKeysButNotShortLookalikes() {
        assertThat(scan("a.js", "const maps = \"" + keys.google() + "\";\n")).containsExactly("MR-SEC-007 1:15");
        assertThat(scan("a.js", "const maps = \"AIzaYourKeyHere\";\n")).isEmpty();
    }

    @Test
    void findsSlackTokensButNotPlaceholders() {
        assertThat(scan("a.env.txt", "SLACK=" + keys.slack() + "\n")).containsExactly("MR-SEC-008 1:7");
        assertThat(scan("a.env.txt", "SLACK=xoxb-your-token-here\n")).isEmpty();
    }

    @Test
    void findsStripeLiveKeysButNotTestKeys() {
        assertThat(scan("a.rb", "Stripe.api_key = '" + keys.stripe() + "'\n")).containsExactly("MR-SEC-009 1:19");
        assertThat(scan("a.rb", "Stripe.api_key = 'sk_test_' \n")).isEmpty();
    }

    @Test
    void findsPrivateKeyBlocksButNotElidedExamples() {
        assertThat(scan("deploy/key.pem", keys.privateKeyBlock())).containsExactly("MR-SEC-010 2:1");
        assertThat(scan("docs/tls.md", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n")).isEmpty();
    }

    @Test
    void reportsJsonWebTokensAsWarningsButNotTwoPartLookalikes() {
        List<SecretMatch> found = detector.scan("a.http", utf8("Authorization: Bearer " + keys.jwt() + "\n"));
        assertThat(found).extracting(match -> match.rule().id()).containsExactly("MR-SEC-011");
        assertThat(found.get(0).rule().severity()).isEqualTo(dev.mistralready.check.Severity.WARNING);
        assertThat(scan("a.http", "header = eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0\n")).isEmpty();
    }

    @Test
    void findsHighEntropySecretsAssignedToSecretLookingNames() {
        assertThat(scan("config.py", "db_password = \"" + keys.password() + "\"\n")).containsExactly("MR-SEC-012 1:16");
        assertThat(scan("app.js", "const webhookSecret = '" + keys.password() + "';\n")).containsExactly("MR-SEC-012 1:24");
    }

    @Test
    void findsSecretsAssignedInEveryShapeTheAssignmentGuardLetsThrough() {
        String value = keys.password();
        assertThat(scan("a.py", "API_TOKEN                = \"" + value + "\"\n")).containsExactly("MR-SEC-012 1:29");
        assertThat(scan("a.json", "{\"apiKey\": \"" + value + "\"}\n")).containsExactly("MR-SEC-012 1:13");
        assertThat(scan("a.rb", "client_secret => '" + value + "'\n")).containsExactly("MR-SEC-012 1:19");
        assertThat(scan("a.go", "authToken := \"" + value + "\"\n")).containsExactly("MR-SEC-012 1:15");
        assertThat(scan("a.yaml", "service.password: '" + value + "'\n")).containsExactly("MR-SEC-012 1:20");
    }

    @Test
    void passesOverKeywordsThatAreNotAssignedAString() {
        assertThat(StringAssignment.follows(utf8("token_count = 'x'"), 5)).isTrue();
        assertThat(StringAssignment.follows(utf8("Token\":\"x\""), 5)).isTrue();
        assertThat(StringAssignment.follows(utf8("token => \"x\""), 5)).isTrue();
        assertThat(StringAssignment.follows(utf8("token:='x'"), 5)).isTrue();
        assertThat(StringAssignment.follows(utf8("token_count = 3"), 5)).isFalse();
        assertThat(StringAssignment.follows(utf8("token == \"x\""), 5)).isFalse();
        assertThat(StringAssignment.follows(utf8("tokenCount(\"x\")"), 5)).isFalse();
        assertThat(StringAssignment.follows(utf8("token ="), 5)).isFalse();
        assertThat(StringAssignment.follows(utf8("token"), 5)).isFalse();
        assertThat(scan("a.js", "log(token_usage, \"" + keys.password() + "\");\n")).isEmpty();
    }

    @Test
    void ignoresGenericNamesThatAreNotSecretsAndValuesThatAreNotRandom() {
        assertThat(scan("config.py", """
                public_key = "%s"
                cache_key = "%s"
                api_key_id = "%s"
                token_url = "https://auth.example.com/oauth/token"
                checksum_key = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
                secret_ref = "123e4567-e89b-12d3-a456-426614174000"
                password = "correct-horse-battery-staple"
                key_file = "config/keys/service-account.json"
                API_KEY_PATTERN = "(?<![A-Za-z0-9])[A-Za-z0-9]{32}(?![A-Za-z0-9])"
                token_regex = "^sk-[A-Za-z0-9]{48}$"
                """.formatted(keys.password(), keys.password(), keys.password()))).isEmpty();
    }

    /** The false findings of MR-SEC-012 on the cookbook's history and LangChain4j (bench/secret-precision/repos.sh). */
    @Test
    void ignoresElidedExamplesMadeUpTestValuesEscapedTextAndKeyPins() {
        assertThat(scan("docs/elasticsearch.md", "String apiKey = \"" + keys.random(Keys.ALNUM, 17) + "...\";\n")).isEmpty();
        assertThat(scan("LoggerTest.java", "private static final String SECRET = \"sk-1234567890abcdef\";\n")).isEmpty();
        assertThat(scan("zh-CN.json", "\"credentialsSignin\": \"\\u767b\\u5f55\\u5931\\u8d25\\u0031\",\n")).isEmpty();
        assertThat(scan("https.d.ts", " *     const pubkey256 = '" + keys.random(Keys.ALNUM + "+/", 43) + "=';\n")).isEmpty();
        // The same names with random values are still findings.
        assertThat(scan("a.java", "String apiKey = \"" + keys.password() + "\";\n")).containsExactly("MR-SEC-012 1:18");
    }

    @Test
    void neverHoldsTheSecretInPrintableForm() {
        String key = keys.mistral();
        SecretMatch match = detector.scan("a.py", utf8("MISTRAL_API_KEY = \"" + key + "\"\n")).get(0);

        assertThat(match.toString()).doesNotContain(key).contains(key.substring(0, 4) + "…(32 chars)");
    }
}
