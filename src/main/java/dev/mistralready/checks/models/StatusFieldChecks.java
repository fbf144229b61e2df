package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Location;
import dev.mistralready.check.Severity;
import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds error handlers that read {@code status} from an error of the official TS SDK, whose field is
 * {@code statusCode}: such a test never matches, so 429 and 5xx go unhandled. A handler counts when
 * it is the {@code catch (e)} of a {@code try} block that makes a Mistral call, or tests
 * {@code e instanceof MistralError} (or {@code SDKError}, {@code HTTPValidationError}), or is
 * the handler of {@code .catch(e => ...)} chained on a Mistral call. A Mistral call is
 * {@code <any>.chat.complete(}/{@code .chat.stream(}, or any call on a name the file assigns
 * {@code new Mistral(...)} to. Reads {@code e.status}, {@code e?.status}, {@code (e as T).status},
 * {@code const { status } = e} and the same on a local the handler assigns {@code e} to. Assigning
 * {@code e.status = 400} is not a read.
 */
final class StatusFieldChecks {

    static final String STATUS_FIELD = "MR-MOD-012";

    private static final Set<String> SDK_ERRORS = Set.of("MistralError", "SDKError", "HTTPValidationError");

    private StatusFieldChecks() {
    }

    static List<Finding> find(String file, String text) {
        return find(file, SourceTokens.javaScript(text));
    }

    /**
     * The same, for a file that makes no Mistral call of its own but imports the SDK (its error
     * classes, say): a catch block there counts only when it tests {@code instanceof MistralError}.
     */
    static List<Finding> findInImporter(String file, String text) {
        SourceTokens source = SourceTokens.javaScript(text);
        return importsSdk(source) ? find(file, source) : List.of();
    }

    /** {@code from "@mistralai/mistralai…"}, {@code require("@mistralai/mistralai…")}, {@code import("…")}. */
    private static boolean importsSdk(SourceTokens source) {
        for (int i = 1; i < source.size(); i++) {
            Token token = source.get(i);
            boolean sdk = token.kind() == TokenKind.STRING && (token.value().equals(SdkDefaults.packageOf(Sdk.TYPESCRIPT))
                    || token.value().startsWith(SdkDefaults.packageOf(Sdk.TYPESCRIPT) + "/"));
            boolean imported = source.isIdentifier(i - 1, "from") || source.isIdentifier(i - 1, "import")
                    || source.isPunctuation(i - 1, "(")
                    && (source.isIdentifier(i - 2, "require") || source.isIdentifier(i - 2, "import"));
            if (sdk && imported) {
                return true;
            }
        }
        return false;
    }

    private static List<Finding> find(String file, SourceTokens source) {
        Set<String> clients = clientNames(source);
        Map<Location, Finding> findings = new LinkedHashMap<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            if (source.isIdentifier(i, "try") && source.isPunctuation(i + 1, "{")) {
                OptionalInt close = source.closing(i + 1);
                if (close.isEmpty()) {
                    continue;
                }
                int catchAt = close.getAsInt() + 1;
                if (!source.isIdentifier(catchAt, "catch") || !source.isPunctuation(catchAt + 1, "(")
                        || !source.isKind(catchAt + 2, TokenKind.IDENTIFIER)) {
                    continue; // try/finally, or `catch {` without a binding
                }
                String parameter = source.get(catchAt + 2).text();
                int bodyOpen = source.closing(catchAt + 1).orElse(-2) + 1;
                if (!source.isPunctuation(bodyOpen, "{") || source.closing(bodyOpen).isEmpty()) {
                    continue;
                }
                int bodyClose = source.closing(bodyOpen).getAsInt();
                if (callsMistral(source, i + 2, close.getAsInt(), clients)
                        || testsSdkError(source, bodyOpen, bodyClose, parameter)) {
                    report(file, source, bodyOpen, bodyClose, parameter, findings);
                }
            } else if (source.isIdentifier(i, "catch") && source.isPunctuation(i + 1, "(")
                    && (source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?."))) {
                int receiver = receiverStart(source, i - 1);
                OptionalInt close = source.closing(i + 1);
                if (close.isEmpty() || !callsMistral(source, receiver, i - 1, clients)) {
                    continue;
                }
                int open = i + 1;
                handlerParameter(source, i + 2).ifPresent(parameter ->
                        report(file, source, open, close.getAsInt(), parameter, findings));
            }
        }
        return List.copyOf(findings.values());
    }

    /** Names the file assigns a {@code new Mistral(...)} to: {@code client}, {@code this.mistral} (as {@code mistral}). */
    private static Set<String> clientNames(SourceTokens source) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 2 < source.size(); i++) {
            if (source.isIdentifier(i, "new") && source.isIdentifier(i + 1, "Mistral") && source.isPunctuation(i + 2, "(")) {
                CallReader.assignedName(source, i).ifPresent(names::add);
            }
        }
        return names;
    }

    private static boolean callsMistral(SourceTokens source, int from, int to, Set<String> clients) {
        for (int i = from; i < to; i++) {
            boolean member = source.isPunctuation(i - 1, ".") || source.isPunctuation(i - 1, "?.");
            if (member && source.isIdentifier(i, "chat") && source.isPunctuation(i + 1, ".")
                    && source.isKind(i + 2, TokenKind.IDENTIFIER) && source.isPunctuation(i + 3, "(")
                    && Set.of("complete", "stream").contains(source.get(i + 2).text())) {
                return true;
            }
            if (source.isKind(i, TokenKind.IDENTIFIER) && clients.contains(source.get(i).text())
                    && (source.isPunctuation(i + 1, ".") || source.isPunctuation(i + 1, "?."))) {
                return true;
            }
        }
        return false;
    }

    private static boolean testsSdkError(SourceTokens source, int from, int to, String parameter) {
        for (int i = from; i + 2 < to; i++) {
            if (source.isIdentifier(i, parameter) && source.isIdentifier(i + 1, "instanceof")
                    && source.isKind(i + 2, TokenKind.IDENTIFIER) && SDK_ERRORS.contains(lastName(source, i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** {@code errors.SDKError} is {@code SDKError}. */
    private static String lastName(SourceTokens source, int index) {
        while (source.isPunctuation(index + 1, ".") && source.isKind(index + 2, TokenKind.IDENTIFIER)) {
            index += 2;
        }
        return source.get(index).text();
    }

    /** The parameter of {@code e => …}, {@code (e) => …}, {@code async (e: unknown) => …}, {@code function (e) {…}}. */
    private static Optional<String> handlerParameter(SourceTokens source, int start) {
        int index = start;
        if (source.isIdentifier(index, "async")) {
            index++;
        }
        if (source.isIdentifier(index, "function")) {
            index += source.isKind(index + 1, TokenKind.IDENTIFIER) ? 2 : 1;
        }
        if (source.isPunctuation(index, "(") && source.isKind(index + 1, TokenKind.IDENTIFIER)) {
            return Optional.of(source.get(index + 1).text());
        }
        if (source.isKind(index, TokenKind.IDENTIFIER) && source.isPunctuation(index + 1, "=>")) {
            return Optional.of(source.get(index).text());
        }
        return Optional.empty();
    }

    private static void report(String file, SourceTokens source, int from, int to, String parameter,
                               Map<Location, Finding> findings) {
        Set<String> names = new HashSet<>(Set.of(parameter));
        for (int i = from; i + 2 < to; i++) {
            // const err = e; const err = e as MistralError;
            if (source.isKind(i, TokenKind.IDENTIFIER) && source.isPunctuation(i + 1, "=") && !member(source, i)
                    && source.isKind(i + 2, TokenKind.IDENTIFIER) && names.contains(source.get(i + 2).text())
                    && (source.isPunctuation(i + 3, ";") || source.isIdentifier(i + 3, "as")
                    || source.get(i + 3).line() > source.get(i + 2).line())) {
                names.add(source.get(i).text());
            }
        }
        for (int i = from; i < to; i++) {
            if (!source.isIdentifier(i, "status") || source.isPunctuation(i + 1, "(")) {
                continue;
            }
            if (source.isPunctuation(i + 1, "=")) {
                continue; // `e.status = 400` sets the field, it does not test it (`==` and `===` are tokens of their own)
            }
            int dot = i - 1;
            if (source.isPunctuation(dot, ".") || source.isPunctuation(dot, "?.")) {
                int object = dot - 1;
                if (source.isKind(object, TokenKind.IDENTIFIER) && names.contains(source.get(object).text())
                        && !member(source, object)) {
                    add(file, source.get(object), source.get(object).text() + source.get(dot).text() + "status", findings);
                } else if (source.isPunctuation(object, ")")) {
                    int open = source.opening(object).orElse(-1);
                    if (open >= 0 && source.isKind(open + 1, TokenKind.IDENTIFIER)
                            && names.contains(source.get(open + 1).text()) && source.isIdentifier(open + 2, "as")) {
                        add(file, source.get(open + 1), "(" + source.get(open + 1).text() + " as "
                                + source.get(open + 3).text() + ")" + source.get(dot).text() + "status", findings);
                    }
                }
            } else if (destructured(source, i, names)) {
                add(file, source.get(i), "{ status } = " + source.get(source.closing(openBrace(source, i)).getAsInt() + 2).text(),
                        findings);
            }
        }
    }

    /** {@code { status } = e} or {@code { status, body } = e}. */
    private static boolean destructured(SourceTokens source, int index, Set<String> names) {
        int open = openBrace(source, index);
        if (open < 0) {
            return false;
        }
        int close = source.closing(open).orElse(-1);
        return close > index && source.isPunctuation(close + 1, "=") && source.isKind(close + 2, TokenKind.IDENTIFIER)
                && names.contains(source.get(close + 2).text());
    }

    private static int openBrace(SourceTokens source, int index) {
        int i = index - 1;
        while (i >= 0 && (source.isPunctuation(i, ",") || source.isKind(i, TokenKind.IDENTIFIER))) {
            i--;
        }
        return source.isPunctuation(i, "{") ? i : -1;
    }

    private static boolean member(SourceTokens source, int index) {
        return source.isPunctuation(index - 1, ".") || source.isPunctuation(index - 1, "?.");
    }

    /** Where the receiver of a chained call starts, from the dot before the method: over {@code a.b(…).c(…)}. */
    private static int receiverStart(SourceTokens source, int dot) {
        int index = dot - 1;
        while (index >= 0) {
            if (source.isPunctuation(index, ")") || source.isPunctuation(index, "]")) {
                OptionalInt open = source.opening(index);
                if (open.isEmpty()) {
                    return index;
                }
                index = open.getAsInt() - 1;
            } else if (source.isKind(index, TokenKind.IDENTIFIER)
                    && (source.isPunctuation(index - 1, ".") || source.isPunctuation(index - 1, "?."))) {
                index -= 2;
            } else {
                return source.isKind(index, TokenKind.IDENTIFIER) ? index : index + 1;
            }
        }
        return 0;
    }

    private static void add(String file, Token at, String written, Map<Location, Finding> findings) {
        Location where = new Location(file, at.line(), at.column());
        findings.putIfAbsent(where, Finding.of(STATUS_FIELD, Severity.ERROR,
                        "`" + written + "` is always undefined on an error from @mistralai/mistralai, whose field is "
                                + "`statusCode`: this test never matches, so 429 and 5xx are not handled as intended",
                        "Read `statusCode` (MistralError, SDKError and HTTPValidationError carry it; connection and "
                                + "timeout errors carry none).")
                .at(where)
                .withFingerprint(Fingerprint.of(STATUS_FIELD, file, written)));
    }
}
