package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.source.Argument;
import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mistral chat models built with Python frameworks, each told by what the file imports:
 * LlamaIndex {@code MistralAI(...)} ({@code llama_index.llms.mistralai}), Haystack
 * {@code MistralChatGenerator(...)} ({@code haystack_integrations.components.generators.mistral},
 * with {@code max_tokens} and {@code temperature} in {@code generation_kwargs}), and the LiteLLM
 * calls {@code completion(...)} / {@code acompletion(...)} and CrewAI's {@code LLM(...)}, which
 * reach Mistral only for a model written with LiteLLM's {@code mistral/} or {@code codestral/}
 * provider prefix; the id after it is the one checked. {@code ollama/mistral} and Ollama's own
 * classes run a model locally, not Mistral's API, and are not calls. Their embedding classes
 * ({@link #embedderOf}) are embeddings calls, checked for their model alone.
 */
final class PythonFrameworkCalls {

    /** LiteLLM's providers that are Mistral's API (api.mistral.ai and codestral.mistral.ai). */
    private static final List<String> MISTRAL_PREFIXES = List.of("mistral/", "codestral/");

    private PythonFrameworkCalls() {
    }

    static List<ChatCall> find(String file, Bindings bindings) {
        List<ChatCall> calls = new ArrayList<>();
        for (Site site : sites(bindings)) {
            if (site.endpoint() == Endpoint.EMBEDDINGS) {
                calls.add(embeddings(file, bindings, site));
            } else {
                read(file, bindings, site.sdk(), site.start(), site.open()).ifPresent(calls::add);
            }
        }
        return calls;
    }

    /**
     * The timeout and retries each framework call of the file sets: LlamaIndex's {@code timeout=}
     * (seconds, default 120) and {@code max_retries=} (default 5), LiteLLM's and CrewAI's
     * {@code timeout=} (LiteLLM's default is 6000 s); their retries are not read. Haystack's
     * generator times out after 30 s unless told otherwise: not reported, so not read.
     */
    static List<ClientConstruction> clients(String file, Bindings bindings) {
        SourceTokens source = bindings.source();
        List<ClientConstruction> clients = new ArrayList<>();
        for (Site site : sites(bindings)) {
            if (site.sdk() == Sdk.HAYSTACK || site.endpoint() == Endpoint.EMBEDDINGS || read(file, bindings, site.sdk(), site.start(), site.open()).isEmpty()) {
                continue;
            }
            Value.Mapping options = bindings.keywordArguments(source.arguments(site.open()));
            Parameter timeout = CallReader.parameter(bindings, options, "timeout");
            if (site.sdk() == Sdk.LITELLM && timeout instanceof Parameter.Missing) {
                timeout = CallReader.parameter(bindings, options, "request_timeout");
            }
            Parameter retries = site.sdk() == Sdk.LLAMA_INDEX ? CallReader.parameter(bindings, options, "max_retries")
                    : new Parameter.Given(new Value.Unknown("num_retries"));
            Token at = source.get(site.start());
            clients.add(new ClientConstruction(site.sdk(), source.calleeText(site.start(), site.open()),
                    new Location(file, at.line(), at.column()), timeout, retries));
        }
        return clients;
    }

    /** A call of a framework's class or function: where its callee starts and its opening parenthesis. */
    private record Site(Sdk sdk, Endpoint endpoint, String modelKey, int start, int open) {
    }

    /** A framework's Mistral embedding class, told by its dotted name, and the keyword naming its model. */
    private record Embedder(Sdk sdk, String modelKey) {
    }

    private static List<Site> sites(Bindings bindings) {
        SourceTokens source = bindings.source();
        List<Site> sites = new ArrayList<>();
        PythonImports imports = PythonImports.of(source);
        for (int i = 0; i + 1 < source.size(); i++) {
            if (!source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")
                    || source.isIdentifier(i - 1, "def") || source.isIdentifier(i - 1, "class")) {
                continue;
            }
            int start = source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
            Optional<String> name = imports.resolve(source, start, i);
            Optional<Sdk> framework = name.flatMap(PythonFrameworkCalls::frameworkOf);
            Optional<Embedder> embedder = name.flatMap(PythonFrameworkCalls::embedderOf);
            if (framework.isPresent()) {
                sites.add(new Site(framework.get(), Endpoint.CHAT, "model", start, i + 1));
            } else if (embedder.isPresent()) {
                sites.add(new Site(embedder.get().sdk(), Endpoint.EMBEDDINGS, embedder.get().modelKey(), start, i + 1));
            }
        }
        return sites;
    }

    private static Optional<Sdk> frameworkOf(String name) {
        if (name.startsWith("llama_index.llms.mistralai.") && name.endsWith(".MistralAI")) {
            return Optional.of(Sdk.LLAMA_INDEX);
        }
        if (name.equals("litellm.completion") || name.equals("litellm.acompletion")) {
            return Optional.of(Sdk.LITELLM);
        }
        if (name.startsWith("haystack_integrations.components.generators.mistral.") && name.endsWith(".MistralChatGenerator")) {
            return Optional.of(Sdk.HAYSTACK);
        }
        if (name.equals("crewai.LLM") || name.equals("crewai.llm.LLM")) {
            return Optional.of(Sdk.CREWAI);
        }
        return Optional.empty();
    }

    /**
     * The Mistral embedding classes: LangChain's {@code MistralAIEmbeddings(model=...)}, LlamaIndex's
     * {@code MistralAIEmbedding(model_name=...)}, Haystack's {@code MistralDocumentEmbedder} and
     * {@code MistralTextEmbedder} ({@code model=...}).
     */
    private static Optional<Embedder> embedderOf(String name) {
        if (name.startsWith("langchain_mistralai.") && name.endsWith(".MistralAIEmbeddings")) {
            return Optional.of(new Embedder(Sdk.LANGCHAIN_PYTHON, "model"));
        }
        if (name.startsWith("llama_index.embeddings.mistralai.") && name.endsWith(".MistralAIEmbedding")) {
            return Optional.of(new Embedder(Sdk.LLAMA_INDEX, "model_name"));
        }
        boolean haystack = name.startsWith("haystack_integrations.components.embedders.mistral.");
        if (haystack && (name.endsWith(".MistralDocumentEmbedder") || name.endsWith(".MistralTextEmbedder"))) {
            return Optional.of(new Embedder(Sdk.HAYSTACK, "model"));
        }
        return Optional.empty();
    }

    /** An embedding object: its model only; none written is the framework's default, which is not reported. */
    private static ChatCall embeddings(String file, Bindings bindings, Site site) {
        SourceTokens source = bindings.source();
        Value.Mapping options = bindings.keywordArguments(source.arguments(site.open()));
        Parameter model = CallReader.parameter(bindings, options, site.modelKey());
        Parameter none = new Parameter.Unseen();
        Token at = source.get(site.start());
        return new ChatCall(site.sdk(), source.calleeText(site.start(), site.open()),
                new Location(file, at.line(), at.column()), model, none, none, options.complete(), false, List.of(),
                Endpoint.EMBEDDINGS, List.of());
    }

    private static Optional<ChatCall> read(String file, Bindings bindings, Sdk sdk, int start, int open) {
        SourceTokens source = bindings.source();
        List<Argument> arguments = source.arguments(open);
        Value.Mapping options = bindings.keywordArguments(arguments);
        Parameter model = CallReader.parameter(bindings, options, "model");
        boolean positionalModel = sdk == Sdk.LITELLM || sdk == Sdk.CREWAI;
        if (model instanceof Parameter.Missing && positionalModel && !arguments.isEmpty() && arguments.get(0).isPositional()) {
            Value first = bindings.resolve(arguments.get(0).value());
            model = first instanceof Value.Nothing ? new Parameter.Missing() : new Parameter.Given(first);
        }
        if (positionalModel) {
            Optional<Value.Text> routed = mistralModel(model);
            if (routed.isEmpty()) {
                return Optional.empty(); // another provider, Ollama, or a model the file does not show
            }
            model = new Parameter.Given(routed.get());
        }
        Parameter maxTokens;
        Parameter temperature;
        if (sdk == Sdk.HAYSTACK) {
            Parameter generation = CallReader.parameter(bindings, options, "generation_kwargs");
            if (generation instanceof Parameter.Given given && given.value() instanceof Value.Mapping kwargs) {
                maxTokens = CallReader.parameter(bindings, kwargs, "max_tokens");
                temperature = CallReader.parameter(bindings, kwargs, "temperature");
            } else if (generation instanceof Parameter.Given) {
                maxTokens = new Parameter.Unseen();
                temperature = new Parameter.Unseen();
            } else {
                maxTokens = generation;
                temperature = generation;
            }
        } else {
            // LiteLLM and CrewAI send max_completion_tokens to Mistral as max_tokens
            maxTokens = sdk == Sdk.LITELLM || sdk == Sdk.CREWAI
                    ? CallReader.firstOf(bindings, options, "max_tokens", "max_completion_tokens")
                    : CallReader.parameter(bindings, options, "max_tokens");
            temperature = CallReader.parameter(bindings, options, "temperature");
        }
        if (sdk == Sdk.LLAMA_INDEX && maxTokens instanceof Parameter.Missing) {
            // LlamaIndex sends max_tokens=512 when none is given: the reply is bounded
            maxTokens = new Parameter.Given(new Value.Unknown("LlamaIndex's default max_tokens of 512"));
        }
        Token at = source.get(start);
        return Optional.of(new ChatCall(sdk, source.calleeText(start, open), new Location(file, at.line(), at.column()),
                model, maxTokens, temperature, options.complete(), false));
    }

    /** The Mistral model id of a LiteLLM model string, {@code mistral/mistral-small-2603}, placed at the string. */
    private static Optional<Value.Text> mistralModel(Parameter model) {
        if (model instanceof Parameter.Given given && given.value() instanceof Value.Text text) {
            for (String prefix : MISTRAL_PREFIXES) {
                if (text.text().startsWith(prefix)) {
                    return Optional.of(new Value.Text(text.text().substring(prefix.length()), text.where()));
                }
            }
        }
        return Optional.empty();
    }
}
