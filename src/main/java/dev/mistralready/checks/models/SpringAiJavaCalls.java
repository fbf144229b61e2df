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
 * Spring AI in Java code ({@code org.springframework.ai.mistralai}). Its {@code MistralAiChatModel},
 * {@code MistralAiEmbeddingModel} and {@code MistralAiModerationModel} share their simple names
 * with LangChain4j's, but their builders take an API client and options, not request parameters:
 * they are told apart by the file's imports, a fully qualified name, or, with neither, setters
 * only Spring AI has. Each such builder is one call, checked with the options it is given
 * ({@code .options(...)} in 2.0, {@code .defaultOptions(...)} in 1.x): a
 * {@code MistralAiChatOptions.builder()} (or embedding, moderation options) chain written in
 * place or kept in a variable of the file, whose chain is then not counted again. A builder given
 * no options sends Spring AI's defaults ({@code spring-projects/spring-ai} at {@code v1.1.8} and
 * {@code fd3fd6e}): for chat, temperature 0.7 and no max tokens, with {@code mistral-small-latest}
 * (1.x) or {@code mistral-small-2603} (2.0), so the model is not guessed; for embeddings
 * {@code mistral-embed} and for moderation {@code mistral-moderation-latest} in both, checked at
 * the builder. Options chains of no chat model are options of one request ({@code Prompt},
 * {@code ChatClient} {@code .options(...)}), merged over the chat model's: {@code .model(...)} (a
 * string, or a {@code MistralAiApi.ChatModel} constant, also with {@code .getValue()}),
 * {@code .maxTokens(...)}, {@code .temperature(...)}; so is a generic {@code ChatOptions.builder()}
 * whose model is a {@code MistralAiApi.ChatModel} constant.
 */
final class SpringAiJavaCalls {

    static final String OPTIONS_CLASS = "MistralAiChatOptions";
    private static final String GENERIC_OPTIONS_CLASS = "ChatOptions";

    private static final List<String> SPRING_AI_PACKAGE = List.of("org", "springframework", "ai", "mistralai");
    private static final List<String> LANGCHAIN4J_PACKAGE = List.of("dev", "langchain4j", "model", "mistralai");
    /** Setters of Spring AI's model builders that LangChain4j's lack. */
    private static final Set<String> SPRING_AI_SETTERS = Set.of("mistralAiApi", "defaultOptions", "options",
            "toolCallingManager", "toolExecutionEligibilityPredicate", "retryTemplate", "observationRegistry",
            "metadataMode", "mistralAiModerationApi");
    private static final Set<String> VALUE_GETTERS = Set.of("getValue", "getName");

    /** Spring AI's model classes: the endpoint each calls, its options class, and the model sent with no options. */
    private enum Model {
        CHAT("MistralAiChatModel", Endpoint.CHAT, OPTIONS_CLASS, Optional.empty()),
        EMBEDDING("MistralAiEmbeddingModel", Endpoint.EMBEDDINGS, "MistralAiEmbeddingOptions", Optional.of("mistral-embed")),
        MODERATION("MistralAiModerationModel", Endpoint.MODERATION, "MistralAiModerationOptions",
                Optional.of("mistral-moderation-latest"));

        final String simpleName;
        final Endpoint endpoint;
        final String optionsClass;
        /** The id sent when no options are given, where every release sends the same one. */
        final Optional<String> defaultModel;

        Model(String simpleName, Endpoint endpoint, String optionsClass, Optional<String> defaultModel) {
            this.simpleName = simpleName;
            this.endpoint = endpoint;
            this.optionsClass = optionsClass;
            this.defaultModel = defaultModel;
        }

        static Optional<Model> of(String simpleName) {
            return java.util.Arrays.stream(values()).filter(m -> m.simpleName.equals(simpleName)).findFirst();
        }
    }

    private SpringAiJavaCalls() {
    }

