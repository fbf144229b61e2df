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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds LangChain4j's Mistral chat models in Java: each {@code MistralAiChatModel.builder()} or
 * {@code MistralAiStreamingChatModel.builder()} chain, over any number of lines, up to its
 * {@code .build()}, is one call. Its {@code .modelName(...)} may be a literal, a constant of the
 * file, or a {@code MistralAiChatModelName} constant (qualified or statically imported). A chain
 * that stops before {@code .build()} and is kept in a variable is followed through
 * {@code builder.maxTokens(...)} statements on that variable; if the builder leaves the file's
 * sight (passed on, returned unbuilt) or gets {@code .defaultRequestParameters(...)}, parameters
 * it lacks are not reported, since they may be set where the file does not show. Spring AI's
 * {@code MistralAiChatModel}, told apart by the file's imports, is not such a builder: see
 * {@link SpringAiJavaCalls}.
 */
final class JavaCalls {

    private static final Set<String> MODEL_CLASSES = Set.of("MistralAiChatModel", "MistralAiStreamingChatModel");

    private JavaCalls() {
    }

    static FileCalls find(String file, String text, ModelCatalogue catalogue) {
        if (MODEL_CLASSES.stream().noneMatch(text::contains) && !text.contains(SpringAiJavaCalls.OPTIONS_CLASS)) {
            return new FileCalls(file, 0, List.of());
        }
        SourceTokens source = SourceTokens.java(text);
        Set<String> importedConstants = new HashSet<>();
        boolean allConstantsImported = staticImports(source, LangChain4jModelNames.ENUM, importedConstants);
        Bindings bindings = Bindings.of(source);
        List<ChatCall> calls = new ArrayList<>();
        int springAiModels = 0;
        for (Builder builder : builders(file, source, MODEL_CLASSES)) {
            if (SpringAiJavaCalls.isSpringAi(source, builder)) {
                springAiModels++; // its options are a MistralAiChatOptions builder, read below
                continue;
            }
            Value.Mapping options = builder.options();
            String callee = builder.callee();
            Location at = builder.at();
            Parameter model = model(bindings, options, catalogue, importedConstants, allConstantsImported);
            calls.add(new ChatCall(Sdk.LANGCHAIN4J, callee, at, model,
                    CallReader.parameter(bindings, options, Sdk.LANGCHAIN4J.maxTokens()),
                    CallReader.parameter(bindings, options, "temperature"), options.complete(), false));
        }
        int clients = calls.size() + springAiModels;
        calls.addAll(SpringAiJavaCalls.find(file, bindings));
        return new FileCalls(file, clients, calls);
    }

    /**
     * The timeout and retries of each builder chain in the file, {@code .timeout(Duration)} and
     * {@code .maxRetries(int)}: what LangChain4j sets on every call of the model it builds.
     */
    static FileResilience resilience(String file, String text) {
        if (MODEL_CLASSES.stream().noneMatch(text::contains)) {
            return new FileResilience(file, List.of(), List.of(), List.of());
        }
        SourceTokens source = SourceTokens.java(text);
        Bindings bindings = Bindings.of(source);
        List<ClientConstruction> clients = new ArrayList<>();
        for (Builder builder : builders(file, source, MODEL_CLASSES)) {
            if (SpringAiJavaCalls.isSpringAi(source, builder)) {
                continue; // Spring AI: Spring Boot's HTTP client sets the timeout, its retries come from properties
            }
            clients.add(new ClientConstruction(Sdk.LANGCHAIN4J, builder.callee(), builder.at(),
                    CallReader.parameter(bindings, builder.options(), "timeout"),
                    CallReader.parameter(bindings, builder.options(), "maxRetries")));
        }
        return new FileResilience(file, clients, List.of(), List.of());
    }

    /** One {@code MistralAiChatModel.builder()} chain, whose class name is at {@code index}, and the setters it is given. */
    record Builder(int index, String callee, Location at, Value.Mapping options) {
    }

    /** Every {@code X.builder()} chain of the file for {@code X} in {@code classes}. */
    static List<Builder> builders(String file, SourceTokens source, Set<String> classes) {
        List<Builder> builders = new ArrayList<>();
        for (int i = 0; i + 4 < source.size(); i++) {
            boolean builder = source.isKind(i, TokenKind.IDENTIFIER) && classes.contains(source.get(i).text())
                    && source.isPunctuation(i + 1, ".") && source.isIdentifier(i + 2, "builder")
                    && source.isPunctuation(i + 3, "(") && source.isPunctuation(i + 4, ")");
            if (!builder) {
                continue;
            }
            Chain chain = new Chain();
            boolean built = chain.follow(source, i + 5);
            if (!built) {
                built = followVariable(source, i, chain);
            }
            boolean complete = built && !chain.setters.containsKey("defaultRequestParameters");
            Token start = source.get(i);
            builders.add(new Builder(i, start.text() + ".builder()", new Location(file, start.line(), start.column()),
                    new Value.Mapping(chain.setters, complete)));
        }
        return builders;
    }

