package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.Bindings;
import dev.mistralready.project.SourceTokens;
import dev.mistralready.project.Token;
import dev.mistralready.project.TokenKind;
import dev.mistralready.project.TokenSpan;
import dev.mistralready.project.Value;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns a call site and its options into a {@link ChatCall}; shared by the language finders. */
final class CallReader {

    private CallReader() {
    }

    static ChatCall read(Bindings bindings, Sdk sdk, String file, int calleeStart, int open, Value options) {
        SourceTokens source = bindings.source();
        Token start = source.get(calleeStart);
        String callee = source.calleeText(calleeStart, open);
        Location at = new Location(file, start.line(), start.column());
        if (!(options instanceof Value.Mapping mapping)) {
            Parameter unseen = new Parameter.Unseen();
            return new ChatCall(sdk, callee, at, unseen, unseen, unseen, false, false);
        }
        return new ChatCall(sdk, callee, at, parameter(bindings, mapping, "model"),
                parameter(bindings, mapping, sdk.maxTokens()), parameter(bindings, mapping, "temperature"), true,
                mapping.entry(sdk.otherMaxTokensSpelling()).isPresent());
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
