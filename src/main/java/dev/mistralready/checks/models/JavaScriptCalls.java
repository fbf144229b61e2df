package dev.mistralready.checks.models;

import dev.mistralready.project.Argument;
import dev.mistralready.project.Bindings;
import dev.mistralready.project.SourceTokens;
import dev.mistralready.project.TokenKind;
import dev.mistralready.project.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds Mistral chat calls in TypeScript and JavaScript: {@code new Mistral({...})} clients and
 * their {@code .chat.complete({...})} / {@code .chat.stream({...})}, on any receiver (that method
 * path is the official SDK's own), and the 0.x {@code MistralClient}'s {@code .chat({...})} /
 * {@code .chatStream({...})} on a receiver built with {@code new MistralClient(...)} in the file,
 * since {@code .chat(} alone is too common a name.
 */
final class JavaScriptCalls {

    private static final Set<String> OFFICIAL_METHODS = Set.of("complete", "stream");
    private static final Set<String> LEGACY_METHODS = Set.of("chat", "chatStream");

    private JavaScriptCalls() {
    }

    static FileCalls find(String file, String text) {
        SourceTokens source = SourceTokens.javaScript(text);
        int clients = 0;
        Set<String> legacyClients = new HashSet<>();
        for (int i = 0; i + 2 < source.size(); i++) {
            if (source.isIdentifier(i, "new") && source.isPunctuation(i + 2, "(")
                    && (source.isIdentifier(i + 1, "Mistral") || source.isIdentifier(i + 1, "MistralClient"))) {
                clients++;
                if (source.isIdentifier(i + 1, "MistralClient")) {
                    CallReader.assignedName(source, i).ifPresent(legacyClients::add);
                }
            }
        }
        Bindings bindings = null;
        List<ChatCall> calls = new ArrayList<>();
        for (int i = 1; i + 1 < source.size(); i++) {
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            if (!member || source.get(i).kind() != TokenKind.IDENTIFIER) {
                continue;
            }
            int open;
            Sdk sdk;
            if (source.isIdentifier(i, "chat") && source.isPunctuation(i + 1, ".") && source.isPunctuation(i + 3, "(")
                    && source.isKind(i + 2, TokenKind.IDENTIFIER) && OFFICIAL_METHODS.contains(source.get(i + 2).text())) {
                open = i + 3;
                sdk = Sdk.TYPESCRIPT;
            } else if (LEGACY_METHODS.contains(source.get(i).text()) && source.isPunctuation(i + 1, "(")
                    && isLegacyClient(source, i - 1, legacyClients)) {
                open = i + 1;
                sdk = Sdk.TYPESCRIPT_LEGACY;
            } else {
                continue;
            }
            bindings = bindings == null ? Bindings.of(source) : bindings;
            List<Argument> arguments = source.arguments(open);
            Value options = arguments.isEmpty() || !arguments.get(0).isPositional() ? new Value.Unknown("")
                    : bindings.resolve(arguments.get(0).value());
            calls.add(CallReader.read(bindings, sdk, file, CallReader.receiverStart(source, i - 1), open, options));
        }
        return new FileCalls(file, clients, calls);
    }

    private static boolean isLegacyClient(SourceTokens source, int dot, Set<String> legacyClients) {
        if (source.isPunctuation(dot - 1, ")")) {
            int open = source.opening(dot - 1).orElse(0);
            return source.isIdentifier(open - 1, "MistralClient");
        }
        return source.isKind(dot - 1, TokenKind.IDENTIFIER) && legacyClients.contains(source.get(dot - 1).text());
    }
}
