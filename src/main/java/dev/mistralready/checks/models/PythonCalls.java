package dev.mistralready.checks.models;

import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds Mistral calls in Python: {@code Mistral(...)} clients and the official SDK's request
 * methods ({@link SdkMethods}: {@code .chat.complete(...)}, {@code .chat.parse(...)},
 * {@code .fim.complete(...)}, {@code .agents.complete(...)}, {@code .embeddings.create(...)} and
 * kin, with their {@code _async} forms), and the 0.x {@code MistralClient(...)}'s {@code .chat(...)} /
 * {@code .chat_stream(...)} and {@code .embeddings(model=..., input=...)} on a name the file assigns
 * such a client to (the last also on a {@code Mistral(...)} client, as code ported from 0.x writes it). Options are the keyword arguments, with
 * {@code **params} of a dict built in the file merged in. Also: {@code OpenAI(base_url=...)} clients
 * whose base URL is Mistral's and their {@code .chat.completions.create(...)}, and LangChain
 * {@code ChatMistralAI(...)}, whose keyword arguments are the request's settings.
 */
final class PythonCalls {

    private static final Set<String> LEGACY_METHODS = Set.of("chat", "chat_stream");
    private static final String LEGACY_EMBEDDINGS = "embeddings";
    private static final Set<String> OPENAI_CLASSES = Set.of("OpenAI", "AsyncOpenAI");

    private PythonCalls() {
    }

    static FileCalls find(String file, String text) {
        if (!CallWords.mayHoldCalls(text)) {
            return new FileCalls(file, 0, List.of());
        }
        SourceTokens source = SourceTokens.python(text);
        SdkImports imports = SdkImports.of(source);
        int clients = 0;
        Set<String> legacyClients = new HashSet<>();
        Set<String> officialClients = new HashSet<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            SdkImports.ClientKind kind = clientKind(source, imports, i);
            if (kind != SdkImports.ClientKind.NONE) {
                clients++;
                int start = source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
                CallReader.assignedName(source, start)
                        .ifPresent((kind == SdkImports.ClientKind.LEGACY ? legacyClients : officialClients)::add);
            }
        }
        Bindings bindings = Bindings.of(source);
        List<ChatCall> calls = new ArrayList<>();
        Set<String> openAiClients = new HashSet<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            if (!source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")
                    || source.isIdentifier(i - 1, "def") || source.isIdentifier(i - 1, "class")) {
                continue;
            }
            int start = source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
            if (OPENAI_CLASSES.contains(source.get(i).text()) && JavaScriptCalls.pointsAtMistral(bindings,
                    bindings.keywordArguments(source.arguments(i + 1)), "base_url")) {
                clients++;
                CallReader.assignedName(source, start).ifPresent(openAiClients::add);
            } else if (source.isIdentifier(i, "ChatMistralAI")) {
                calls.add(CallReader.read(bindings, Sdk.LANGCHAIN_PYTHON, file, start, i + 1,
                        bindings.keywordArguments(source.arguments(i + 1)),
                        mapping -> CallReader.firstOf(bindings, mapping, "model", "model_name")));
            }
        }
        for (SdkMethods.Match match : SdkMethods.find(source, imports)) {
            calls.add(CallReader.read(bindings, Sdk.PYTHON, match.endpoint(), file, match.calleeStart(), match.open(),
                    bindings.keywordArguments(source.arguments(match.open()))));
        }
        for (int i = 1; i + 1 < source.size(); i++) {
            if (!source.isPunctuation(i - 1, ".") || source.get(i).kind() != TokenKind.IDENTIFIER) {
                continue;
            }
            int open;
            Sdk sdk;
            Endpoint endpoint = Endpoint.CHAT;
            if (LEGACY_METHODS.contains(source.get(i).text()) && source.isPunctuation(i + 1, "(")
                    && isLegacyClient(source, imports, i - 1, legacyClients)) {
                open = i + 1;
                sdk = Sdk.PYTHON_LEGACY;
            } else if (source.isIdentifier(i, LEGACY_EMBEDDINGS) && source.isPunctuation(i + 1, "(")
                    && (isLegacyClient(source, imports, i - 1, legacyClients)
                    || isClient(source, imports, i - 1, SdkImports.ClientKind.OFFICIAL, officialClients))) {
                // 0.x's embeddings(model=..., input=...), also as written on a v1 client by code ported from 0.x
                open = i + 1;
                sdk = isLegacyClient(source, imports, i - 1, legacyClients) ? Sdk.PYTHON_LEGACY : Sdk.PYTHON;
                endpoint = Endpoint.EMBEDDINGS;
            } else if (JavaScriptCalls.isCompletionsCreate(source, i) && source.isKind(i - 2, TokenKind.IDENTIFIER)
                    && openAiClients.contains(source.get(i - 2).text())) {
                open = i + 5;
                sdk = Sdk.OPENAI_PYTHON;
            } else {
                continue;
            }
            calls.add(CallReader.read(bindings, sdk, endpoint, file, CallReader.receiverStart(source, i - 1), open,
                    bindings.keywordArguments(source.arguments(open))));
        }
        calls.addAll(PythonFrameworkCalls.find(file, bindings));
        calls.addAll(HttpCalls.python(file, bindings));
        calls.sort(java.util.Comparator.comparingInt((ChatCall call) -> call.at().line())
                .thenComparingInt(call -> call.at().column()));
        return new FileCalls(file, clients, calls);
    }

    /** The kind of Mistral client constructed at token {@code i}, by what the file imports under that name. */
    static SdkImports.ClientKind clientKind(SourceTokens source, SdkImports imports, int i) {
        boolean call = source.isKind(i, TokenKind.IDENTIFIER) && source.isPunctuation(i + 1, "(")
                && !source.isIdentifier(i - 1, "def") && !source.isIdentifier(i - 1, "class");
        return call ? imports.clientKind(source.get(i).text(), source.isPunctuation(i - 1, "."))
                : SdkImports.ClientKind.NONE;
    }

    private static boolean isLegacyClient(SourceTokens source, SdkImports imports, int dot, Set<String> legacyClients) {
        return isClient(source, imports, dot, SdkImports.ClientKind.LEGACY, legacyClients);
    }

    /** Whether the receiver before {@code dot} is a client of {@code kind}: built right there, or a name assigned one. */
    private static boolean isClient(SourceTokens source, SdkImports imports, int dot, SdkImports.ClientKind kind,
                                    Set<String> names) {
        if (source.isPunctuation(dot - 1, ")")) {
            int open = source.opening(dot - 1).orElse(0);
            return clientKind(source, imports, open - 1) == kind;
        }
        return source.isKind(dot - 1, TokenKind.IDENTIFIER) && names.contains(source.get(dot - 1).text());
    }
}
