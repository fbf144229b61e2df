package dev.mistralready.checks.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text around a match that counts as "the same statement", where a rule looks for its context
 * (the word Mistral): the match's own line; the lines of the statement it continues (up to a line
 * ending a previous statement, down to the line ending this one), so that {@code .apiKey("…")} in a
 * builder chain sees {@code MistralAiChatModel.builder()} above it; in YAML the keys enclosing the
 * line ({@code mistralai:} a few lines above {@code api-key:}) and the keys beside it in its mapping
 * ({@code provider: mistral}); in TOML and INI files its section.
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
            yamlSiblings(lines, line, window);
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

    /**
     * The keys of the same YAML mapping as the match's line, blank lines and comments between them
     * passed over, up to {@value #STATEMENT_REACH} either way: {@code provider: mistral} is the
     * context of an {@code api_key:} beside it, whatever the order and blank lines. Nested blocks
     * of the siblings are not read, and the mapping ends at a line indented less or at its list item's
     * {@code - }.
     */
    private static void yamlSiblings(LineIndex lines, int line, List<String> window) {
        int indent = indentOf(lines.line(line));
        boolean firstOfItem = lines.line(line).strip().startsWith("- ");
        for (int step : new int[] {-1, 1}) {
            if (step < 0 && firstOfItem) {
                continue; // above it are other items of the list
            }
            int siblings = 0;
            for (int at = line + step; at >= 1 && at <= lines.lineCount() && siblings < STATEMENT_REACH; at += step) {
                String text = lines.line(at);
                if (text.isBlank() || text.strip().startsWith("#")) {
                    continue;
                }
                int atIndent = indentOf(text);
                if (atIndent < indent || text.startsWith("---")) {
                    break;
                }
                boolean item = text.strip().startsWith("- ");
                if (atIndent == indent && item && step > 0) {
                    break; // the next item of a list: another mapping
                }
                if (atIndent == indent) {
                    window.add(text.strip());
                    siblings++;
                }
                if (atIndent == indent && item) {
                    break; // the first key of this item of a list
                }
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
