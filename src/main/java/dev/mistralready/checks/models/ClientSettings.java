package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
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
import java.util.Optional;
import java.util.Set;

/**
 * Reads the timeout and retry settings of the Mistral clients a file creates and of its official
 * chat calls, in each SDK's own spelling: {@code timeoutMs} / {@code retryConfig} on
 * {@code new Mistral({...})} and {@code timeoutMs} / {@code retries} as a call's second argument in
 * TS/JS; {@code timeout_ms=} / {@code retry_config=} on {@code Mistral(...)} and
 * {@code timeout_ms=} / {@code retries=} on a call in Python; for the 0.x clients, the timeout (in
 * seconds) of {@code new MistralClient(key, endpoint, maxRetries, timeout)} and
 * {@code MistralClient(timeout=...)}. Their retries default to 5, so they are not read.
 */
final class ClientSettings {

    private ClientSettings() {
    }

    static FileResilience javaScript(String file, String text, List<Finding> errorHandling) {
        SourceTokens source = SourceTokens.javaScript(text);
        SdkImports imports = SdkImports.of(source);
        Bindings bindings = Bindings.of(source);
        List<ClientConstruction> clients = new ArrayList<>();
        for (int i = 0; i + 2 < source.size(); i++) {
            if (!source.isIdentifier(i, "new") || !source.isPunctuation(i + 2, "(")) {
                continue;
            }
            Location at = at(file, source.get(i));
            List<Argument> arguments = source.arguments(i + 2);
            SdkImports.ClientKind kind = JavaScriptCalls.clientKind(source, imports, i);
            String written = "new " + source.get(i + 1).text();
            if (kind == SdkImports.ClientKind.OFFICIAL) {
                Value options = arguments.isEmpty() ? new Value.Mapping(java.util.Map.of(), true)
                        : arguments.get(0).isPositional() ? bindings.resolve(arguments.get(0).value()) : new Value.Unknown("");
                clients.add(new ClientConstruction(Sdk.TYPESCRIPT, written, at,
                        setting(bindings, options, "timeoutMs"), retries(bindings, options, "retryConfig"),
                        CallReader.assignedName(source, i)));
            } else if (source.isIdentifier(i + 1, "OpenAI") && arguments.size() == 1 && arguments.get(0).isPositional()
                    && JavaScriptCalls.pointsAtMistral(bindings, bindings.resolve(arguments.get(0).value()), "baseURL")) {
                Value options = bindings.resolve(arguments.get(0).value());
                clients.add(new ClientConstruction(Sdk.OPENAI_TYPESCRIPT, "new OpenAI", at,
                        setting(bindings, options, "timeout"), setting(bindings, options, "maxRetries")));
            } else if (source.isIdentifier(i + 1, "ChatMistralAI")) {
                Value options = arguments.isEmpty() ? new Value.Mapping(java.util.Map.of(), true)
                        : arguments.get(0).isPositional() ? bindings.resolve(arguments.get(0).value()) : new Value.Unknown("");
                clients.add(new ClientConstruction(Sdk.LANGCHAIN_JS, "new ChatMistralAI", at,
                        new Parameter.Given(new Value.Unknown("per-call timeout")), setting(bindings, options, "maxRetries")));
            } else if (kind == SdkImports.ClientKind.LEGACY) {
                boolean spread = arguments.stream().anyMatch(argument -> !argument.isPositional());
                Parameter timeout = arguments.size() > 3 ? given(bindings, arguments.get(3).value())
                        : spread ? new Parameter.Unseen() : new Parameter.Missing();
                clients.add(new ClientConstruction(Sdk.TYPESCRIPT_LEGACY, written, at, timeout,
                        new Parameter.Given(new Value.Unknown("maxRetries"))));
            }
        }
        Set<String> providers = JavaScriptCalls.aiSdkProviders(source);
        for (int i = 0; !providers.isEmpty() && i + 1 < source.size(); i++) {
            Optional<JavaScriptCalls.AiSdkCall> call = JavaScriptCalls.aiSdkCall(bindings, i, providers);
            if (call.isPresent()) {
                Value.Mapping options = call.get().options();
                Parameter timeout = setting(bindings, options, "timeout");
                if (timeout instanceof Parameter.Missing && options.entry("abortSignal").isPresent()) {
                    timeout = new Parameter.Given(new Value.Unknown("abortSignal"));
                }
                clients.add(new ClientConstruction(Sdk.VERCEL_AI, source.get(i).text(), at(file, source.get(i)), timeout,
                        setting(bindings, options, "maxRetries")));
            }
        }
        List<CallSettings> calls = new ArrayList<>();
        for (SdkMethods.Match match : SdkMethods.find(source, imports)) {
            int open = match.open();
            List<Argument> arguments = source.arguments(open);
            Value options = arguments.size() < 2 ? new Value.Mapping(java.util.Map.of(), arguments.size() == 1)
                    : arguments.get(1).isPositional() ? bindings.resolve(arguments.get(1).value()) : new Value.Unknown("");
            if (arguments.size() == 1 && !arguments.get(0).isPositional()) {
                options = new Value.Unknown(""); // f(...args): the options may be among them
            }
            calls.add(new CallSettings(at(file, source.get(open)), setting(bindings, options, "timeoutMs"),
                    retries(bindings, options, "retries"), match.receiver()));
        }
        return new FileResilience(file, clients, calls, errorHandling);
    }

