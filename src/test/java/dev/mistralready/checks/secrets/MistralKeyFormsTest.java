package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.project.files.TestFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms of a Mistral key whose context is further than the statement (issue 19): the Rust client of
 * the mistralai-client crate, an Authorization header sent to api.mistral.ai a few lines up, and a
 * YAML mapping whose provider is mistral, a blank line above the key. And the same shapes without
 * Mistral, which stay quiet: the context is widened only as far as these forms need.
 */
class MistralKeyFormsTest {

    @TempDir
    Path project;

    private final Keys keys = new Keys(1990);

    private Outcome scan() throws Exception {
        return new SecretScanCheck().run(SecretScanOptions.defaults(),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static Object[] at(String file, int line, int column) {
        return new Object[] {"MR-SEC-001", new Location(file, line, column)};
    }

    @Test
    void findsTheRustClientOfTheMistralaiClientCrate() throws Exception {
        TestFiles.write(project, "src/main.rs", """
                use mistralai_client::v1::{chat::ChatMessage, client::Client, constants::Model};

                fn main() {
                    let client = Client::new(Some("%s".to_string()), None, None, None).unwrap();
                    let messages = vec![ChatMessage::new_user_message("Hello")];
                }
                """.formatted(keys.mistral()));
        // Another crate's Client, in a file that never names Mistral's.
        TestFiles.write(project, "src/other.rs", """
                use acme_client::Client;
                // Unlike the Mistral one, this client takes a token.
                fn main() {
                    let client = Client::new(Some("%s".to_string()), None);
                }
                """.formatted(keys.mistral()));

        assertThat(scan().findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple(at("src/main.rs", 4, 36)));
    }

    @Test
    void findsABearerHeaderSentToTheMistralApiAFewLinesUp() throws Exception {
        TestFiles.write(project, "web/chat.js", """
                export async function chat(messages) {
                  const response = await fetch("https://api.mistral.ai/v1/chat/completions", {
                    method: "POST",
                    headers: {
                      "Content-Type": "application/json",
                      Authorization: "Bearer %s",
                    },
                    body: JSON.stringify({ model: "mistral-small-2506", messages }),
                  });
                  return response.json();
                }
                """.formatted(keys.mistral()));
        TestFiles.write(project, "scripts/chat.py", """
                import requests

                API_URL = "https://api.mistral.ai/v1/chat/completions"

                HEADERS = {
                    "Authorization": "Bearer %s",
                    "Content-Type": "application/json",
                }
                """.formatted(keys.mistral()));

        assertThat(scan().findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple(at("scripts/chat.py", 6, 30)), tuple(at("web/chat.js", 6, 30)));
    }

    @Test
    void aBearerHeaderFarFromMistralOrAKeyNotInAHeaderStaysQuiet() throws Exception {
        TestFiles.write(project, "scripts/clients.py", """
                MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
                # Mistral is configured above; the lines below talk to another service.



                ACME_URL = "https://api.acme.test/v1"

                ACME_HEADERS = {
                    "Authorization": "Bearer %s",
                }

                SESSION = "%s"
                """.formatted(keys.mistral(), keys.mistral()));

        assertThat(scan().findings()).isEmpty();
    }

    @Test
    void findsAKeyBesideProviderMistralInAYamlMappingAcrossABlankLine() throws Exception {
        TestFiles.write(project, "config/llm.yaml", """
                llm:
                  provider: mistral
                  model: mistral-small-2506

                  api_key: %s
                embeddings:
                  provider: openai

                  api_key: %s
                """.formatted(keys.mistral(), keys.mistral()));

        assertThat(scan().findings()).extracting(Finding::ruleId, finding -> finding.location().orElseThrow())
                .containsExactly(tuple(at("config/llm.yaml", 5, 12)));
    }
}
