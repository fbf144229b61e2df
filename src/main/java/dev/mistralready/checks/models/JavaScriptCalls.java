package dev.mistralready.checks.models;

import dev.mistralready.project.source.Argument;
import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.TokenSpan;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds Mistral calls in TypeScript and JavaScript: {@code new Mistral({...})} clients and the
 * official SDK's request methods ({@link SdkMethods}: {@code .chat.complete({...})},
 * {@code .chat.parse}, {@code .fim.complete}, {@code .agents.complete}, {@code .embeddings.create}
 * and kin; the chat paths on any receiver, since they are the official SDK's own), and the 0.x {@code MistralClient}'s {@code .chat({...})} /
 * {@code .chatStream({...})} on a receiver built with {@code new MistralClient(...)} in the file,
 * since {@code .chat(} alone is too common a name. Also: {@code new OpenAI({ baseURL })} clients whose
 * base URL is Mistral's and their {@code .chat.completions.create({...})}, LangChain.js
 * {@code new ChatMistralAI({...})}, and the Vercel AI SDK's {@code generateText({...})} /
 * {@code streamText({...})} / {@code generateObject({...})} / {@code streamObject({...})} with a model
 * from {@code @ai-sdk/mistral} written in the call, and its {@code embed} / {@code embedMany} with
 * {@code mistral.embedding("id")} or {@code mistral.textEmbeddingModel("id")} (embeddings calls).
 */
final class JavaScriptCalls {

    private static final Set<String> LEGACY_METHODS = Set.of("chat", "chatStream");
    private static final Set<String> AI_SDK_CALLS = Set.of("generateText", "streamText", "generateObject", "streamObject");
    private static final Set<String> AI_SDK_EMBED_CALLS = Set.of("embed", "embedMany");
    private static final Set<String> AI_SDK_MODEL_METHODS = Set.of("chat", "languageModel");
    private static final Set<String> AI_SDK_EMBEDDING_METHODS = Set.of("embedding", "textEmbedding", "textEmbeddingModel");
    static final String MISTRAL_HOST = "api.mistral.ai";

    private JavaScriptCalls() {
    }

    static FileCalls find(String file, String text) {
        if (!CallWords.mayHoldCalls(text)) {
            return new FileCalls(file, 0, List.of());
        }
        SourceTokens source = SourceTokens.javaScript(text);
        SdkImports imports = SdkImports.of(source);
        int clients = 0;
        Set<String> legacyClients = new HashSet<>();
        for (int i = 0; i + 2 < source.size(); i++) {
            SdkImports.ClientKind kind = clientKind(source, imports, i);
            if (kind != SdkImports.ClientKind.NONE) {
                clients++;
                if (kind == SdkImports.ClientKind.LEGACY) {
                    CallReader.assignedName(source, i).ifPresent(legacyClients::add);
                }
            }
        }
        Bindings bindings = Bindings.of(source);
        List<ChatCall> calls = new ArrayList<>();
        Set<String> openAiClients = new HashSet<>();
        boolean aiSdk = source.tokens().stream()
                .anyMatch(token -> token.kind() == TokenKind.STRING && token.value().equals("@ai-sdk/mistral"));
        Set<String> providers = new HashSet<>(Set.of("mistral"));
        for (int i = 0; i + 2 < source.size(); i++) {
            if (source.isIdentifier(i, "new") && source.isIdentifier(i + 1, "OpenAI") && source.isPunctuation(i + 2, "(")
                    && pointsAtMistral(bindings, firstArgument(bindings, i + 2), "baseURL")) {
                clients++;
                CallReader.assignedName(source, i).ifPresent(openAiClients::add);
            } else if (source.isIdentifier(i, "new") && source.isIdentifier(i + 1, "ChatMistralAI")
                    && source.isPunctuation(i + 2, "(")) {
                calls.add(CallReader.read(bindings, Sdk.LANGCHAIN_JS, file, i, i + 2, firstArgument(bindings, i + 2),
                        mapping -> CallReader.firstOf(bindings, mapping, "model", "modelName")));
            } else if (aiSdk && source.isIdentifier(i, "createMistral") && source.isPunctuation(i + 1, "(")) {
                CallReader.assignedName(source, i).ifPresent(providers::add);
            }
        }
        for (int i = 0; aiSdk && i + 1 < source.size(); i++) {
            Optional<AiSdkCall> call = aiSdkCall(bindings, i, providers);
            if (call.isPresent()) {
                Parameter model = call.get().model();
                calls.add(CallReader.read(bindings, Sdk.VERCEL_AI, file, i, i + 1, call.get().options(), mapping -> model)
                        .on(call.get().endpoint()));
            }
        }
        for (SdkMethods.Match match : SdkMethods.find(source, imports)) {
            calls.add(CallReader.read(bindings, Sdk.TYPESCRIPT, match.endpoint(), file, match.calleeStart(), match.open(),
                    firstArgument(bindings, match.open())));
        }
        for (int i = 1; i + 1 < source.size(); i++) {
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            if (!member || source.get(i).kind() != TokenKind.IDENTIFIER) {
                continue;
            }
            int open;
            Sdk sdk;
            if (LEGACY_METHODS.contains(source.get(i).text()) && source.isPunctuation(i + 1, "(")
                    && isLegacyClient(source, imports, i - 1, legacyClients)) {
                open = i + 1;
                sdk = Sdk.TYPESCRIPT_LEGACY;
            } else if (isCompletionsCreate(source, i) && source.isKind(i - 2, TokenKind.IDENTIFIER)
                    && openAiClients.contains(source.get(i - 2).text())) {
                open = i + 5;
                sdk = Sdk.OPENAI_TYPESCRIPT;
            } else {
                continue;
            }
            Value options = firstArgument(bindings, open);
            calls.add(CallReader.read(bindings, sdk, file, CallReader.receiverStart(source, i - 1), open, options));
        }
        calls.addAll(HttpCalls.javaScript(file, bindings));
        calls.sort(java.util.Comparator.comparingInt((ChatCall call) -> call.at().line())
                .thenComparingInt(call -> call.at().column()));
        return new FileCalls(file, clients, calls);
    }

    /** The kind of Mistral client {@code new Name(...)} at token {@code i} constructs, by what the file imports. */
    static SdkImports.ClientKind clientKind(SourceTokens source, SdkImports imports, int i) {
        boolean construction = source.isIdentifier(i, "new") && source.isKind(i + 1, TokenKind.IDENTIFIER)
                && source.isPunctuation(i + 2, "(");
        return construction ? imports.clientKind(source.get(i + 1).text(), false) : SdkImports.ClientKind.NONE;
    }

    /** An AI SDK call with a Mistral model: the model, the call's opening parenthesis, and what it reaches. */
    record AiSdkCall(Parameter model, int open, Value.Mapping options, Endpoint endpoint) {
    }

    /**
     * The AI SDK call {@code generateText({...})} / {@code streamText({...})} at {@code i}, if its
     * model is a Mistral provider's ({@code providers}: {@code mistral} and {@code createMistral} results).
     */
    static Optional<AiSdkCall> aiSdkCall(Bindings bindings, int i, Set<String> providers) {
        SourceTokens source = bindings.source();
        if (!source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")
                || source.isIdentifier(i - 1, "function")) {
            return Optional.empty();
        }
        String name = source.get(i).text();
        boolean embeds = AI_SDK_EMBED_CALLS.contains(name);
        if ((embeds || AI_SDK_CALLS.contains(name)) && firstArgument(bindings, i + 1) instanceof Value.Mapping options) {
            Set<String> methods = embeds ? AI_SDK_EMBEDDING_METHODS : AI_SDK_MODEL_METHODS;
            return options.entry("model").flatMap(span -> mistralModel(bindings, span, providers, methods, !embeds))
                    .map(model -> new AiSdkCall(model, i + 1, options, embeds ? Endpoint.EMBEDDINGS : Endpoint.CHAT));
        }
        return Optional.empty();
    }

    /** The names of the file's Mistral providers for the AI SDK, if it imports {@code @ai-sdk/mistral}; else empty. */
    static Set<String> aiSdkProviders(SourceTokens source) {
        boolean aiSdk = source.tokens().stream()
                .anyMatch(token -> token.kind() == TokenKind.STRING && token.value().equals("@ai-sdk/mistral"));
        Set<String> providers = new HashSet<>();
        if (!aiSdk) {
            return providers;
        }
        providers.add("mistral");
        for (int i = 0; i + 1 < source.size(); i++) {
            if (source.isIdentifier(i, "createMistral") && source.isPunctuation(i + 1, "(")) {
                CallReader.assignedName(source, i).ifPresent(providers::add);
            }
        }
        return providers;
    }

    /** {@code chat.completions.create(} from the token {@code chat} at {@code i}. */
    static boolean isCompletionsCreate(SourceTokens source, int i) {
        return source.isIdentifier(i, "chat") && source.isPunctuation(i + 1, ".")
                && source.isIdentifier(i + 2, "completions") && source.isPunctuation(i + 3, ".")
                && source.isIdentifier(i + 4, "create") && source.isPunctuation(i + 5, "(");
    }

    /** Whether a client's options set {@code key} to Mistral's URL, written or as a constant of the file. */
    static boolean pointsAtMistral(Bindings bindings, Value options, String key) {
        if (!(options instanceof Value.Mapping mapping)) {
            return false;
        }
        return mapping.entry(key).filter(span -> !span.isEmpty()).map(bindings::resolve)
                .filter(value -> value instanceof Value.Text text && text.text().contains(MISTRAL_HOST)).isPresent();
    }

    private static Value firstArgument(Bindings bindings, int open) {
        List<Argument> arguments = bindings.source().arguments(open);
        return arguments.isEmpty() || !arguments.get(0).isPositional() ? new Value.Unknown("")
                : bindings.resolve(arguments.get(0).value());
    }

    /**
     * The model of an AI SDK call when it is a Mistral provider's, through one of {@code methods}
     * (or, if {@code providerCallable}, the provider called itself): {@code mistral("id")},
     * {@code mistral.chat("id")}, {@code mistral.languageModel("id")}, or a {@code createMistral} provider's.
     */
    private static Optional<Parameter> mistralModel(Bindings bindings, TokenSpan span, Set<String> providers,
                                                    Set<String> methods, boolean providerCallable) {
        SourceTokens source = bindings.source();
        if (span.isEmpty() || !source.isKind(span.from(), TokenKind.IDENTIFIER)
                || !providers.contains(source.get(span.from()).text())) {
            return Optional.empty();
        }
        int open = span.from() + 1;
        if (source.isPunctuation(open, ".") && source.isKind(open + 1, TokenKind.IDENTIFIER)
                && methods.contains(source.get(open + 1).text())) {
            open += 2;
        } else if (!providerCallable) {
            return Optional.empty(); // mistral("id") is a language model, not an embedding model
        }
        if (!source.isPunctuation(open, "(") || source.closing(open).orElse(-1) != span.to() - 1) {
            return Optional.empty();
        }
        List<Argument> arguments = source.arguments(open);
        if (arguments.isEmpty() || !arguments.get(0).isPositional()) {
            return Optional.of(new Parameter.Unseen());
        }
        Value value = bindings.resolve(arguments.get(0).value());
        return Optional.of(value instanceof Value.Nothing ? new Parameter.Missing() : new Parameter.Given(value));
    }

    private static boolean isLegacyClient(SourceTokens source, SdkImports imports, int dot, Set<String> legacyClients) {
        if (source.isPunctuation(dot - 1, ")")) {
            int open = source.opening(dot - 1).orElse(0);
            return clientKind(source, imports, open - 2) == SdkImports.ClientKind.LEGACY;
        }
        return source.isKind(dot - 1, TokenKind.IDENTIFIER) && legacyClients.contains(source.get(dot - 1).text());
    }
}
