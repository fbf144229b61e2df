package dev.mistralready.checks.models;

import dev.mistralready.project.source.Argument;
import dev.mistralready.project.source.Bindings;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import dev.mistralready.project.source.TokenSpan;
import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests sent to Mistral's REST API without an SDK: in Python {@code requests.post(URL, json={...})},
 * and any {@code x.post(URL, json=...)} of {@code httpx}, a session or a client; in TS/JS
 * {@code fetch(URL, { body: JSON.stringify({...}) })}, {@code axios.post(URL, {...})},
 * {@code axios.request({ url, data })} and {@code axios({ url, data })}. The URL, written or a
 * constant of the file ({@code this.API_URL} and {@code Config.URL} read as the field they name,
 * {@code BASE + "/v1/..."} joined), must be on Mistral's host with a {@code /v1/} path the lint
 * knows, which also says which endpoint it is. The JSON body is the request's options, in the API's
 * own snake_case; a body the file does not build is options not seen, never reported missing.
 */
final class HttpCalls {

    private static final Set<String> HOSTS = Set.of("api.mistral.ai", "codestral.mistral.ai");

    /** The paths after {@code /v1/} and the endpoint each is. */
    private static final Map<String, Endpoint> PATHS = Map.of(
            "chat/completions", Endpoint.CHAT,
            "fim/completions", Endpoint.FIM,
            "agents/completions", Endpoint.AGENT,
            "embeddings", Endpoint.EMBEDDINGS,
            "ocr", Endpoint.OCR,
            "moderations", Endpoint.MODERATION,
            "chat/moderations", Endpoint.MODERATION,
            "classifications", Endpoint.CLASSIFICATION,
            "chat/classifications", Endpoint.CLASSIFICATION,
            "audio/transcriptions", Endpoint.TRANSCRIPTION);

    private HttpCalls() {
    }

    static List<ChatCall> python(String file, Bindings bindings) {
        SourceTokens source = bindings.source();
        List<ChatCall> calls = new ArrayList<>();
        for (int i = 1; i + 1 < source.size(); i++) {
            if (!source.isPunctuation(i - 1, ".") || !source.isIdentifier(i, "post") || !source.isPunctuation(i + 1, "(")) {
                continue;
            }
            List<Argument> arguments = source.arguments(i + 1);
            Value.Mapping keywords = bindings.keywordArguments(arguments);
            Optional<TokenSpan> url = !arguments.isEmpty() && arguments.get(0).isPositional()
                    ? Optional.of(arguments.get(0).value()) : keywords.entry("url");
            Optional<Endpoint> endpoint = url.flatMap(span -> endpoint(bindings, span));
            if (endpoint.isEmpty()) {
                continue;
            }
            Value body = keywords.entry("json").map(span -> body(bindings, span))
                    .or(() -> keywords.entry("data").map(span -> body(bindings, span)))
                    .orElseGet(() -> new Value.Unknown(""));
            calls.add(CallReader.read(bindings, Sdk.HTTP, endpoint.get(), file, CallReader.receiverStart(source, i - 1),
                    i + 1, body));
        }
        return calls;
    }

