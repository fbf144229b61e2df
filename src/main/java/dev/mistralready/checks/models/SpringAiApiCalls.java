package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.source.Argument;
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
import java.util.Set;

/**
 * Spring AI's low-level clients, called directly: {@code MistralAiApi}'s
 * {@code chatCompletionEntity(request)} and {@code chatCompletionStream(request)}, and
 * {@code MistralOcrApi}'s {@code ocr(request)}, in a file that names the client class. Each is one
 * call; its request is read where the file writes it, {@code new ChatCompletionRequest(...)} /
 * {@code new OCRRequest(...)} in place or in a variable assigned once in the file. The request
 * records' constructors ({@code spring-projects/spring-ai@fd3fd6e} {@code MistralAiApi.java}) put
 * the model first in the full form (model, messages, tools, tool choice, temperature, top-p, max
 * tokens, ...) and second in the short ones ({@code (messages, model)}, {@code (messages, model,
 * temperature)}, {@code (messages, model, temperature, stream)}, {@code (messages, model, tools,
 * toolChoice)}), none of which sets max tokens; a parameter the constructor does not take as an
 * argument is not reported. Mockito stubs ({@code given(api.chatCompletionEntity(any()))},
 * {@code verify(api).chatCompletionEntity(...)}) are not calls.
 */
final class SpringAiApiCalls {

    private static final Set<String> CHAT_METHODS = Set.of("chatCompletionEntity", "chatCompletionStream");
    private static final Set<String> STUBS = Set.of("given", "when", "verify", "then", "willReturn", "doReturn");
    private static final int FULL_REQUEST_ARGUMENTS = 16;

    private SpringAiApiCalls() {
    }

    static boolean mayCall(String text) {
        return text.contains("MistralAiApi") && (text.contains("chatCompletionEntity") || text.contains("chatCompletionStream"))
                || text.contains("MistralOcrApi") && text.contains(".ocr(");
    }

    static List<ChatCall> find(String file, Bindings bindings) {
        SourceTokens source = bindings.source();
        List<ChatCall> calls = new ArrayList<>();
        String text = String.join(" ", source.tokens().stream().filter(t -> t.kind() == TokenKind.IDENTIFIER)
                .map(Token::text).distinct().toList());
        boolean chatClient = text.contains("MistralAiApi");
        boolean ocrClient = text.contains("MistralOcrApi");
        for (int i = 1; i + 1 < source.size(); i++) {
            if (!source.isPunctuation(i - 1, ".") || !source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")) {
                continue;
            }
            String method = source.get(i).text();
            boolean chat = chatClient && CHAT_METHODS.contains(method);
            boolean ocr = ocrClient && method.equals("ocr");
            if (!chat && !ocr || isStub(source, i - 1)) {
                continue;
            }
            int start = CallReader.receiverStart(source, i - 1);
            Token first = source.get(start);
            Location at = new Location(file, first.line(), first.column());
            String callee = source.calleeText(start, i + 1);
            List<Argument> arguments = source.arguments(i + 1);
            Optional<List<Argument>> request = arguments.size() == 1
                    ? request(source, arguments.get(0).value(), chat ? "ChatCompletionRequest" : "OCRRequest")
                    : Optional.empty();
            calls.add(chat ? chatCall(bindings, callee, at, request) : ocrCall(bindings, callee, at, request));
        }
        return calls;
    }

    private static ChatCall chatCall(Bindings bindings, String callee, Location at, Optional<List<Argument>> request) {
        Parameter unseen = new Parameter.Unseen();
        if (request.isEmpty()) {
            return new ChatCall(Sdk.SPRING_AI_API, callee, at, unseen, unseen, unseen, false, false);
        }
        List<Argument> args = request.get();
        SourceTokens source = bindings.source();
        if (args.size() == FULL_REQUEST_ARGUMENTS) {
            return new ChatCall(Sdk.SPRING_AI_API, callee, at, model(bindings, args.get(0).value()),
                    argument(bindings, args.get(6).value()), argument(bindings, args.get(4).value()), true, false);
        }
        if (args.size() < 2 || args.size() > 4 || isBoolean(source, args.get(1).value())) {
            return new ChatCall(Sdk.SPRING_AI_API, callee, at, unseen, unseen, unseen, false, false); // (messages, stream)
        }
        boolean temperature = args.size() == 3 || args.size() == 4 && isBoolean(source, args.get(3).value());
        return new ChatCall(Sdk.SPRING_AI_API, callee, at, model(bindings, args.get(1).value()), unseen,
                temperature ? argument(bindings, args.get(2).value()) : unseen, true, false);
    }

