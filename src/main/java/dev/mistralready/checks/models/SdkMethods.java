package dev.mistralready.checks.models;

import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request methods of the official SDKs ({@code mistralai} for Python, {@code @mistralai/mistralai}
 * for TS/JS), by their method path on the client, and the endpoint each reaches. Paths that only
 * Mistral's SDK has ({@code chat.complete}, {@code fim.stream}, {@code beta.conversations.start})
 * are found on any receiver, as the chat calls always were; paths other SDKs share or that are
 * common words ({@code embeddings.create}, which the OpenAI client has too, {@code ocr.process},
 * {@code classifiers.moderate}, {@code audio.transcriptions.complete}, {@code audio.speech.complete})
 * only in a file that imports the Mistral SDK and not on a receiver the file assigns another client
 * to. {@code beta.agents.create} / {@code update} and every {@code beta.conversations} method
 * ({@code start}, {@code run}, {@code append}, {@code restart}, their stream and async forms) are Mistral's own.
 */
final class SdkMethods {

    /** One method path: {@code owner} is the dotted path before the method ({@code beta.conversations}). */
    private record Method(List<String> owner, Set<String> names, Endpoint endpoint, boolean shared) {
    }

    /** A request method call: where the receiver starts, the opening parenthesis, and the last name of the receiver. */
    record Match(int calleeStart, int open, Endpoint endpoint, Optional<String> receiver) {
    }

    private static final List<Method> PYTHON = List.of(
            new Method(List.of("chat"), Set.of("complete", "stream", "complete_async", "stream_async", "parse",
                    "parse_async", "parse_stream", "parse_stream_async"), Endpoint.CHAT, false),
            new Method(List.of("fim"), Set.of("complete", "stream", "complete_async", "stream_async"), Endpoint.FIM, false),
            new Method(List.of("agents"), Set.of("complete", "stream", "complete_async", "stream_async"), Endpoint.AGENT, false),
            new Method(List.of("beta", "conversations"), Set.of("start", "start_stream", "start_async", "start_stream_async"),
                    Endpoint.CONVERSATION, false),
            new Method(List.of("embeddings"), Set.of("create", "create_async"), Endpoint.EMBEDDINGS, true),
            new Method(List.of("ocr"), Set.of("process", "process_async"), Endpoint.OCR, true),
            new Method(List.of("classifiers"), Set.of("moderate", "moderate_async", "moderate_chat", "moderate_chat_async"),
                    Endpoint.MODERATION, true),
            new Method(List.of("classifiers"), Set.of("classify", "classify_async", "classify_chat", "classify_chat_async"),
                    Endpoint.CLASSIFICATION, true),
            new Method(List.of("audio", "transcriptions"), Set.of("complete", "complete_async", "stream", "stream_async"),
                    Endpoint.TRANSCRIPTION, true),
            new Method(List.of("beta", "agents"), Set.of("create", "create_async", "update", "update_async"),
                    Endpoint.AGENT_SETUP, false),
            new Method(List.of("beta", "conversations"), Set.of("run", "run_async", "run_stream", "run_stream_async"),
                    Endpoint.CONVERSATION_RUN, false),
            new Method(List.of("beta", "conversations"), Set.of("append", "append_async", "append_stream",
                    "append_stream_async", "restart", "restart_async", "restart_stream", "restart_stream_async"),
                    Endpoint.CONVERSATION_CONTINUATION, false),
            new Method(List.of("audio", "speech"), Set.of("complete", "complete_async", "stream", "stream_async"),
                    Endpoint.SPEECH, true));

    private static final List<Method> JAVASCRIPT = List.of(
            new Method(List.of("chat"), Set.of("complete", "stream", "parse", "parseStream"), Endpoint.CHAT, false),
            new Method(List.of("fim"), Set.of("complete", "stream"), Endpoint.FIM, false),
            new Method(List.of("agents"), Set.of("complete", "stream"), Endpoint.AGENT, false),
            new Method(List.of("beta", "conversations"), Set.of("start", "startStream"), Endpoint.CONVERSATION, false),
            new Method(List.of("embeddings"), Set.of("create"), Endpoint.EMBEDDINGS, true),
            new Method(List.of("ocr"), Set.of("process"), Endpoint.OCR, true),
            new Method(List.of("classifiers"), Set.of("moderate", "moderateChat"), Endpoint.MODERATION, true),
            new Method(List.of("classifiers"), Set.of("classify", "classifyChat"), Endpoint.CLASSIFICATION, true),
            new Method(List.of("audio", "transcriptions"), Set.of("complete", "stream"), Endpoint.TRANSCRIPTION, true),
            new Method(List.of("beta", "agents"), Set.of("create", "update"), Endpoint.AGENT_SETUP, false),
            new Method(List.of("beta", "conversations"), Set.of("append", "appendStream", "restart", "restartStream"),
                    Endpoint.CONVERSATION_CONTINUATION, false),
            new Method(List.of("audio", "speech"), Set.of("complete", "stream"), Endpoint.SPEECH, true));

