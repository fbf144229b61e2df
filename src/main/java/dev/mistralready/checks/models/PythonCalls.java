package dev.mistralready.checks.models;

import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds Mistral chat calls in Python: {@code Mistral(...)} clients and their
 * {@code .chat.complete(...)} / {@code .chat.stream(...)} (and the {@code _async} forms) on any
 * receiver, and the 0.x {@code MistralClient(...)}'s {@code .chat(...)} / {@code .chat_stream(...)}
 * on a name the file assigns such a client to. Options are the keyword arguments, with
 * {@code **params} of a dict built in the file merged in. Also: {@code OpenAI(base_url=...)} clients
 * whose base URL is Mistral's and their {@code .chat.completions.create(...)}, and LangChain
 * {@code ChatMistralAI(...)}, whose keyword arguments are the request's settings.
 */
final class PythonCalls {

    private static final Set<String> CLIENT_CLASSES = Set.of("Mistral", "MistralClient", "MistralAsyncClient");
    private static final Set<String> LEGACY_CLASSES = Set.of("MistralClient", "MistralAsyncClient");
    private static final Set<String> OFFICIAL_METHODS = Set.of("complete", "stream", "complete_async", "stream_async");
    private static final Set<String> LEGACY_METHODS = Set.of("chat", "chat_stream");
    private static final Set<String> OPENAI_CLASSES = Set.of("OpenAI", "AsyncOpenAI");

    private PythonCalls() {
    }

    static FileCalls find(String file, String text) {
        SourceTokens source = SourceTokens.python(text);
        int clients = 0;
        Set<String> legacyClients = new HashSet<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            boolean construction = source.isKind(i, TokenKind.IDENTIFIER) && CLIENT_CLASSES.contains(source.get(i).text())
                    && source.isPunctuation(i + 1, "(")
                    && !source.isIdentifier(i - 1, "def") && !source.isIdentifier(i - 1, "class");
            if (construction) {
                clients++;
                if (LEGACY_CLASSES.contains(source.get(i).text())) {
                    int start = source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
                    CallReader.assignedName(source, start).ifPresent(legacyClients::add);
                }
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
        for (int i = 1; i + 1 < source.size(); i++) {
            if (!source.isPunctuation(i - 1, ".") || source.get(i).kind() != TokenKind.IDENTIFIER) {
                continue;
            }
            int open;
            Sdk sdk;
            if (source.isIdentifier(i, "chat") && source.isPunctuation(i + 1, ".") && source.isPunctuation(i + 3, "(")
                    && source.isKind(i + 2, TokenKind.IDENTIFIER) && OFFICIAL_METHODS.contains(source.get(i + 2).text())) {
                open = i + 3;
                sdk = Sdk.PYTHON;
            } else if (LEGACY_METHODS.contains(source.get(i).text()) && source.isPunctuation(i + 1, "(")
                    && isLegacyClient(source, i - 1, legacyClients)) {
                open = i + 1;
                sdk = Sdk.PYTHON_LEGACY;
            } else if (JavaScriptCalls.isCompletionsCreate(source, i) && source.isKind(i - 2, TokenKind.IDENTIFIER)
                    && openAiClients.contains(source.get(i - 2).text())) {
                open = i + 5;
                sdk = Sdk.OPENAI_PYTHON;
            } else {
                continue;
            }
            calls.add(CallReader.read(bindings, sdk, file, CallReader.receiverStart(source, i - 1), open,
                    bindings.keywordArguments(source.arguments(open))));
        }
        calls.addAll(PythonFrameworkCalls.find(file, bindings));
        return new FileCalls(file, clients, calls);
    }

    private static boolean isLegacyClient(SourceTokens source, int dot, Set<String> legacyClients) {
        if (source.isPunctuation(dot - 1, ")")) {
            int open = source.opening(dot - 1).orElse(0);
            return source.isKind(open - 1, TokenKind.IDENTIFIER) && LEGACY_CLASSES.contains(source.get(open - 1).text());
        }
        return source.isKind(dot - 1, TokenKind.IDENTIFIER) && legacyClients.contains(source.get(dot - 1).text());
    }
}
