package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.TokenSpan;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Turns a call site and its options into a {@link ChatCall}; shared by the language finders. */
final class CallReader {

    private CallReader() {
    }

    /**
     * Parameters an SDK deprecated, by SDK, with the name that replaces each (research notes 3.2
     * and 3.6: {@code safeMode} of the 0.x JS client and of LangChain.js gave way to {@code safePrompt}).
     */
    static final Map<Sdk, Map<String, String>> DEPRECATED_NAMES = Map.of(
            Sdk.TYPESCRIPT_LEGACY, Map.of("safeMode", "safePrompt"),
            Sdk.LANGCHAIN_JS, Map.of("safeMode", "safePrompt"));

    /** Parameters Mistral rejects with 422 when an OpenAI client sends them. */
    static final List<String> REJECTED_BY_MISTRAL = List.of("max_completion_tokens", "store");

    static ChatCall read(Bindings bindings, Sdk sdk, String file, int calleeStart, int open, Value options) {
        return read(bindings, sdk, file, calleeStart, open, options, mapping -> parameter(bindings, mapping, "model"));
    }

    /** As {@link #read(Bindings, Sdk, String, int, int, Value)}, with the model read from the options by {@code model}. */
    static ChatCall read(Bindings bindings, Sdk sdk, String file, int calleeStart, int open, Value options,
                         Function<Value.Mapping, Parameter> model) {
        SourceTokens source = bindings.source();
        Token start = source.get(calleeStart);
        String callee = source.calleeText(calleeStart, open);
        Location at = new Location(file, start.line(), start.column());
        if (!(options instanceof Value.Mapping mapping)) {
            Parameter unseen = new Parameter.Unseen();
            return new ChatCall(sdk, callee, at, unseen, unseen, unseen, false, false);
        }
        Parameter maxTokens = parameter(bindings, mapping, sdk.maxTokens());
        if (sdk == Sdk.VERCEL_AI && mapping.entry("maxTokens").isPresent()) {
            maxTokens = parameter(bindings, mapping, "maxTokens"); // AI SDK 4.x
        }
        List<ChatCall.Rejected> rejected = new ArrayList<>();
        if (sdk == Sdk.OPENAI_TYPESCRIPT || sdk == Sdk.OPENAI_PYTHON) {
            for (String name : REJECTED_BY_MISTRAL) {
                mapping.entry(name).ifPresent(span -> rejected.add(new ChatCall.Rejected(name, keyAt(source, file, span, at))));
            }
        }
        List<ChatCall.Renamed> renamed = new ArrayList<>();
        DEPRECATED_NAMES.getOrDefault(sdk, Map.of()).forEach((name, replacement) -> mapping.entry(name)
                .ifPresent(span -> renamed.add(new ChatCall.Renamed(name, replacement, keyAt(source, file, span, at)))));
        return new ChatCall(sdk, callee, at, model.apply(mapping), maxTokens,
                parameter(bindings, mapping, "temperature"), true,
                mapping.entry(sdk.otherMaxTokensSpelling()).isPresent(), rejected, Endpoint.CHAT, renamed);
    }

    /**
     * A request of an official SDK to {@code endpoint}: an agent completion names no model (the agent
     * is the model); a conversation with an agent is the agent's to configure, and one with a model
     * takes max tokens and temperature from its {@code completion_args} / {@code completionArgs}; an
     * agent's creation or update names the model the agent runs on (in TS, an update names it in
     * its {@code updateAgentRequest}).
     */
    static ChatCall read(Bindings bindings, Sdk sdk, Endpoint endpoint, String file, int calleeStart, int open,
                         Value options) {
        ChatCall call = read(bindings, sdk, file, calleeStart, open, options);
        if (!(options instanceof Value.Mapping mapping)) {
            return withEndpoint(call, endpoint, call.model(), call.maxTokens(), call.temperature());
        }
        Parameter unseen = new Parameter.Unseen();
        String agentKey = sdk == Sdk.PYTHON ? "agent_id" : "agentId";
        return switch (endpoint) {
            case AGENT -> withEndpoint(call, endpoint, unseen, call.maxTokens(), unseen);
            case CONVERSATION -> {
                if (mapping.entry("model").isEmpty() && mapping.entry(agentKey).isPresent()) {
                    yield withEndpoint(call, endpoint, unseen, unseen, unseen);
                }
                Optional<TokenSpan> arguments = mapping.entry(sdk == Sdk.PYTHON ? "completion_args" : "completionArgs");
                if (arguments.isEmpty()) {
                    Parameter absent = mapping.complete() ? new Parameter.Missing() : unseen;
                    yield withEndpoint(call, endpoint, call.model(), absent, absent);
                }
                if (!(completionArguments(bindings, arguments.get()) instanceof Value.Mapping args)) {
                    yield withEndpoint(call, endpoint, call.model(), unseen, unseen);
                }
                yield withEndpoint(call, endpoint, call.model(), parameter(bindings, args, sdk.maxTokens()),
                        parameter(bindings, args, "temperature"));
            }
            case AGENT_SETUP -> {
                // TS: agents.update({ agentId, updateAgentRequest: { model } }); 1.x spelt it agentUpdateRequest
                Optional<TokenSpan> request = mapping.entry("updateAgentRequest").or(() -> mapping.entry("agentUpdateRequest"));
                if (sdk != Sdk.PYTHON && mapping.entry("model").isEmpty() && request.isPresent()) {
                    Value nested = request.get().isEmpty() ? new Value.Unknown("") : bindings.resolve(request.get());
                    Parameter model = nested instanceof Value.Mapping update ? parameter(bindings, update, "model") : unseen;
                    yield withEndpoint(call, endpoint, model, unseen, unseen);
                }
                yield withEndpoint(call, endpoint, call.model(), unseen, unseen);
            }
            default -> withEndpoint(call, endpoint, call.model(), call.maxTokens(), call.temperature());
        };
    }

