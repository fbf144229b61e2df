package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a Python or TS/JS file must hold to be tokenised at all ({@link CallWords}): the SDK's
 * own method paths still count in a file that never says mistral, on a client it was handed.
 */
class CallWordsTest {

    @Test
    void aFileWithoutAnyOfTheWordsIsNotWorthReading() {
        assertThat(CallWords.mayHoldCalls("def add(a, b):\n    return a + b\n")).isFalse();
        assertThat(CallWords.mayHoldCalls("export const total = (items) => items.reduce((a, b) => a + b, 0);\n")).isFalse();
        assertThat(CallWords.mayHoldCalls("")).isFalse();
    }

    @Test
    void everyProviderSpellingAndSdkPathOpensTheFile() {
        assertThat(CallWords.mayHoldCalls("from mistralai import Mistral")).isTrue();
        assertThat(CallWords.mayHoldCalls("llm = ChatMistralAI(model=name)")).isTrue();
        assertThat(CallWords.mayHoldCalls("completion(model=\"codestral/\" + name)")).isTrue();
        assertThat(CallWords.mayHoldCalls("key = os.environ[\"MISTRAL_API_KEY\"]")).isTrue();
        for (String path : new String[] {"chat.complete", "fim.complete", "agents.complete", "beta.conversations.start"}) {
            assertThat(CallWords.mayHoldCalls("client." + path + "(x)")).as(path).isTrue();
        }
    }

    /** One file per path, so that each word alone must open its file; the call is on line 2, after the indent. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ask.py | client.chat.complete(model=model, messages=messages, max_tokens=100) | CHAT",
            "ask.py | client.fim.complete(model=model, prompt=prompt, max_tokens=100)      | FIM",
            "ask.py | client.agents.complete(agent_id=model, messages=messages)            | AGENT",
            "ask.py | client.beta.conversations.start(model=model, inputs=prompt)          | CONVERSATION",
            "ask.ts | client.chat.complete({ model, messages, maxTokens: 100 })            | CHAT",
            "ask.ts | client.fim.complete({ model, prompt, maxTokens: 100 })               | FIM",
            "ask.ts | client.agents.complete({ agentId: model, messages })                 | AGENT",
            "ask.ts | client.beta.conversations.start({ model, inputs: prompt })           | CONVERSATION"})
    void callsOnAHandedInClientAreStillFoundWithoutTheWordMistral(String file, String call, Endpoint endpoint) {
        boolean python = file.endsWith(".py");
        String prefix = python ? "    return " : "  return await ";
        String text = python
                ? "def ask(client, model, messages, prompt):\n" + prefix + call + "\n"
                : "export async function ask(client, model, messages, prompt) {\n" + prefix + call + ";\n}\n";
        FileCalls calls = python ? PythonCalls.find(file, text) : JavaScriptCalls.find(file, text);

        assertThat(calls.calls()).singleElement().satisfies(found -> {
            assertThat(found.at()).isEqualTo(new Location(file, 2, prefix.length() + 1));
            assertThat(found.endpoint()).isEqualTo(endpoint);
        });
    }
}
