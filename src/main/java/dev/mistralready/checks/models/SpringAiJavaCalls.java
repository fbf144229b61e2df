package dev.mistralready.checks.models;

import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.TokenSpan;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spring AI in Java code ({@code org.springframework.ai.mistralai}). Its {@code MistralAiChatModel}
 * shares its simple name with LangChain4j's, but its builder takes an API client and
 * {@code .defaultOptions(...)}, not request parameters: it is told apart by the file's imports, a
 * fully qualified name, or, with neither, setters only Spring AI has. The request parameters are
 * in a {@code MistralAiChatOptions.builder()} chain up to {@code .build()}, which is the call:
 * {@code .model(...)} (a string, or a {@code MistralAiApi.ChatModel} constant, also with
 * {@code .getValue()}), {@code .maxTokens(...)}, {@code .temperature(...)}; the same names in
 * Spring AI 1.0, 1.1 and 2.0.
 */
final class SpringAiJavaCalls {

    static final String OPTIONS_CLASS = "MistralAiChatOptions";

    private static final List<String> SPRING_AI_PACKAGE = List.of("org", "springframework", "ai", "mistralai");
    private static final List<String> LANGCHAIN4J_PACKAGE = List.of("dev", "langchain4j", "model", "mistralai");
    /** Setters of Spring AI's {@code MistralAiChatModel.builder()} that LangChain4j's lacks. */
    private static final Set<String> SPRING_AI_SETTERS = Set.of("mistralAiApi", "defaultOptions", "options",
            "toolCallingManager", "toolExecutionEligibilityPredicate", "retryTemplate", "observationRegistry");
    private static final Set<String> VALUE_GETTERS = Set.of("getValue", "getName");

    private SpringAiJavaCalls() {
    }

    /** Whether a {@code MistralAiChatModel.builder()} chain is Spring AI's rather than LangChain4j's. */
    static boolean isSpringAi(SourceTokens source, JavaCalls.Builder builder) {
        int name = builder.index();
        if (qualifiedBy(source, name, SPRING_AI_PACKAGE)) {
            return true;
        }
        if (qualifiedBy(source, name, LANGCHAIN4J_PACKAGE)) {
            return false;
        }
        String simpleName = source.get(name).text();
        boolean springAi = imports(source, SPRING_AI_PACKAGE, simpleName);
        boolean langChain4j = imports(source, LANGCHAIN4J_PACKAGE, simpleName);
        if (springAi != langChain4j) {
            return springAi;
        }
        return builder.options().entries().keySet().stream().anyMatch(SPRING_AI_SETTERS::contains);
    }

    /** Each {@code MistralAiChatOptions.builder()} chain of the file, as a chat call. */
    static List<ChatCall> find(String file, Bindings bindings) {
        SourceTokens source = bindings.source();
        List<ChatCall> calls = new ArrayList<>();
        List<JavaCalls.Builder> builders = JavaCalls.builders(file, source, Set.of(OPTIONS_CLASS));
        if (builders.isEmpty()) {
            return calls;
        }
        Set<String> imported = new HashSet<>();
        boolean allImported = JavaCalls.staticImports(source, SpringAiModelNames.ENUM, imported);
        for (JavaCalls.Builder builder : builders) {
            Value.Mapping options = builder.options();
            boolean defaults = isDefaultOptions(source, builder.index());
            calls.add(new ChatCall(Sdk.SPRING_AI_OPTIONS, builder.callee(), builder.at(),
                    model(bindings, options, imported, allImported),
                    requestParameter(bindings, options, Sdk.SPRING_AI_OPTIONS.maxTokens(), defaults),
                    requestParameter(bindings, options, "temperature", defaults), options.complete(), false));
        }
        return calls;
    }

    /** Whether the chain is the chat model's {@code .defaultOptions(...)}, rather than options of one request. */
    private static boolean isDefaultOptions(SourceTokens source, int name) {
        return source.isPunctuation(name - 1, "(") && source.isIdentifier(name - 2, "defaultOptions");
    }

    /**
     * A parameter of the options. Options given to one request are merged over the chat model's
     * defaults (its {@code .defaultOptions(...)} or the {@code spring.ai.mistralai.chat} properties),
     * so a parameter they leave out is not missing: only the defaults can lack it.
     */
    private static Parameter requestParameter(Bindings bindings, Value.Mapping options, String key, boolean defaults) {
        Parameter parameter = CallReader.parameter(bindings, options, key);
        return parameter instanceof Parameter.Missing && !defaults ? new Parameter.Unseen() : parameter;
    }

    private static Parameter model(Bindings bindings, Value.Mapping options, Set<String> imported, boolean allImported) {
        Optional<TokenSpan> span = options.entry("model");
        if (span.isEmpty() || span.get().isEmpty()) {
            return CallReader.parameter(bindings, options, "model");
        }
        SourceTokens source = bindings.source();
        TokenSpan value = span.get();
        int last = value.to() - 1;
        if (last - 3 >= value.from() && source.isPunctuation(last, ")") && source.isPunctuation(last - 1, "(")
                && source.isKind(last - 2, TokenKind.IDENTIFIER) && VALUE_GETTERS.contains(source.get(last - 2).text())
                && source.isPunctuation(last - 3, ".")) {
            last -= 4; // MistralAiApi.ChatModel.MISTRAL_LARGE.getValue()
        }
        boolean qualified = last - 2 >= value.from() && source.isPunctuation(last - 1, ".")
                && source.isIdentifier(last - 2, SpringAiModelNames.ENUM);
        boolean single = last == value.from() && source.isKind(last, TokenKind.IDENTIFIER);
        boolean staticallyImported = single && (imported.contains(source.get(last).text())
                || allImported && SpringAiModelNames.isListed(source.get(last).text()));
        if (qualified || staticallyImported) {
            Token constant = source.get(last);
            String written = "MistralAiApi.ChatModel." + constant.text();
            return new Parameter.Given(SpringAiModelNames.id(constant.text())
                    .<Value>map(id -> new Value.Text(id, constant))
                    .orElseGet(() -> new Value.Unknown(SpringAiModelNames.byRelease(constant.text())
                            .map(ids -> written + " (" + ids + ")").orElse(written))));
        }
        return CallReader.parameter(bindings, new Value.Mapping(Map.of("model", value), true), "model");
    }

    /** {@code org.springframework.ai.mistralai.MistralAiChatModel} written out where it is used. */
    private static boolean qualifiedBy(SourceTokens source, int name, List<String> packageName) {
        int at = name;
        for (int part = packageName.size() - 1; part >= 0; part--) {
            if (!source.isPunctuation(at - 1, ".") || !source.isIdentifier(at - 2, packageName.get(part))) {
                return false;
            }
            at -= 2;
        }
        return true;
    }

    /** {@code import <package>.<simpleName>;} or {@code import <package>.*;}. */
    private static boolean imports(SourceTokens source, List<String> packageName, String simpleName) {
        for (int i = 0; i + 1 < source.size(); i++) {
            if (!source.isIdentifier(i, "import") || source.isIdentifier(i + 1, "static")) {
                continue;
            }
            int at = i + 1;
            boolean matches = true;
            for (String part : packageName) {
                if (!source.isIdentifier(at, part) || !source.isPunctuation(at + 1, ".")) {
                    matches = false;
                    break;
                }
                at += 2;
            }
            if (matches && (source.isIdentifier(at, simpleName) || source.isPunctuation(at, "*"))
                    && source.isPunctuation(at + 1, ";")) {
                return true;
            }
        }
        return false;
    }
}
