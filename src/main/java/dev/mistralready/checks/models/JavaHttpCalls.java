package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raw HTTP to Mistral from Java: in a file whose code (not a comment) has a string naming
 * {@code api.mistral.ai} (a URL constant, or the default of {@code @Value("${x:https://api.mistral.ai}")}),
 * each request an HTTP client sends with a body is one call: RestTemplate's {@code postForObject},
 * {@code postForEntity} and {@code exchange}, RestClient's and WebClient's {@code .post()}, and
 * {@code java.net.http.HttpClient}'s {@code send} / {@code sendAsync}. Its JSON body is built
 * out of the lint's sight, so it is seen and its options are not checked (the details say so).
 */
final class JavaHttpCalls {

    static final String HOST = "api.mistral.ai";
    private static final Set<String> SENDS = Set.of("postForObject", "postForEntity", "exchange", "send", "sendAsync");

    private JavaHttpCalls() {
    }

    static List<ChatCall> find(String file, SourceTokens source) {
        List<ChatCall> calls = new ArrayList<>();
        boolean namesHost = source.tokens().stream().anyMatch(token -> token.kind() == TokenKind.STRING
                && token.text().contains(HOST));
        if (!namesHost) {
            return calls;
        }
        for (int i = 1; i + 1 < source.size(); i++) {
            if (!source.isPunctuation(i - 1, ".") || !source.isKind(i, TokenKind.IDENTIFIER) || !source.isPunctuation(i + 1, "(")) {
                continue;
            }
            String method = source.get(i).text();
            boolean post = method.equals("post") && source.isPunctuation(i + 2, ")");
            if (!post && !SENDS.contains(method)) {
                continue;
            }
            int start = CallReader.receiverStart(source, i - 1);
            Token first = source.get(start);
            Parameter unseen = new Parameter.Unseen();
            calls.add(new ChatCall(Sdk.HTTP, source.calleeText(start, i + 1),
                    new Location(file, first.line(), first.column()), unseen, unseen, unseen, false, false));
        }
        return calls;
    }
}
