package dev.mistralready.checks.models;

import dev.mistralready.project.source.SourceTokens;
import dev.mistralready.project.source.TokenKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a Python file imports, each with the dotted name it stands for:
 * {@code from llama_index.llms.mistralai import MistralAI as LLM} makes {@code LLM} stand for
 * {@code llama_index.llms.mistralai.MistralAI}; {@code import litellm as ll} makes {@code ll}
 * stand for {@code litellm}. Used to tell a framework's class from another of the same name.
 */
final class PythonImports {

    private final Map<String, String> names;

    private PythonImports(Map<String, String> names) {
        this.names = names;
    }

    static PythonImports of(SourceTokens source) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            boolean statementStart = i == 0 || source.isKind(i - 1, TokenKind.NEWLINE);
            if (statementStart && source.isIdentifier(i, "from")) {
                StringBuilder module = new StringBuilder();
                int at = i + 1;
                while (at < source.size() && !source.isIdentifier(at, "import") && !source.isKind(at, TokenKind.NEWLINE)) {
                    module.append(source.get(at).text());
                    at++;
                }
                if (!source.isIdentifier(at, "import")) {
                    continue;
                }
                at++;
                while (at < source.size() && !source.isKind(at, TokenKind.NEWLINE)) {
                    if (source.isKind(at, TokenKind.IDENTIFIER)) {
                        String name = source.get(at).text();
                        String alias = name;
                        if (source.isIdentifier(at + 1, "as") && source.isKind(at + 2, TokenKind.IDENTIFIER)) {
                            alias = source.get(at + 2).text();
                            at += 2;
                        }
                        names.put(alias, module + "." + name);
                    }
                    at++;
                }
            } else if (statementStart && source.isIdentifier(i, "import")) {
                int at = i + 1;
                while (at < source.size() && !source.isKind(at, TokenKind.NEWLINE)) {
                    StringBuilder dotted = new StringBuilder(source.get(at).text());
                    String first = source.get(at).text();
                    while (source.isPunctuation(at + 1, ".") && source.isKind(at + 2, TokenKind.IDENTIFIER)) {
                        dotted.append('.').append(source.get(at + 2).text());
                        at += 2;
                    }
                    if (source.isIdentifier(at + 1, "as") && source.isKind(at + 2, TokenKind.IDENTIFIER)) {
                        names.put(source.get(at + 2).text(), dotted.toString());
                        at += 2;
                    } else {
                        names.put(first, first);
                    }
                    at++;
                    if (source.isPunctuation(at, ",")) {
                        at++;
                    }
                }
            }
        }
        return new PythonImports(names);
    }

    /**
     * The full dotted name of the callee from {@code start} to {@code end} (inclusive), e.g.
     * {@code litellm.completion} for {@code ll.completion} after {@code import litellm as ll};
     * empty when its first name is not imported.
     */
    Optional<String> resolve(SourceTokens source, int start, int end) {
        if (!source.isKind(start, TokenKind.IDENTIFIER)) {
            return Optional.empty();
        }
        String first = names.get(source.get(start).text());
        if (first == null) {
            return Optional.empty();
        }
        StringBuilder dotted = new StringBuilder(first);
        for (int at = start + 1; at <= end; at++) {
            dotted.append(source.get(at).text());
        }
        return Optional.of(dotted.toString());
    }
}