    /** The setters of one builder chain, by method name: the span of each one's first argument. */
    private static final class Chain {
        final Map<String, TokenSpan> setters = new LinkedHashMap<>();

        /** Reads {@code .name(args)} links from {@code index}; true if the chain ends in {@code .build()}. */
        boolean follow(SourceTokens source, int index) {
            int at = index;
            while (source.isPunctuation(at, ".") && source.isKind(at + 1, TokenKind.IDENTIFIER)
                    && source.isPunctuation(at + 2, "(")) {
                String method = source.get(at + 1).text();
                OptionalInt close = source.closing(at + 2);
                if (close.isEmpty()) {
                    return false;
                }
                if (method.equals("build")) {
                    return true;
                }
                List<Argument> arguments = source.arguments(at + 2);
                setters.put(method, arguments.isEmpty() ? new TokenSpan(at + 1, at + 1) : arguments.get(0).value());
                at = close.getAsInt() + 1;
            }
            return false;
        }
    }

    /**
     * {@code var b = MistralAiChatModel.builder()...;} then {@code b.maxTokens(...);} and
     * {@code b.build()}: true if the variable is built in the file and used only as a receiver.
     */
    private static boolean followVariable(SourceTokens source, int start, Chain chain) {
        if (!source.isPunctuation(start - 1, "=") || !source.isKind(start - 2, TokenKind.IDENTIFIER)) {
            return false;
        }
        String name = source.get(start - 2).text();
        boolean built = false;
        boolean escapes = false;
        for (int i = start; i < source.size(); i++) {
            if (!source.isIdentifier(i, name) || source.isPunctuation(i - 1, ".")) {
                continue;
            }
            if (source.isPunctuation(i + 1, ".")) {
                built |= chain.follow(source, i + 1);
            } else {
                escapes = true; // passed to a method, returned or reassigned: setters may hide there
            }
        }
        return built && !escapes;
    }

    private static Parameter model(Bindings bindings, Value.Mapping options, ModelCatalogue catalogue,
                                   Set<String> importedConstants, boolean allConstantsImported) {
        Optional<TokenSpan> span = options.entry("modelName");
        if (span.isEmpty()) {
            return options.complete() ? new Parameter.Missing() : new Parameter.Unseen();
        }
        SourceTokens source = bindings.source();
        TokenSpan value = span.get();
        int last = value.to() - 1;
        boolean qualified = value.size() >= 3 && source.isPunctuation(last - 1, ".")
                && source.isIdentifier(last - 2, LangChain4jModelNames.ENUM);
        boolean imported = value.size() == 1 && source.isKind(last, TokenKind.IDENTIFIER)
                && (importedConstants.contains(source.get(last).text())
                || allConstantsImported && LangChain4jModelNames.isListed(source.get(last).text()));
        if (qualified || imported) {
            Token constant = source.get(last);
            return new Parameter.Given(LangChain4jModelNames.id(constant.text(), catalogue)
                    .<Value>map(id -> new Value.Text(id, constant))
                    .orElseGet(() -> new Value.Unknown(LangChain4jModelNames.ENUM + "." + constant.text())));
        }
        Map<String, TokenSpan> asModel = Map.of("model", value);
        return CallReader.parameter(bindings, new Value.Mapping(asModel, true), "model");
    }

    /**
     * The constants of the enum {@code enumName} the file imports statically; true if it imports
     * them all ({@code .*}).
     */
    static boolean staticImports(SourceTokens source, String enumName, Set<String> constants) {
        boolean all = false;
        for (int i = 0; i + 3 < source.size(); i++) {
            if (!source.isIdentifier(i, "import") || !source.isIdentifier(i + 1, "static")) {
                continue;
            }
            int end = i + 2;
            while (end < source.size() && !source.isPunctuation(end, ";")) {
                end++;
            }
            if (source.isIdentifier(end - 3, enumName) && source.isPunctuation(end - 2, ".")) {
                if (source.isPunctuation(end - 1, "*")) {
                    all = true;
                } else if (source.isKind(end - 1, TokenKind.IDENTIFIER)) {
                    constants.add(source.get(end - 1).text());
                }
            }
        }
        return all;
    }
}
