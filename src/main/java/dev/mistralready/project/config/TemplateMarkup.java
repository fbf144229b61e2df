package dev.mistralready.project.config;

/**
 * Whether a text holds Go template markup ({@code {{ … }}}) where YAML would see it as structure: outside
 * quoted scalars, comments and block scalars. A PrometheusRule's {@code summary: "{{ $labels.instance }} down"}
 * is a quoted value, and a file of such values is YAML; {@code {{- if .Values.enabled }}} on a line of its
 * own is a template. It reads the text lexically, never as YAML, since it is asked about files that do not parse.
 */
public final class TemplateMarkup {

    private TemplateMarkup() {
    }

    public static boolean outsideQuotedValues(String text) {
        char quote = 0;
        int blockIndent = -1; // lines indented more than this belong to a block scalar
        for (String line : text.split("\r?\n", -1)) {
            int indent = indentOf(line);
            if (quote == 0 && blockIndent >= 0) {
                if (line.isBlank() || indent > blockIndent) {
                    continue;
                }
                blockIndent = -1;
            }
            char last = 0; // the last character outside a quote, outside blanks, on this line
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == '"') {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        quote = 0;
                        last = c;
                    }
                    continue;
                }
                if (quote == '\'') {
                    if (c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++;
                    } else if (c == '\'') {
                        quote = 0;
                        last = c;
                    }
                    continue;
                }
                if (c == '{' && i + 1 < line.length() && line.charAt(i + 1) == '{') {
                    return true;
                }
                if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    break;
                }
                if ((c == '"' || c == '\'') && startsValue(last)) {
                    quote = c;
                    continue;
                }
                if ((c == '|' || c == '>') && (last == ':' || last == '-') && blockHeader(line.substring(i + 1))) {
                    blockIndent = indent;
                    break;
                }
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
            }
        }
        return false;
    }

    /** A quote opens a scalar at the start of a line, a value, an item, a flow entry or a key. */
    private static boolean startsValue(char last) {
        return last == 0 || last == ':' || last == '-' || last == '[' || last == '{' || last == ',' || last == '?';
    }

    /** What may follow {@code |} or {@code >}: indentation and chomping indicators, then a comment or nothing. */
    private static boolean blockHeader(String rest) {
        String header = rest.strip();
        int comment = header.indexOf('#');
        String indicators = comment >= 0 ? header.substring(0, comment).strip() : header;
        return indicators.matches("[0-9+-]{0,2}");
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }
}