    /** Each language's methods by the first name of their path, in the order above: a token is only tried against its own. */
    private static final Map<String, List<Method>> PYTHON_BY_FIRST_NAME = byFirstName(PYTHON);
    private static final Map<String, List<Method>> JAVASCRIPT_BY_FIRST_NAME = byFirstName(JAVASCRIPT);

    private static Map<String, List<Method>> byFirstName(List<Method> methods) {
        Map<String, List<Method>> byName = new LinkedHashMap<>();
        for (Method method : methods) {
            byName.computeIfAbsent(method.owner().get(0), name -> new ArrayList<>()).add(method);
        }
        return Map.copyOf(byName);
    }

    private SdkMethods() {
    }

    /** Every official request call of the file, in order, telling shared paths by the file's imports and clients. */
    static List<Match> find(SourceTokens source, SdkImports imports) {
        boolean importsSdk = imports.importsSdk() || source.language() == SourceTokens.Language.JAVASCRIPT
                && source.tokens().stream().anyMatch(token -> token.kind() == TokenKind.STRING
                        && token.value().startsWith(SdkDefaults.packageOf(Sdk.TYPESCRIPT)));
        Set<String> otherClients = new java.util.HashSet<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            boolean openAi = (source.isIdentifier(i, "OpenAI") || source.isIdentifier(i, "AsyncOpenAI"))
                    && source.isPunctuation(i + 1, "(");
            if (openAi) {
                int start = source.isIdentifier(i - 1, "new") ? i - 1
                        : source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
                CallReader.assignedName(source, start).ifPresent(otherClients::add);
            }
        }
        return find(source, importsSdk, otherClients);
    }

    /**
     * Every official request call of the file, in order.
     *
     * @param importsSdk   whether the file imports the Mistral SDK (shared paths count only then)
     * @param otherClients names the file assigns a non-Mistral client to (an OpenAI client, say)
     */
    static List<Match> find(SourceTokens source, boolean importsSdk, Set<String> otherClients) {
        Map<String, List<Method>> methodsByFirstName = source.language() == SourceTokens.Language.PYTHON
                ? PYTHON_BY_FIRST_NAME : JAVASCRIPT_BY_FIRST_NAME;
        List<Match> matches = new ArrayList<>();
        for (int i = 1; i < source.size(); i++) {
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            if (!member || !source.isKind(i, TokenKind.IDENTIFIER)) {
                continue;
            }
            for (Method method : methodsByFirstName.getOrDefault(source.get(i).text(), List.of())) {
                int open = open(source, i, method);
                if (open < 0) {
                    continue;
                }
                Optional<String> receiver = source.isKind(i - 2, TokenKind.IDENTIFIER)
                        ? Optional.of(source.get(i - 2).text()) : Optional.empty();
                if (method.shared() && (!importsSdk || receiver.filter(otherClients::contains).isPresent())) {
                    break;
                }
                matches.add(new Match(CallReader.receiverStart(source, i - 1), open, method.endpoint(), receiver));
                break;
            }
        }
        return matches;
    }

    /** The opening parenthesis of {@code owner.method(} starting at token {@code i}, or -1. */
    private static int open(SourceTokens source, int i, Method method) {
        int index = i;
        for (String part : method.owner()) {
            if (!source.isIdentifier(index, part) || !source.isPunctuation(index + 1, ".")) {
                return -1;
            }
            index += 2;
        }
        boolean named = source.isKind(index, TokenKind.IDENTIFIER) && method.names().contains(source.get(index).text());
        return named && source.isPunctuation(index + 1, "(") ? index + 1 : -1;
    }
}