    private static ChatCall ocrCall(Bindings bindings, String callee, Location at, Optional<List<Argument>> request) {
        Parameter unseen = new Parameter.Unseen();
        Parameter model = request.filter(args -> !args.isEmpty())
                .map(args -> model(bindings, args.get(0).value())).orElse(unseen);
        return new ChatCall(Sdk.SPRING_AI_API, callee, at, model, unseen, unseen, request.isPresent(), false, List.of(),
                Endpoint.OCR, List.of());
    }

    private static Parameter model(Bindings bindings, TokenSpan span) {
        return span.isEmpty() ? new Parameter.Unseen() : SpringAiJavaCalls.modelAt(bindings, span, Set.of(), false);
    }

    private static Parameter argument(Bindings bindings, TokenSpan span) {
        return CallReader.parameter(bindings, new Value.Mapping(Map.of("value", span), true), "value");
    }

    private static boolean isBoolean(SourceTokens source, TokenSpan span) {
        return span.size() == 1 && (source.isIdentifier(span.from(), "true") || source.isIdentifier(span.from(), "false"));
    }

    /** Whether the call at the dot is inside a Mockito stub or verification. */
    private static boolean isStub(SourceTokens source, int dot) {
        int start = CallReader.receiverStart(source, dot);
        if (source.isKind(start, TokenKind.IDENTIFIER) && STUBS.contains(source.get(start).text())) {
            return true; // verify(api).chatCompletionEntity(...)
        }
        return source.isPunctuation(start - 1, "(") && source.isKind(start - 2, TokenKind.IDENTIFIER)
                && STUBS.contains(source.get(start - 2).text());
    }

    /**
     * The constructor arguments of the request: {@code new [Owner.]Record(...)} written as the
     * argument, or the last assignment to the variable passed before the call (a file may reuse
     * one name, {@code request}, in every method), if that assignment constructs one.
     */
    private static Optional<List<Argument>> request(SourceTokens source, TokenSpan argument, String record) {
        Optional<List<Argument>> inPlace = constructed(source, argument.from(), record);
        if (inPlace.isPresent() || argument.size() != 1 || !source.isKind(argument.from(), TokenKind.IDENTIFIER)) {
            return inPlace;
        }
        int assignment = lastAssignment(source, source.get(argument.from()).text(), argument.from());
        return assignment < 0 ? Optional.empty() : constructed(source, assignment, record);
    }

    /** The index of the value last assigned to {@code name} before {@code before}; -1 if none. */
    static int lastAssignment(SourceTokens source, String name, int before) {
        for (int i = before - 1; i >= 2; i--) {
            if (source.isPunctuation(i - 1, "=") && source.isIdentifier(i - 2, name) && !source.isPunctuation(i - 3, ".")) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<List<Argument>> constructed(SourceTokens source, int at, String record) {
        if (!source.isIdentifier(at, "new")) {
            return Optional.empty();
        }
        int name = at + 1;
        while (source.isKind(name, TokenKind.IDENTIFIER) && source.isPunctuation(name + 1, ".")) {
            name += 2; // MistralAiApi.ChatCompletionRequest
        }
        if (!source.isIdentifier(name, record) || !source.isPunctuation(name + 1, "(")) {
            return Optional.empty();
        }
        OptionalInt close = source.closing(name + 1);
        return close.isEmpty() ? Optional.empty() : Optional.of(source.arguments(name + 1));
    }
}