    /** A conversation's completion arguments: a dict or object literal, or {@code CompletionArgs(max_tokens=...)}. */
    private static Value completionArguments(Bindings bindings, TokenSpan span) {
        SourceTokens source = bindings.source();
        if (!span.isEmpty() && source.isIdentifier(span.from(), "CompletionArgs") && source.isPunctuation(span.from() + 1, "(")
                && source.closing(span.from() + 1).orElse(-1) == span.to() - 1) {
            return bindings.keywordArguments(source.arguments(span.from() + 1));
        }
        return span.isEmpty() ? new Value.Unknown("") : bindings.resolve(span);
    }

    private static ChatCall withEndpoint(ChatCall call, Endpoint endpoint, Parameter model, Parameter maxTokens,
                                         Parameter temperature) {
        return new ChatCall(call.sdk(), call.callee(), call.at(), model, maxTokens, temperature, call.optionsVisible(),
                call.otherMaxTokensSpelling(), call.rejected(), endpoint, call.renamed());
    }

    /** The first of {@code keys} the options set, else the first key's absence: {@code model} or {@code modelName}. */
    static Parameter firstOf(Bindings bindings, Value.Mapping options, String... keys) {
        for (String key : keys) {
            if (options.entry(key).isPresent()) {
                return parameter(bindings, options, key);
            }
        }
        return parameter(bindings, options, keys[0]);
    }

    /** Where an entry's key is written: two tokens before its value ({@code key: value}, {@code key=value}). */
    private static Location keyAt(SourceTokens source, String file, TokenSpan value, Location call) {
        if (value.size() == 1 && source.isKind(value.from(), TokenKind.IDENTIFIER) && !source.isPunctuation(value.from() - 1, ":")) {
            Token shorthand = source.get(value.from()); // { safeMode }: the key is the value
            return new Location(file, shorthand.line(), shorthand.column());
        }
        if (value.isEmpty() || value.from() < 2) {
            return call;
        }
        Token key = source.get(value.from() - 2);
        return new Location(file, key.line(), key.column());
    }

    static Parameter parameter(Bindings bindings, Value.Mapping options, String key) {
        Optional<TokenSpan> span = options.entry(key);
        if (span.isEmpty()) {
            return options.complete() ? new Parameter.Missing() : new Parameter.Unseen();
        }
        if (span.get().isEmpty()) {
            return new Parameter.Given(new Value.Unknown(key)); // a method or getter named like the key
        }
        Value value = bindings.resolve(span.get());
        return value instanceof Value.Nothing ? new Parameter.Missing() : new Parameter.Given(value);
    }

    /**
     * Where the receiver of a member call starts, from the dot before the member: over
     * {@code a.b.c}, {@code this.client} and a constructor call {@code new MistralClient(key)}.
     */
    static int receiverStart(SourceTokens source, int dot) {
        int index = dot - 1;
        if (source.isPunctuation(index, ")")) {
            OptionalInt open = source.opening(index);
            if (open.isEmpty()) {
                return index;
            }
            index = open.getAsInt() - 1;
            if (source.isIdentifier(index - 1, "new")) {
                return index - 1;
            }
        }
        while (source.isKind(index, TokenKind.IDENTIFIER)
                && (source.isPunctuation(index - 1, ".") || source.isPunctuation(index - 1, "?."))
                && source.isKind(index - 2, TokenKind.IDENTIFIER)) {
            index -= 2;
        }
        return Math.max(index, 0);
    }

    /** The name a construction at {@code start} is assigned to: {@code client = new X()}, {@code this.client = X()}. */
    static Optional<String> assignedName(SourceTokens source, int start) {
        if (source.isPunctuation(start - 1, "=") && source.isKind(start - 2, TokenKind.IDENTIFIER)) {
            return Optional.of(source.get(start - 2).text());
        }
        return Optional.empty();
    }
}
