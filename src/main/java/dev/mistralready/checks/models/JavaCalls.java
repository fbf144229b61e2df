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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds LangChain4j's Mistral models in Java: each {@code MistralAiChatModel.builder()} or
 * {@code MistralAiStreamingChatModel.builder()} chain, over any number of lines, up to its
 * {@code .build()}, is one call; so are the FIM, embedding and moderation models' builders
 * ({@link LangChain4jModelClass}), each checked for what its endpoint takes. Its
 * {@code .modelName(...)} may be a literal, a constant of the file, or a constant of one of
 * LangChain4j's model name enums (qualified or statically imported). A chain
 * that stops before {@code .build()} and is kept in a variable is followed through
 * {@code builder.maxTokens(...)} statements on that variable; if the builder leaves the file's
 * sight (passed on, returned unbuilt) or gets {@code .defaultRequestParameters(...)}, parameters
 * it lacks are not reported, since they may be set where the file does not show. Spring AI's
 * {@code MistralAiChatModel}, told apart by the file's imports, is not such a builder: see
 * {@link SpringAiJavaCalls}.
 */
final class JavaCalls {

    private static final Set<String> MODEL_CLASSES = LangChain4jModelClass.simpleNames();

    private JavaCalls() {
    }

    static FileCalls find(String file, String text, ModelCatalogue catalogue) {
        if (MODEL_CLASSES.stream().noneMatch(text::contains) && !SpringAiJavaCalls.mayCall(text)
                && !text.contains(JavaHttpCalls.HOST)) {
            return new FileCalls(file, 0, List.of());
        }
        SourceTokens source = SourceTokens.java(text);
        Map<String, Set<String>> importedConstants = new HashMap<>();
        Set<String> allImported = new HashSet<>();
        for (String enumName : LangChain4jModelNames.ENUMS) {
            Set<String> constants = new HashSet<>();
            if (staticImports(source, enumName, constants)) {
                allImported.add(enumName);
            }
            importedConstants.put(enumName, constants);
        }
        Bindings bindings = Bindings.of(source);
        List<ChatCall> calls = new ArrayList<>();
        List<Builder> springAi = new ArrayList<>();
        for (Builder builder : builders(file, source, MODEL_CLASSES)) {
            if (SpringAiJavaCalls.isSpringAi(source, builder)) {
                springAi.add(builder); // its options are a Spring AI options builder, read below
                continue;
            }
            Endpoint endpoint = LangChain4jModelClass.of(source.get(builder.index()).text()).orElseThrow().endpoint();
            Value.Mapping options = builder.options();
            Parameter model = model(bindings, options, catalogue, importedConstants, allImported);
            Parameter notTaken = new Parameter.Unseen();
            boolean generates = endpoint.takesMaxTokens();
            calls.add(new ChatCall(Sdk.LANGCHAIN4J, builder.callee(), builder.at(), model,
                    generates ? CallReader.parameter(bindings, options, Sdk.LANGCHAIN4J.maxTokens()) : notTaken,
                    generates ? CallReader.parameter(bindings, options, "temperature") : notTaken,
                    options.complete(), false, List.of(), endpoint, List.of()));
        }
        int langChain4j = calls.size();
        calls.addAll(SpringAiJavaCalls.find(file, bindings, springAi));
        calls.addAll(SpringAiApiCalls.find(file, bindings));
        calls.addAll(JavaHttpCalls.find(file, source));
        return new FileCalls(file, langChain4j + springAi.size(), calls);
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
            if (!LangChain4jModelClass.of(source.get(builder.index()).text()).orElseThrow().generates()) {
                continue; // embeddings and moderation: short requests, LangChain4j's 60 s is not the risk
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

    /** Every {@code X.builder()} (or {@code new X.Builder()}) chain of the file for {@code X} in {@code classes}. */
    static List<Builder> builders(String file, SourceTokens source, Set<String> classes) {
        List<Builder> builders = new ArrayList<>();
        for (int i = 0; i + 4 < source.size(); i++) {
            if (!source.isKind(i, TokenKind.IDENTIFIER) || !classes.contains(source.get(i).text())
                    || !source.isPunctuation(i + 1, ".") || !source.isPunctuation(i + 3, "(")
                    || !source.isPunctuation(i + 4, ")")) {
                continue;
            }
            boolean constructed = source.isIdentifier(i + 2, "Builder") && source.isIdentifier(i - 1, "new");
            if (!source.isIdentifier(i + 2, "builder") && !constructed) {
                continue;
            }
            int first = constructed ? i - 1 : i;
            Chain chain = new Chain();
            boolean built = chain.follow(source, i + 5);
            if (!built) {
                built = followVariable(source, first, chain);
            }
            boolean complete = built && !chain.setters.containsKey("defaultRequestParameters");
            Token start = source.get(first);
            String callee = constructed ? "new " + source.get(i).text() + ".Builder()" : start.text() + ".builder()";
            builders.add(new Builder(i, callee, new Location(file, start.line(), start.column()),
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
                                   Map<String, Set<String>> importedConstants, Set<String> allImported) {
        Optional<TokenSpan> span = options.entry("modelName");
        if (span.isEmpty()) {
            return options.complete() ? new Parameter.Missing() : new Parameter.Unseen();
        }
        SourceTokens source = bindings.source();
        TokenSpan value = span.get();
        int last = value.to() - 1;
        Optional<String> enumName = Optional.empty();
        if (value.size() >= 3 && source.isPunctuation(last - 1, ".") && source.isKind(last - 2, TokenKind.IDENTIFIER)
                && LangChain4jModelNames.ENUMS.contains(source.get(last - 2).text())) {
            enumName = Optional.of(source.get(last - 2).text()); // MistralAiChatModelName.X
        } else if (value.size() == 1 && source.isKind(last, TokenKind.IDENTIFIER)) {
            String name = source.get(last).text();
            enumName = LangChain4jModelNames.ENUMS.stream()
                    .filter(e -> importedConstants.get(e).contains(name)
                            || allImported.contains(e) && LangChain4jModelNames.isListed(e, name))
                    .findFirst();
        }
        if (enumName.isPresent()) {
            Token constant = source.get(last);
            String written = enumName.get() + "." + constant.text();
            return new Parameter.Given(LangChain4jModelNames.id(enumName.get(), constant.text(), catalogue)
                    .<Value>map(id -> new Value.Text(id, constant))
                    .orElseGet(() -> new Value.Unknown(written)));
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
