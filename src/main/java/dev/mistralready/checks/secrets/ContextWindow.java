package dev.mistralready.checks.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text around a match that counts as "the same statement", where a rule looks for its context
 * (the word Mistral): the match's own line; the lines of the statement it continues (up to a line
 * ending a previous statement, down to the line ending this one), so that {@code .apiKey("…")} in a
 * builder chain sees {@code MistralAiChatModel.builder()} above it; in YAML the keys enclosing the
 * line ({@code mistralai:} a few lines above {@code api-key:}); in TOML and INI files its section.
 */
final class ContextWindow {

    /** How far a statement may reach from the match, in lines, either way. */
    static final int STATEMENT_REACH = 12;
    private static final int YAML_REACH = 200;

    private ContextWindow() {
    }

    static String around(LineIndex lines, int line, String path) {
        List<String> window = new ArrayList<>();
        window.add(lines.line(line));
        statementAbove(lines, line, window);
        statementBelow(lines, line, window);
        String lowerPath = path.toLowerCase(Locale.ROOT);
        if (lowerPath.endsWith(".yaml") || lowerPath.endsWith(".yml")) {
            yamlParents(lines, line, window);
        } else if (lowerPath.endsWith(".toml") || lowerPath.endsWith(".ini") || lowerPath.endsWith(".cfg")
                || lowerPath.endsWith(".conf")) {
            section(lines, line, window);
        }
        return String.join("\n", window);
    }

    private static void statementAbove(LineIndex lines, int line, List<String> window) {
        for (int above = line - 1; above >= 1 && above >= line - STATEMENT_REACH; above--) {
            String text = lines.line(above).strip();
            if (text.isEmpty() || text.endsWith(";") || text.endsWith("}")) {
                return;
            }
            window.add(text);
            if (text.endsWith("{")) {
                return; // the statement that opens the block the match is in
            }
        }
    }

    private static void statementBelow(LineIndex lines, int line, List<String> window) {
        if (endsStatement(lines.line(line).strip())) {
            return;
        }
        for (int below = line + 1; below <= lines.lineCount() && below <= line + STATEMENT_REACH; below++) {
            String text = lines.line(below).strip();
            if (text.isEmpty()) {
                return;
            }
            window.add(text);
            if (endsStatement(text)) {
                return;
            }
        }
    }

    private static boolean endsStatement(String text) {
        return text.endsWith(";") || text.endsWith("}") || text.endsWith(")") && !text.endsWith("()");
    }

    private static void yamlParents(LineIndex lines, int line, List<String> window) {
        int indent = indentOf(lines.line(line));
        for (int above = line - 1; above >= 1 && above >= line - YAML_REACH && indent > 0; above--) {
            String text = lines.line(above);
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            int aboveIndent = indentOf(text);
            if (aboveIndent < indent) {
                window.add(text.strip());
                indent = aboveIndent;
            }
        }
    }

    private static void section(LineIndex lines, int line, List<String> window) {
        for (int above = line - 1; above >= 1; above--) {
            String text = lines.line(above).strip();
            if (text.startsWith("[")) {
                window.add(text);
                return;
            }
        }
    }

    private static int indentOf(String text) {
        int indent = 0;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t' || text.charAt(indent) == '-')) {
            indent++;
        }
        return indent;
    }
}
