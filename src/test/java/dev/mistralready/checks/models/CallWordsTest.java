package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** One file per path, so that each word alone must open its file. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ask.py | client.chat.complete(model=model, messages=messages, max_tokens=100)",
            "ask.py | client.fim.complete(model=model, prompt=prompt, max_tokens=100)",
            "ask.py | client.agents.complete(agent_id=model, messages=messages)",
            "ask.py | client.beta.conversations.start(model=model, inputs=prompt)",
            "ask.ts | client.chat.complete({ model, messages, maxTokens: 100 })",
            "ask.ts | client.fim.complete({ model, prompt, maxTokens: 100 })",
            "ask.ts | client.agents.complete({ agentId: model, messages })",
            "ask.ts | client.beta.conversations.start({ model, inputs: prompt })"})
    void callsOnAHandedInClientAreStillFoundWithoutTheWordMistral(String file, String call) {
        String text = file.endsWith(".py")
                ? "def ask(client, model, messages, prompt):\n    return " + call + "\n"
                : "export async function ask(client, model, messages, prompt) {\n  return await " + call + ";\n}\n";
        FileCalls calls = file.endsWith(".py") ? PythonCalls.find(file, text) : JavaScriptCalls.find(file, text);

        assertThat(calls.calls()).hasSize(1);
    }

    @Test
    void aFileWithNoneOfTheWordsHasNoCalls() {
        String text = "import requests\n\ndef fetch(url):\n    return requests.post(url, json={\"model\": \"m\"})\n";

        assertThat(PythonCalls.find("fetch.py", text).usesMistral()).isFalse();
        assertThat(JavaScriptCalls.find("fetch.js", "fetch(url, { method: 'POST', body: JSON.stringify({ model: 'm' }) });\n")
                .usesMistral()).isFalse();
    }
}
