package dev.mistralready.project.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BindingsTest {

    /** The first call of {@code callee} in the source: its arguments and the file's bindings. */
    private record Call(Bindings bindings, List<Argument> arguments) {

        static Call of(SourceTokens source, String callee) {
            for (int i = 0; i + 1 < source.size(); i++) {
                if (source.isIdentifier(i, callee) && source.isPunctuation(i + 1, "(")) {
                    return new Call(Bindings.of(source), source.arguments(i + 1));
                }
            }
            throw new AssertionError("no call of " + callee);
        }

        Value first() {
            return bindings.resolve(arguments.get(0).value());
        }

        Value.Mapping options() {
            return (Value.Mapping) first();
        }

        Value entry(Value.Mapping mapping, String key) {
            return bindings.resolve(mapping.entry(key).orElseThrow());
        }
    }

    private static Call js(String source) {
        return Call.of(SourceTokens.javaScript(source), "complete");
    }

    private static Call py(String source) {
        return Call.of(SourceTokens.python(source), "complete");
    }

    @Test
    void resolvesAConstantDefinedAboveToTheTokenWhereItIsWritten() {
        Call call = js("const MODEL: string = \"mistral-small-2603\";\n\nclient.chat.complete({ model: MODEL });");

        Value model = call.entry(call.options(), "model");

        assertThat(model).isInstanceOf(Value.Text.class);
        assertThat(((Value.Text) model).text()).isEqualTo("mistral-small-2603");
        assertThat(((Value.Text) model).where().line()).isEqualTo(1);
        assertThat(((Value.Text) model).where().column()).isEqualTo(23);
    }

    @Test
    void resolvesATemplateWhoseSubstitutionsAreConstants() {
        Call call = js("const SIZE = 'small'; const V = `2603`;\nc.chat.complete({ model: `mistral-${SIZE}-${V}` })");

        assertThat(call.entry(call.options(), "model")).isEqualTo(
                new Value.Text("mistral-small-2603", SourceTokens.javaScript(
                        "const SIZE = 'small'; const V = `2603`;\nc.chat.complete({ model: `mistral-${SIZE}-${V}` })")
                        .tokens().stream().filter(token -> token.kind() == TokenKind.TEMPLATE && token.line() == 2)
                        .findFirst().orElseThrow()));
    }

    @Test
    void readsAnOptionsObjectBuiltInAVariableWithSpreadsAndPropertiesSetLater() {
        Call call = js("""
                const base = { temperature: 0.2 };
                const request = {
                  ...base,
                  model: "m",
                };
                request.maxTokens = 10;
                client.chat.complete(request);
                """);

        Value.Mapping options = call.options();

        assertThat(options.complete()).isTrue();
        assertThat(options.entries()).containsOnlyKeys("temperature", "model", "maxTokens");
        assertThat(call.entry(options, "maxTokens")).isInstanceOf(Value.Number.class);
    }

    @Test
    void anOptionsObjectSpreadFromAParameterIsIncomplete() {
        Call call = js("function send(extra) { return client.chat.complete({ model: 'm', ...extra }); }");

        assertThat(call.options().complete()).isFalse();
    }

    @Test
    void readsTheObjectAFunctionOfTheFileReturnsWithParameterDefaults() {
        Call call = js("""
                function build(text, { temperature = 0.2 } = {}) {
                  if (!text) throw new Error("empty");
                  return { model: "m", temperature, messages: [text] };
                }
                client.chat.complete(build("hi"));
                """);

        Value.Mapping options = call.options();

        assertThat(options.entries()).containsOnlyKeys("model", "temperature", "messages");
        assertThat(call.entry(options, "temperature")).isInstanceOf(Value.Number.class);
    }

    @Test
    void aNameAssignedDifferentValuesIsUnknown() {
        Call call = js("let model = 'a';\nif (x) model = 'b';\nclient.chat.complete({ model });");

        assertThat(call.entry(call.options(), "model")).isEqualTo(new Value.Unknown("model"));
    }

    @Test
    void takesTheDefaultOfAnEnvironmentFallback() {
        Call js = js("client.chat.complete({ model: process.env.MODEL ?? 'mistral-small-2603', maxTokens: -5 });");
        Call py = py("M = os.environ.get('MODEL', 'mistral-small-2603')\nclient.chat.complete(model=M)");

        assertThat(((Value.Text) js.entry(js.options(), "model")).text()).isEqualTo("mistral-small-2603");
        assertThat(((Value.Number) js.entry(js.options(), "maxTokens")).number()).isEqualTo(-5);
        Value.Mapping keywords = py.bindings().keywordArguments(py.arguments());
        assertThat(((Value.Text) py.entry(keywords, "model")).text()).isEqualTo("mistral-small-2603");
    }

    @Test
    void mergesPythonKeywordArgumentsWithDictsSpreadIntoThem() {
        Call call = py("""
                PARAMS = {"model": "m", "max_tokens": 5}
                EXTRA = dict(temperature=0.1)
                EXTRA["top_p"] = 0.9
                client.chat.complete(messages=[], **PARAMS, **EXTRA)
                """);

        Value.Mapping keywords = call.bindings().keywordArguments(call.arguments());

        assertThat(keywords.complete()).isTrue();
        assertThat(keywords.entries()).containsOnlyKeys("messages", "model", "max_tokens", "temperature", "top_p");
        assertThat(call.entry(keywords, "max_tokens")).isInstanceOf(Value.Number.class);
    }

    @Test
    void pythonNoneIsNothing() {
        Call call = py("client.chat.complete(model='m', max_tokens=None)");

        Value.Mapping keywords = call.bindings().keywordArguments(call.arguments());

        assertThat(call.entry(keywords, "max_tokens")).isInstanceOf(Value.Nothing.class);
    }

    private static Value javaArgument(String source, String method) {
        return Call.of(SourceTokens.java(source), method).first();
    }

    @Test
    void resolvesAJavaStaticFinalConstantAndTheSameConstantQualifiedByItsOwnClass() {
        String source = """
                class Models {
                    private static final String MODEL = "mistral-small-2603";
                    ChatModel a() { return b().modelName(MODEL).build(); }
                    ChatModel c() { return b().temperature(Models.MODEL).build(); }
                }
                """;

        Value plain = javaArgument(source, "modelName");
        Value qualified = javaArgument(source, "temperature");

        assertThat(plain).isInstanceOf(Value.Text.class);
        assertThat(((Value.Text) plain).where().line()).isEqualTo(2);
        assertThat(qualified).isEqualTo(plain);
    }

    @Test
    void aJavaConstantOfAnotherClassIsUnknown() {
        assertThat(javaArgument("b().modelName(Other.MODEL);", "modelName")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void readsJavaNumbersWithTheirSuffixes() {
        Value temperature = javaArgument("b().temperature(0.3f);", "temperature");
        Value negative = javaArgument("b().temperature(-1.5d);", "temperature");

        assertThat(((Value.Number) temperature).number()).isEqualTo(0.3);
        assertThat(((Value.Number) negative).number()).isEqualTo(-1.5);
    }

    @Test
    void takesTheDefaultOfAJavaEnvironmentLookup() {
        assertThat(javaArgument("b().modelName(System.getenv().getOrDefault(\"M\", \"mistral-tiny\"));", "modelName"))
                .isInstanceOfSatisfying(Value.Text.class, text -> assertThat(text.text()).isEqualTo("mistral-tiny"));
        assertThat(javaArgument("b().modelName(Optional.ofNullable(System.getenv(\"M\")).orElse(\"x-1\"));", "modelName"))
                .isInstanceOfSatisfying(Value.Text.class, text -> assertThat(text.text()).isEqualTo("x-1"));
        assertThat(javaArgument("b().modelName(System.getenv(\"M\"));", "modelName")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void readsADictUpdatedWithLiteralsAndKeywordsInTheSameFunction() {
        Call call = py("""
                def ask(messages):
                    send_params = {"model": "mistral-small-2603", "messages": messages}
                    send_params["temperature"] = 0.2
                    send_params.update({"max_tokens": 512}, random_seed=7)
                    return client.chat.complete(**send_params)
                """);

        Value.Mapping options = call.bindings().keywordArguments(call.arguments());

        assertThat(options.complete()).isTrue();
        assertThat(options.entries()).containsOnlyKeys("model", "messages", "temperature", "max_tokens", "random_seed");
        assertThat(((Value.Number) call.entry(options, "max_tokens")).number()).isEqualTo(512);
    }

    @Test
    void aDictUpdatedWithSomethingTheFileDoesNotSpellOutMayHoldAnyKey() {
        Call call = py("""
                send_params = {"model": "mistral-small-2603"}
                send_params.update(overrides)
                client.chat.complete(**send_params)
                """);

        Value.Mapping options = call.bindings().keywordArguments(call.arguments());

        assertThat(options.complete()).isFalse();
        assertThat(options.entries()).containsOnlyKeys("model");
    }

    @Test
    void readsADictCopiedFromABaseWithKeywordsOverriding() {
        Call call = py("""
                BASE = {"model": "mistral-small-2603", "max_tokens": 100}
                client.chat.complete(**dict(BASE, max_tokens=800))
                """);

        Value.Mapping options = call.bindings().keywordArguments(call.arguments());

        assertThat(options.complete()).isTrue();
        assertThat(((Value.Number) call.entry(options, "max_tokens")).number()).isEqualTo(800);
        assertThat(py("client.chat.complete(**dict(base_from_elsewhere, max_tokens=8))").bindings()
                .keywordArguments(py("client.chat.complete(**dict(base_from_elsewhere, max_tokens=8))").arguments())
                .complete()).isFalse();
    }

    @Test
    void readsAnObjectAssignedIntoAndOneAssignedFromElsewhere() {
        Call literal = js("""
                const request = { model: "mistral-small-2603" };
                Object.assign(request, { maxTokens: 256, "temperature": 0.1 });
                client.chat.complete(request);
                """);
        Call opaque = js("""
                const request = { model: "mistral-small-2603" };
                Object.assign(request, defaults);
                client.chat.complete(request);
                """);

        assertThat(literal.options().complete()).isTrue();
        assertThat(literal.options().entries()).containsOnlyKeys("model", "maxTokens", "temperature");
        assertThat(opaque.options().complete()).isFalse();
    }
}
