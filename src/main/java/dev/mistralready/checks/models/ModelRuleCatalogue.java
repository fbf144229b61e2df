package dev.mistralready.checks.models;

import static dev.mistralready.check.Rule.error;
import static dev.mistralready.check.Rule.warning;

import dev.mistralready.check.Rule;
import java.util.List;

/** The rules the {@code model-config} gate can report, for the rule catalogue. */
final class ModelRuleCatalogue {

    static final List<Rule> RULES = List.of(
            error(ModelRules.FLOATING_ALIAS, "A floating model alias or a legacy model name",
                    "An alias such as `mistral-large-latest` moves to a new model without a deploy: answers, cost and"
                            + " latency change under a release nobody tested, and rolling the app back does not bring"
                            + " the old model back.",
                    "Pin the dated id the alias points to today, which the message names (`mistral-large-latest` →"
                            + " `mistral-large-2512`), or list the alias in `allow-aliases` when following the newest"
                            + " model is intended.")
                    .withFinds("A model id that can point to another model without a deploy, unless it is listed in"
                            + " `allow-aliases`: a `-latest` name (also one the catalogue does not know), another alias"
                            + " of the catalogue (`mistral-medium-3`, `mistral-ocr-4`) or a legacy 2023 name"
                            + " (`mistral-tiny`, `mistral-small`, `mistral-medium`); also an alias the docs no longer"
                            + " point anywhere (`mistral-moderation-latest`, last documented for"
                            + " `mistral-moderation-2411`), whose target today is unknown, so the fix names the model"
                            + " the docs call current and `GET /v1/models`. An alias of a retired, deprecated or Labs"
                            + " model is reported as that instead (MR-MOD-002, 003, 004).")
                    .withExample("""
                            ```python
                            client.chat.complete(model="mistral-large-latest", max_tokens=1024, temperature=0.3, messages=messages)
                            # fixed:
                            client.chat.complete(model="mistral-large-2512", max_tokens=1024, temperature=0.3, messages=messages)
                            ```"""),
            error(ModelRules.RETIRED, "A retired model",
                    "Mistral no longer serves a model past its retirement date, so every request naming it fails.",
                    "Switch to the replacement the message names (a replacement that is itself retired is followed to"
                            + " its own), or to a current model from `GET /v1/models` when the catalogue names none.")
                    .withFinds("A model whose retirement date is today or earlier (or that the catalogue marks retired"
                            + " without a date), also when it is named through an alias or a legacy name; with a key's"
                            + " model list it stays MR-MOD-002, whether the list has it or not.")
                    .withExample("""
                            ```python
                            client.chat.complete(model="open-mixtral-8x22b", max_tokens=1024, temperature=0.3, messages=messages)
                            # fixed:
                            client.chat.complete(model="mistral-small-2603", max_tokens=1024, temperature=0.3, messages=messages)
                            ```"""),
            warning(ModelRules.DEPRECATED, "A deprecated model",
                    "A deprecated model has a retirement date; on that day every request naming it starts failing.",
                    "Move to the replacement the message names before the retirement date it gives.")
                    .withFinds("A model deprecated by today (its deprecation date has come, or the catalogue marks it"
                            + " deprecated) whose retirement date is still ahead, also when it is named through an"
                            + " alias."),
            warning(ModelRules.LABS, "A Labs model",
                    "Mistral may remove a Labs model with two weeks' notice and does not recommend Labs models for"
                            + " production, so a feature built on one can stop working at short notice.",
                    "Use a generally available model in production and keep Labs models to experiments.")
                    .withFinds("A model the catalogue flags as a Labs model, or an id starting with `labs-` that the"
                            + " catalogue does not have: Mistral may remove it with two weeks' notice and does not"
                            + " recommend it for production. A retired Labs model is MR-MOD-002."),
            warning(ModelRules.UNKNOWN, "A model id the catalogue does not know",
                    "An id the catalogue does not know is often a typo or a name Mistral never served, and the API"
                            + " rejects every request naming it; it may also be a model newer than the catalogue,"
                            + " which `GET /v1/models` settles.",
                    "Check the id against `GET /v1/models` (or docs.mistral.ai/models) and use a dated id it lists;"
                            + " for a misspelling such as `mistral-medium-3.5` the message suggests the catalogue's"
                            + " spelling (`mistral-medium-3-5`).")
                    .withFinds("A model id that is not in the bundled catalogue as a dated id, an alias or a legacy"
                            + " name, when no live model list was read (a `-latest` id the catalogue lacks is MR-MOD-001"
                            + " and a `labs-` id MR-MOD-004 instead); with a key's model list, an id the list has is not"
                            + " reported and one it lacks is MR-MOD-013. Vertex AI, Bedrock and Azure ids are named in"
                            + " the details, not judged. When writing `-` for `.` gives a catalogue id"
                            + " (`mistral-medium-3.5`), the fix suggests it.")
                    .withExample("""
                            ```python
                            client.chat.complete(model="mistral-medium-3.5", max_tokens=1024, temperature=0.3, messages=messages)
                            # fixed:
                            client.chat.complete(model="mistral-medium-3-5", max_tokens=1024, temperature=0.3, messages=messages)
                            ```"""),
            error(ParameterRules.NO_MAX_TOKENS, "A call without max tokens",
                    "Without a limit a reply can run on to the model's context limit, so one runaway answer"
                            + " multiplies the cost and latency of a request and can hold it for minutes.",
                    "Set max tokens in the SDK's own spelling, sized to the longest reply you need: `maxTokens: 1024`"
                            + " / `max_tokens=1024`, `.maxTokens(1024)` on a LangChain4j builder, or"
                            + " `<prefix>.max-tokens` in Spring configuration (the message names the exact setting).")
                    .withFinds("A chat (structured output included), FIM, agent or conversation call whose options"
                            + " the file shows in full and that sets no max tokens in its SDK's spelling (`maxTokens`"
                            + " in TS/JS, `max_tokens` in Python and in a JSON body, `.maxTokens(...)` on a LangChain4j"
                            + " builder, `max-tokens` in Spring configuration, `maxOutputTokens` (4.x: `maxTokens`) in"
                            + " the AI SDK, `completion_args` / `completionArgs` for a conversation); `null`, `None`"
                            + " or an empty value counts as not set, and the message calls out the other SDK's"
                            + " spelling when the call uses it. A Spring AI model builder given no options is"
                            + " reported (Spring AI sends none); LlamaIndex `MistralAI(...)` is not (it sends 512),"
                            + " and an OpenAI client's `max_completion_tokens` is MR-MOD-014 instead.")
                    .withExample("""
                            ```python
                            client.chat.complete(model="mistral-small-2603", temperature=0.3, messages=messages)
                            # fixed:
                            client.chat.complete(model="mistral-small-2603", temperature=0.3, max_tokens=1024, messages=messages)
                            ```"""),
            warning(ParameterRules.NO_TEMPERATURE, "A call without temperature",
                    "Without it the framework's or the model's default applies, and those differ (0.7, 0.1, the"
                            + " model's own), so the same code answers differently after a library upgrade or a model"
                            + " change.",
                    "Set `temperature` explicitly, e.g. to 0.3 (Mistral recommends 0.0 to 0.7).")
                    .withFinds("A chat, FIM or conversation call whose options the file shows in full and that sets"
                            + " no `temperature` (not an agent completion: the agent holds it). The message says what"
                            + " is then sent: LangChain (Python and JS) and Spring AI send 0.7, LlamaIndex 0.1, the AI"
                            + " SDK 0 in 4.x and none from 5.0; elsewhere the model's default applies, and it differs"
                            + " by model.")
                    .withExample("""
                            ```python
                            client.chat.complete(model="mistral-small-2603", max_tokens=1024, messages=messages)
                            # fixed:
                            client.chat.complete(model="mistral-small-2603", max_tokens=1024, temperature=0.3, messages=messages)
                            ```"""),
            error(ParameterRules.TEMPERATURE_RANGE, "A temperature outside 0 to 1",
                    "Mistral rejects such a request with 400, so every call with it fails.",
                    "Use a temperature between 0 and 1 (Mistral recommends 0.0 to 0.7).")
                    .withFinds("A `temperature` the file gives as a number (written out or through a constant) below"
                            + " 0 or above 1, on a call that takes one: Mistral rejects the request with 400.")
                    .withExample("""
                            ```properties
                            spring.ai.mistralai.chat.options.temperature=1.5
                            # fixed:
                            spring.ai.mistralai.chat.options.temperature=0.3
                            ```"""),
            error(ResilienceRules.NO_TIMEOUT, "A client without a timeout, where the SDK has no default",
                    "A stalled request then waits indefinitely, holding a thread or a connection; enough of them and"
                            + " the app runs out and stops answering.",
                    "Set `timeoutMs: 30_000` on `new Mistral({...})` or pass `timeout_ms=30_000` to `Mistral(...)` (or"
                            + " set it on every call), and for the AI SDK pass `timeout` or `abortSignal`, sized to the"
                            + " slowest answer you accept.")
                    .withFinds("An official `new Mistral({...})` / `Mistral(...)` client with no `timeoutMs` /"
                            + " `timeout_ms`, and not the same on every call made on it or on every official call of"
                            + " that language in the project, where the SDK release has no default timeout"
                            + " (`@mistralai/mistralai` 1.0 to 2.1.x, `mistralai` 1.x to 2.2.x) or no manifest gives"
                            + " the release (read conservatively, as no default); also a Vercel AI SDK `generateText` /"
                            + " `streamText` with a Mistral model and neither `timeout` nor `abortSignal`. A client"
                            + " whose options are built in another file is named in the details instead.")
                    .withExample("""
                            ```js
                            // package.json: "@mistralai/mistralai": "^1.5.0"
                            const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
                            // fixed:
                            const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY, timeoutMs: 30_000 });
                            ```"""),
            warning(ResilienceRules.LONG_DEFAULT_TIMEOUT, "A client relying on a default timeout of a minute or more",
                    "A default of a minute or more keeps users waiting long after an answer is of use, and while the"
                            + " API is slow every waiting request holds a thread or a connection of the app.",
                    "Set the timeout explicitly, sized to the slowest answer you accept: `timeoutMs` / `timeout_ms` on"
                            + " the official clients, `timeout` on OpenAI clients (ms in Node, seconds in Python), in"
                            + " seconds on the 0.x clients and the Python frameworks, `.timeout(Duration.ofSeconds(30))`"
                            + " on a LangChain4j builder, `langchain4j.mistral-ai.chat-model.timeout=30s` for the"
                            + " starter.")
                    .withFinds("A client with no timeout whose default is 60 s or more: `new Mistral({...})` /"
                            + " `Mistral(...)` of `@mistralai/mistralai` 2.2.5 or later or `mistralai` 2.4.3 or later"
                            + " (60 s, then 300 s); the 0.x `MistralClient` (120 s: `new MistralClient(key, endpoint,"
                            + " maxRetries, timeout)`, `MistralClient(timeout=...)`); a LangChain4j chat or FIM builder"
                            + " (`MistralAiChatModel`, `MistralAiStreamingChatModel`, `MistralAiFimModel`,"
                            + " `MistralAiStreamingFimModel`) without `.timeout(...)`, or a starter"
                            + " `langchain4j.mistral-ai.chat-model.*` / `.streaming-chat-model.*` without `timeout`"
                            + " (60 s); an OpenAI client pointed at Mistral without `timeout` (600 s); LangChain Python"
                            + " `ChatMistralAI` or LlamaIndex `MistralAI` without `timeout=` (120 s); LiteLLM"
                            + " `completion` / CrewAI `LLM` with a `mistral/` model without `timeout=` (LiteLLM also"
                            + " reads `request_timeout=`; 6000 s).")
                    .withExample("""
                            ```python
                            llm = ChatMistralAI(model="mistral-small-2603", max_tokens=1024, temperature=0.3)
                            # fixed: 30 s instead of LangChain's 120 s
                            llm = ChatMistralAI(model="mistral-small-2603", max_tokens=1024, temperature=0.3, timeout=30)
                            ```"""),
            warning(ResilienceRules.NO_RETRIES, "A client that never retries",
                    "Without retries one 429 (rate limit) or 503 from the API fails the user's request, although a"
                            + " retry a moment later would usually have succeeded.",
                    "Configure retries with backoff for 429 and 5xx (`retryConfig: { strategy: \"backoff\","
                            + " retryConnectionErrors: true }` / `retry_config=RetryConfig(\"backoff\","
                            + " BackoffStrategy(500, 60_000, 1.5, 300_000), True)`) or use a retry library; where"
                            + " retries were turned off, drop the setting or set 2 to 3 retries"
                            + " (`spring.ai.retry.max-attempts` 3 or more).")
                    .withFinds("An official `new Mistral({...})` / `Mistral(...)` client with no `retryConfig` /"
                            + " `retry_config` (`{ strategy: \"none\" }` counts as none), and not `retries` on every call"
                            + " made on it or on every official call of that language: from 1.0 on the SDK retries"
                            + " nothing unless told to. Also retries turned off where the default retries:"
                            + " `maxRetries: 0` / `max_retries=0` on an OpenAI client pointed at Mistral, LangChain"
                            + " `ChatMistralAI` (JS or Python), the AI SDK's `generateText` / `streamText` or LlamaIndex"
                            + " `MistralAI`; LangChain4j `.maxRetries(0)` (default 2) or the starter's `max-retries`"
                            + " of 0; Spring AI's `spring.ai.retry.max-attempts` of 1 or less (default 10). Each only"
                            + " when no manifest of the file's directory or above (`package.json`, `pyproject.toml`,"
                            + " `requirements.txt`, `pom.xml`, `build.gradle(.kts)`) lists a retry or circuit-breaker"
                            + " library.")
                    .withExample("""
                            ```js
                            const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY, timeoutMs: 30_000 });
                            // fixed:
                            const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY, timeoutMs: 30_000,
                                retryConfig: { strategy: "backoff", retryConnectionErrors: true } });
                            ```"""),
            error(StatusFieldChecks.STATUS_FIELD, "`status` read from a Mistral SDK error",
                    "The official TS SDK's errors carry `statusCode`, not `status`, so a test on `e.status` never"
                            + " matches and the handling it guards for 429 and 5xx (a retry, a fallback, a clear"
                            + " message) never runs.",
                    "Read `statusCode` instead of `status` (MistralError, SDKError and HTTPValidationError carry it;"
                            + " connection and timeout errors carry none).")
                    .withFinds("`status` read from an error of the official TS SDK, whose field is `statusCode`:"
                            + " `e.status`, `e?.status`, `(e as MistralError).status`, `const { status } = e`, also on"
                            + " a local the handler assigns `e` to, in the `catch (e)` of a `try` that calls"
                            + " `.chat.complete(...)` / `.chat.stream(...)` or anything on a `new Mistral(...)` client"
                            + " of the file, in `.catch(e => ...)` chained on such a call, or in a handler that tests"
                            + " `e instanceof MistralError` (`SDKError`, `HTTPValidationError`) in a file importing the"
                            + " SDK. `e.statusCode`, handlers around other clients' calls (an OpenAI client's errors"
                            + " do carry `status`) and setting the field (`e.status = 502`) are not reported.")
                    .withExample("""
                            ```js
                            try {
                              return await client.chat.complete(request);
                            } catch (e) {
                              if (e.status === 429) return retryLater(); // reported: always undefined
                              // fixed: if (e.statusCode === 429) return retryLater();
                              throw e;
                            }
                            ```"""),
            error(ModelRules.NOT_VISIBLE, "A model the key's model list does not have",
                    "Requests made with this key for a model its `GET /v1/models` does not list fail; when it is the"
                            + " key production uses, every such call in production fails.",
                    "Use a model `GET /v1/models` lists for this key, or give the key's workspace access to it.")
                    .withFinds("With a key (`key-env`, not `--offline`) whose `GET /v1/models` answered with a model"
                            + " list: a model id the list does not have, a catalogue model the key's workspace or tier"
                            + " lacks or an id nobody serves; a retired model stays MR-MOD-002, and Vertex AI, Bedrock"
                            + " and Azure ids are not judged."),
            error(ParameterRules.REJECTED_PARAMETER, "An OpenAI-only parameter sent to Mistral",
                    "Mistral rejects `max_completion_tokens` and `store` with 422, so every call sending them fails.",
                    "Use `max_tokens` instead of `max_completion_tokens`, and drop `store` (Mistral does not store"
                            + " completions).")
                    .withFinds("`max_completion_tokens` or `store` in the options of `.chat.completions.create(...)`"
                            + " on an OpenAI client (Node or Python) whose base URL points at `api.mistral.ai`:"
                            + " Mistral rejects the request with 422 (\"Extra inputs are not permitted\").")
                    .withExample("""
                            ```python
                            client = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])
                            client.chat.completions.create(model="mistral-small-2603", max_completion_tokens=1024, messages=messages)
                            # fixed:
                            client.chat.completions.create(model="mistral-small-2603", max_tokens=1024, messages=messages)
                            ```"""),
            warning(ParameterRules.DEPRECATED_PARAMETER, "A request parameter under a deprecated name",
                    "A parameter under a name its SDK deprecated may stop being read in a later release, and the"
                            + " setting then silently stops applying.",
                    "Use `safePrompt` instead of `safeMode`.")
                    .withFinds("`safeMode` set on the 0.x JS client's `.chat(...)` / `.chatStream(...)` or on"
                            + " LangChain.js `new ChatMistralAI({...})`, which deprecated it in favour of"
                            + " `safePrompt`.")
                    .withExample("""
                            ```js
                            const llm = new ChatMistralAI({ model: "mistral-small-2603", maxTokens: 1024, temperature: 0.3, safeMode: true });
                            // fixed:
                            const llm = new ChatMistralAI({ model: "mistral-small-2603", maxTokens: 1024, temperature: 0.3, safePrompt: true });
                            ```"""));

    private ModelRuleCatalogue() {
    }
}