    /** Whether the text may hold a Spring AI call this class or {@link SpringAiApiCalls} reads (a cheap pre-filter). */
    static boolean mayCall(String text) {
        return text.contains(OPTIONS_CLASS) || SpringAiApiCalls.mayCall(text)
                || text.contains("MistralAiApi.ChatModel") && text.contains(GENERIC_OPTIONS_CLASS);
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

    /**
     * The calls of the file: each Spring AI model builder of {@code models} (found by
     * {@link JavaCalls#builders} and told Spring AI's by {@link #isSpringAi}) with the options it is
     * given, then each options chain no model builder takes, as options of one request.
     */
    static List<ChatCall> find(String file, Bindings bindings, List<JavaCalls.Builder> models) {
        SourceTokens source = bindings.source();
        List<ChatCall> calls = new ArrayList<>();
        Set<String> optionsClasses = new HashSet<>(List.of(GENERIC_OPTIONS_CLASS));
        for (Model model : Model.values()) {
            optionsClasses.add(model.optionsClass);
        }
        List<JavaCalls.Builder> options = JavaCalls.builders(file, source, optionsClasses);
        if (options.isEmpty() && models.isEmpty()) {
            return calls;
        }
        Set<String> imported = new HashSet<>();
        boolean allImported = JavaCalls.staticImports(source, SpringAiModelNames.ENUM, imported);
        Set<Integer> taken = new HashSet<>();
        for (JavaCalls.Builder builder : models) {
            Model model = Model.of(source.get(builder.index()).text()).orElseThrow();
            Optional<JavaCalls.Builder> given = givenOptions(source, builder, options, model.optionsClass);
            given.ifPresent(chain -> taken.add(chain.index()));
            calls.add(modelCall(bindings, builder, model, given, imported, allImported));
        }
        for (JavaCalls.Builder builder : options) {
            String optionsClass = source.get(builder.index()).text();
            if (taken.contains(builder.index()) || !(optionsClass.equals(OPTIONS_CLASS) || optionsClass.equals(GENERIC_OPTIONS_CLASS))) {
                continue; // embedding and moderation options count with the model they configure
            }
            Value.Mapping mapping = builder.options();
            Parameter model = model(bindings, mapping, imported, allImported);
            if (optionsClass.equals(GENERIC_OPTIONS_CLASS) && !namesSpringAiModel(source, mapping)) {
                continue; // ChatOptions of any provider: Mistral's only when it names a MistralAiApi.ChatModel
            }
            boolean defaults = isDefaultOptions(source, builder.index());
            calls.add(new ChatCall(Sdk.SPRING_AI_OPTIONS, builder.callee(), builder.at(), model,
                    requestParameter(bindings, mapping, Sdk.SPRING_AI_OPTIONS.maxTokens(), defaults),
                    requestParameter(bindings, mapping, "temperature", defaults), mapping.complete(), false));
        }
        return calls;
    }

    /** A model builder as a call: its options chain's parameters, or Spring AI's defaults when it is given none. */
    private static ChatCall modelCall(Bindings bindings, JavaCalls.Builder builder, Model model,
                                      Optional<JavaCalls.Builder> given, Set<String> imported, boolean allImported) {
        SourceTokens source = bindings.source();
        Value.Mapping setters = builder.options();
        Optional<TokenSpan> optionsSpan = setters.entry("options").or(() -> setters.entry("defaultOptions"));
        Parameter unseen = new Parameter.Unseen();
        boolean chat = model.endpoint == Endpoint.CHAT;
        if (given.isEmpty() && (optionsSpan.isPresent() || !setters.complete())) {
            // options from elsewhere, or a builder finished outside the file
            return new ChatCall(Sdk.SPRING_AI_OPTIONS, builder.callee(), builder.at(), unseen, unseen, unseen, false,
                    false, List.of(), model.endpoint, List.of());
        }
        if (given.isEmpty()) {
            Token at = source.get(builder.index());
            Parameter id = new Parameter.Given(model.defaultModel
                    .<Value>map(value -> new Value.Text(value, at))
                    .orElseGet(() -> new Value.Unknown("no options: Spring AI's default model, "
                            + SpringAiModelNames.byRelease("MISTRAL_SMALL").orElseThrow())));
            Parameter absent = chat ? new Parameter.Missing() : unseen;
            return new ChatCall(Sdk.SPRING_AI_OPTIONS, builder.callee(), builder.at(), id, absent, absent, true, false,
                    List.of(), model.endpoint, List.of());
        }
        Value.Mapping options = given.get().options();
        Parameter id;
        if (chat) {
            id = model(bindings, options, imported, allImported);
        } else {
            Optional<TokenSpan> written = options.entry("model").or(() -> options.entry("withModel"));
            id = written.isPresent() ? otherModel(bindings, written.get())
                    : !options.complete() ? unseen
                    : model == Model.MODERATION ? new Parameter.Given(new Value.Text(model.defaultModel.orElseThrow(),
                    source.get(given.get().index())))
                    : new Parameter.Given(new Value.Unknown("no model in the options: Spring AI 2.0 sends mistral-embed, "
                    + "1.x none"));
        }
        return new ChatCall(Sdk.SPRING_AI_OPTIONS, builder.callee(), builder.at(), id,
                chat ? requestParameter(bindings, options, Sdk.SPRING_AI_OPTIONS.maxTokens(), true) : unseen,
                chat ? requestParameter(bindings, options, "temperature", true) : unseen,
                options.complete(), false, List.of(), model.endpoint, List.of());
    }

    /**
     * The options chain a model builder is given: written in its {@code .options(...)} /
     * {@code .defaultOptions(...)}, or last assigned, before the builder, to the variable it is given.
     */
    private static Optional<JavaCalls.Builder> givenOptions(SourceTokens source, JavaCalls.Builder builder,
                                                           List<JavaCalls.Builder> chains, String optionsClass) {
        Value.Mapping setters = builder.options();
        Optional<TokenSpan> span = setters.entry("options").or(() -> setters.entry("defaultOptions"));
        if (span.isEmpty() || span.get().isEmpty()) {
            return Optional.empty();
        }
        int from = span.get().from();
        List<JavaCalls.Builder> ofClass = chains.stream()
                .filter(chain -> source.get(chain.index()).text().equals(optionsClass)).toList();
        Optional<JavaCalls.Builder> inPlace = ofClass.stream().filter(chain -> chain.index() == from).findFirst();
        if (inPlace.isPresent() || span.get().size() != 1 || !source.isKind(from, TokenKind.IDENTIFIER)) {
            return inPlace;
        }
        int assignment = SpringAiApiCalls.lastAssignment(source, source.get(from).text(), from);
        return ofClass.stream().filter(chain -> chain.index() == assignment).findFirst();
    }

    /** Whether generic options name a {@code MistralAiApi.ChatModel} constant as their model. */
    private static boolean namesSpringAiModel(SourceTokens source, Value.Mapping options) {
        Optional<TokenSpan> span = options.entry("model");
        if (span.isEmpty()) {
            return false;
        }
        for (int i = span.get().from(); i + 2 < span.get().to(); i++) {
            if (source.isIdentifier(i, "MistralAiApi") && source.isPunctuation(i + 1, ".")
                    && source.isIdentifier(i + 2, SpringAiModelNames.ENUM)) {
                return true;
            }
        }
        return false;
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
        return modelAt(bindings, span.get(), imported, allImported);
    }

    /**
     * The model id an expression sends: a {@code MistralAiApi.ChatModel} constant (qualified or
     * statically imported, also with {@code .getValue()}), a constant of Spring AI's embedding,
     * moderation or OCR model enums, or a literal or constant of the file.
     */
    static Parameter modelAt(Bindings bindings, TokenSpan value, Set<String> imported, boolean allImported) {
        SourceTokens source = bindings.source();
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
        if (last - 4 >= value.from() && source.isPunctuation(last - 1, ".") && source.isPunctuation(last - 3, ".")
                && source.isKind(last - 2, TokenKind.IDENTIFIER) && source.isKind(last - 4, TokenKind.IDENTIFIER)) {
            String enumName = source.get(last - 4).text() + "." + source.get(last - 2).text();
            Token constant = source.get(last);
            Optional<String> id = SpringAiModelNames.otherId(enumName, constant.text());
            if (id.isPresent() || SpringAiModelNames.isOtherEnum(enumName)) {
                return new Parameter.Given(id.<Value>map(text -> new Value.Text(text, constant))
                        .orElseGet(() -> new Value.Unknown(enumName + "." + constant.text())));
            }
        }
        return CallReader.parameter(bindings, new Value.Mapping(Map.of("model", value), true), "model");
    }

    /** The model of a non-chat options chain, written with Spring AI 2.0's {@code .model(...)} or 1.x's {@code .withModel(...)}. */
    private static Parameter otherModel(Bindings bindings, TokenSpan span) {
        return span.isEmpty() ? new Parameter.Given(new Value.Unknown("model"))
                : modelAt(bindings, span, Set.of(), false);
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

    /** {@code import <package>[.<subpackage>].<simpleName>;} or {@code import <package>[.<subpackage>].*;}. */
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
            while (matches && source.isKind(at, TokenKind.IDENTIFIER) && !source.isIdentifier(at, simpleName)
                    && source.isPunctuation(at + 1, ".")) {
                at += 2; // a subpackage: org.springframework.ai.mistralai.moderation.MistralAiModerationModel
            }
            if (matches && (source.isIdentifier(at, simpleName) || source.isPunctuation(at, "*"))
                    && source.isPunctuation(at + 1, ";")) {
                return true;
            }
        }
        return false;
    }
}