    static FileResilience python(String file, String text) {
        SourceTokens source = SourceTokens.python(text);
        SdkImports imports = SdkImports.of(source);
        Bindings bindings = Bindings.of(source);
        List<ClientConstruction> clients = new ArrayList<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            boolean construction = source.isKind(i, TokenKind.IDENTIFIER) && source.isPunctuation(i + 1, "(")
                    && !source.isIdentifier(i - 1, "def") && !source.isIdentifier(i - 1, "class");
            if (!construction) {
                continue;
            }
            String name = source.get(i).text();
            Location at = at(file, source.get(i));
            SdkImports.ClientKind kind = PythonCalls.clientKind(source, imports, i);
            if (kind == SdkImports.ClientKind.OFFICIAL) {
                Value.Mapping options = bindings.keywordArguments(source.arguments(i + 1));
                int start = source.isPunctuation(i - 1, ".") ? CallReader.receiverStart(source, i - 1) : i;
                clients.add(new ClientConstruction(Sdk.PYTHON, name, at, setting(bindings, options, "timeout_ms"),
                        retries(bindings, options, "retry_config"), CallReader.assignedName(source, start)));
            } else if ((name.equals("OpenAI") || name.equals("AsyncOpenAI"))
                    && JavaScriptCalls.pointsAtMistral(bindings, bindings.keywordArguments(source.arguments(i + 1)), "base_url")) {
                Value.Mapping options = bindings.keywordArguments(source.arguments(i + 1));
                clients.add(new ClientConstruction(Sdk.OPENAI_PYTHON, name, at, setting(bindings, options, "timeout"),
                        setting(bindings, options, "max_retries")));
            } else if (name.equals("ChatMistralAI")) {
                Value.Mapping options = bindings.keywordArguments(source.arguments(i + 1));
                clients.add(new ClientConstruction(Sdk.LANGCHAIN_PYTHON, name, at, setting(bindings, options, "timeout"),
                        setting(bindings, options, "max_retries")));
            } else if (kind == SdkImports.ClientKind.LEGACY) {
                List<Argument> arguments = source.arguments(i + 1);
                Value.Mapping options = bindings.keywordArguments(arguments);
                Parameter timeout = setting(bindings, options, "timeout");
                if (timeout instanceof Parameter.Missing && arguments.size() > 3 && arguments.get(3).isPositional()) {
                    timeout = given(bindings, arguments.get(3).value());
                }
                clients.add(new ClientConstruction(Sdk.PYTHON_LEGACY, name, at, timeout,
                        new Parameter.Given(new Value.Unknown("max_retries"))));
            }
        }
        List<CallSettings> calls = new ArrayList<>();
        for (SdkMethods.Match match : SdkMethods.find(source, imports)) {
            Value.Mapping options = bindings.keywordArguments(source.arguments(match.open()));
            calls.add(new CallSettings(at(file, source.get(match.open())), setting(bindings, options, "timeout_ms"),
                    retries(bindings, options, "retries"), match.receiver()));
        }
        clients.addAll(PythonFrameworkCalls.clients(file, bindings));
        return new FileResilience(file, clients, calls, List.of());
    }

    private static Parameter setting(Bindings bindings, Value options, String key) {
        if (!(options instanceof Value.Mapping mapping)) {
            return new Parameter.Unseen();
        }
        Optional<TokenSpan> span = mapping.entry(key);
        if (span.isEmpty()) {
            return mapping.complete() ? new Parameter.Missing() : new Parameter.Unseen();
        }
        return span.get().isEmpty() ? new Parameter.Given(new Value.Unknown(key)) : given(bindings, span.get());
    }

    private static Parameter given(Bindings bindings, TokenSpan span) {
        Value value = bindings.resolve(span);
        return value instanceof Value.Nothing ? new Parameter.Missing() : new Parameter.Given(value);
    }

    /** A retry setting; {@code { strategy: "none" }} is set but retries nothing. */
    private static Parameter retries(Bindings bindings, Value options, String key) {
        Parameter retries = setting(bindings, options, key);
        if (retries instanceof Parameter.Given given && given.value() instanceof Value.Mapping config) {
            Optional<Value> strategy = config.entry("strategy").map(bindings::resolve);
            if (strategy.isPresent() && strategy.get() instanceof Value.Text text && text.text().equals("none")) {
                return new Parameter.Missing();
            }
        }
        return retries;
    }

    private static Location at(String file, Token token) {
        return new Location(file, token.line(), token.column());
    }
}