    static List<ChatCall> javaScript(String file, Bindings bindings) {
        SourceTokens source = bindings.source();
        List<ChatCall> calls = new ArrayList<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            if (!source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")
                    || source.isIdentifier(i - 1, "function")) {
                continue;
            }
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            String name = source.get(i).text();
            List<TokenSpan> arguments = source.items(i + 1);
            Optional<TokenSpan> url;
            Value body;
            if (name.equals("fetch") || member && name.equals("post")) {
                url = arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.get(0));
                if (name.equals("post")) {
                    body = arguments.size() < 2 ? new Value.Unknown("") : body(bindings, arguments.get(1));
                } else {
                    Value init = arguments.size() < 2 ? new Value.Unknown("") : bindings.resolve(arguments.get(1));
                    body = init instanceof Value.Mapping options ? options.entry("body").map(span -> body(bindings, span))
                            .orElseGet(() -> new Value.Unknown("")) : new Value.Unknown("");
                }
            } else if (member && name.equals("request") || !member && name.equals("axios")) {
                Value config = arguments.size() != 1 ? new Value.Unknown("") : bindings.resolve(arguments.get(0));
                if (!(config instanceof Value.Mapping options)) {
                    continue;
                }
                url = options.entry("url");
                body = options.entry("data").map(span -> body(bindings, span)).orElseGet(() -> new Value.Unknown(""));
            } else {
                continue;
            }
            Optional<Endpoint> endpoint = url.flatMap(span -> endpoint(bindings, span));
            if (endpoint.isPresent()) {
                int start = member ? CallReader.receiverStart(source, i - 1) : i;
                calls.add(CallReader.read(bindings, Sdk.HTTP, endpoint.get(), file, start, i + 1, body));
            }
        }
        return calls;
    }

    /** The endpoint a URL reaches, if it is Mistral's API and a path the lint knows. */
    private static Optional<Endpoint> endpoint(Bindings bindings, TokenSpan span) {
        return text(bindings, span).flatMap(HttpCalls::endpoint);
    }

    static Optional<Endpoint> endpoint(String url) {
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        if (slash < 0 || !HOSTS.contains(rest.substring(0, slash))) {
            return Optional.empty();
        }
        String path = rest.substring(slash).replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        return path.startsWith("/v1/") ? Optional.ofNullable(PATHS.get(path.substring("/v1/".length()))) : Optional.empty();
    }

    /**
     * The text a URL expression stands for: what {@link Bindings} resolves, a field read through
     * {@code this.NAME} or {@code Type.NAME} as the file's {@code NAME}, or parts joined with {@code +}.
     */
    private static Optional<String> text(Bindings bindings, TokenSpan span) {
        SourceTokens source = bindings.source();
        List<TokenSpan> parts = new ArrayList<>();
        int start = span.from();
        for (int index = span.from(); index < span.to(); index++) {
            if (source.isPunctuation(index, "+")) {
                parts.add(new TokenSpan(start, index));
                start = index + 1;
            } else if (source.closing(index).isPresent()) {
                index = source.closing(index).getAsInt();
            }
        }
        parts.add(new TokenSpan(start, span.to()));
        StringBuilder text = new StringBuilder();
        for (TokenSpan part : parts) {
            if (part.isEmpty()) {
                return Optional.empty();
            }
            boolean field = part.size() == 3 && source.isKind(part.from(), TokenKind.IDENTIFIER)
                    && source.isPunctuation(part.from() + 1, ".") && source.isKind(part.from() + 2, TokenKind.IDENTIFIER);
            TokenSpan read = field ? new TokenSpan(part.from() + 2, part.to()) : part;
            if (!(bindings.resolve(read) instanceof Value.Text piece)) {
                return Optional.empty();
            }
            text.append(piece.text());
        }
        return Optional.of(text.toString());
    }

    /** A request body: an object or dict, or one serialised in place ({@code JSON.stringify(x)}, {@code json.dumps(x)}). */
    private static Value body(Bindings bindings, TokenSpan span) {
        SourceTokens source = bindings.source();
        int from = span.from();
        boolean serialised = span.size() > 3 && source.isPunctuation(from + 1, ".") && source.isPunctuation(from + 3, "(")
                && (source.isIdentifier(from, "JSON") && source.isIdentifier(from + 2, "stringify")
                || source.isIdentifier(from, "json") && source.isIdentifier(from + 2, "dumps"))
                && source.closing(from + 3).orElse(-1) == span.to() - 1;
        if (serialised) {
            List<TokenSpan> arguments = source.items(from + 3);
            return arguments.isEmpty() ? new Value.Unknown("") : bindings.resolve(arguments.get(0));
        }
        return bindings.resolve(span);
    }
}
