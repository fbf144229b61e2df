package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void pythonCallsOnAHandedInClientAreStillFoundWithoutTheWordMistral() {
        // one file per path, so that each word alone must open its file
        for (String call : new String[] {
                "client.chat.complete(model=model, messages=messages, max_tokens=100)",
                "client.fim.complete(model=model, prompt=prompt, max_tokens=100)",
                "client.agents.complete(agent_id=model, messages=messages)",
                "client.beta.conversations.start(model=model, inputs=prompt)"}) {
            String text = "def ask(client, model, messages, prompt):\n    return " + call + "\n";

            assertThat(PythonCalls.find("ask.py", text).calls()).as(call).hasSize(1);
        }
    }

    @Test
    void javaScriptCallsOnAHandedInClientAreStillFoundWithoutTheWordMistral() {
        for (String call : new String[] {
                "client.chat.complete({ model, messages, maxTokens: 100 })",
                "client.fim.complete({ model, prompt, maxTokens: 100 })",
                "client.agents.complete({ agentId: model, messages })",
                "client.beta.conversations.start({ model, inputs: prompt })"}) {
            String text = "export async function ask(client, model, messages, prompt) {\n  return await " + call + ";\n}\n";

            assertThat(JavaScriptCalls.find("ask.ts", text).calls()).as(call).hasSize(1);
        }
    }

    @Test
    void aFileWithNoneOfTheWordsHasNoCalls() {
        String text = "import requests\n\ndef fetch(url):\n    return requests.post(url, json={\"model\": \"m\"})\n";

        assertThat(PythonCalls.find("fetch.py", text).usesMistral()).isFalse();
        assertThat(JavaScriptCalls.find("fetch.js", "fetch(url, { method: 'POST', body: JSON.stringify({ model: 'm' }) });\n")
                .usesMistral()).isFalse();
    }
}
