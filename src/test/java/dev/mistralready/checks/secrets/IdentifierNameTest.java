package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names are not keys, and random keys are not names. */
class IdentifierNameTest {

    /** Generated names of the SDKs, 32 characters with a digit, an upper- and a lower-case letter each. */
    private static final List<String> GENERATED_NAMES = List.of(
            "LibrariesDocumentsPatchV1Request",
            "MistralAiChatCompletionV2Request",
            "ConversationsRestartStreamV1Req2",
            "connectorCallToolV1RequestToJSON",
            "AgentsApiV1ConversationsGetReq22");

    @Test
    void generatedSdkNamesAreCamelCaseWords() {
        assertThat(GENERATED_NAMES).allSatisfy(name -> {
            assertThat(name).hasSize(32);
            assertThat(IdentifierName.isWords(name)).as(name).isTrue();
        });
    }

    @Test
    void aNameTheFileDeclaresOrCallsIsAName() {
        String name = "Qx7" + "ZvKwPtRmNbLcJdHfGsXyWqTaE" + "pv9k"; // no words, but the file uses it as a name
        assertThat(IdentifierName.isWords(name)).isFalse();
        for (String use : List.of("class %s {}", "export type %s = string", "def %s(x):", "x = new %s()",
                "return %s(input)", "List<%s<String>> all", "%s.builder().build()", "import %s from './x'")) {
            byte[] text = ("// Mistral\n" + use.formatted(name) + "\nconst k = \"" + name + "\"\n").getBytes(StandardCharsets.UTF_8);
            assertThat(IdentifierName.isUsedAsName(text, name)).as(use).isTrue();
        }
        for (String notUse : List.of("api_key: %s", "apiKey = \"%s\"", "Bearer %s", "MISTRAL_API_KEY=%s", "key %s.",
                "const x%s = 1", "key = '%s'.strip()")) {
            byte[] text = notUse.formatted(name).getBytes(StandardCharsets.UTF_8);
            assertThat(IdentifierName.isUsedAsName(text, name)).as(notUse).isFalse();
        }
    }

    /**
     * The recall guard: of 100,000 random keys (a fixed seed) the rule finds exactly as many with the
     * identifier test as it would without it, because no random key is CamelCase words. Measured
     * further while building this: 0 of 1,992,829 key-shaped random strings are words.
     */
    @Test
    void noRandomKeyOfAHundredThousandIsTakenForAName() {
        Keys keys = new Keys(20261202);
        int names = 0;
        for (int i = 0; i < 100_000; i++) {
            String key = keys.random(Keys.ALNUM, 32);
            if (IdentifierName.isWords(key)) {
                names++;
            }
        }
        assertThat(names).isZero();
    }

    /** The rule as it was before names were told from keys. */
    private static SecretRule withoutTheNameTest(SecretRule rule) {
        return new SecretRule(rule.id(), rule.description(), rule.regex(), rule.run(), rule.hasSecretGroup(), rule.keywords(),
                rule.startsAtKeyword(), rule.assigned(), rule.path(), rule.context(), rule.reach(), rule.shape(), rule.allow(),
                rule.allowLines(), rule.notInBase64(), false, rule.severity(), rule.fix());
    }

    @Test
    void theMistralRuleFindsEveryRandomKeyItFoundBeforeItKnewNames() {
        Keys keys = new Keys(19);
        SecretDetector now = new SecretDetector(BuiltInRules.all());
        SecretDetector before = new SecretDetector(BuiltInRules.all().stream().map(IdentifierNameTest::withoutTheNameTest).toList());
        int foundBefore = 0;
        int foundNow = 0;
        for (int i = 0; i < 100_000; i++) {
            String key = keys.random(Keys.ALNUM, 32);
            for (String line : List.of("MISTRAL_API_KEY = \"%s\"\n", "client = Mistral(api_key=\"%s\")\n",
                    "curl -H \"Authorization: Bearer %s\" https://api.mistral.ai/v1/models\n")) {
                byte[] text = line.formatted(key).getBytes(StandardCharsets.UTF_8);
                foundBefore += before.scan("settings.py", text).size();
                foundNow += now.scan("settings.py", text).size();
            }
        }
        assertThat(foundNow).isEqualTo(foundBefore);
        assertThat(foundBefore).isGreaterThan(3 * 99_500);
    }
}
