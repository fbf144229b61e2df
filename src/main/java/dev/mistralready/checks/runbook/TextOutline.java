package dev.mistralready.checks.runbook;

import dev.mistralready.checks.runbook.MarkdownOutline.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a runbook in AsciiDoc, reStructuredText or plain text, as much as the gate needs:
 * AsciiDoc section titles ({@code == Rollback}) and delimited blocks ({@code ----}, {@code ....},
 * {@code ```}) as code; reST titles (a line underlined with {@code ===}, {@code ---}, {@code ~~~}, …,
 * levels in the order the underlines first appear); lines indented by a tab or four spaces as code.
 * Everything else is prose, so a topic named anywhere in the text counts.
 */
final class TextOutline {

    private static final Pattern ASCIIDOC_TITLE = Pattern.compile("^(={1,6})[ \\t]+(\\S.*?)[ \\t]*$");
    private static final Pattern ASCIIDOC_DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|`{3,}|\\+{4,})[ \\t]*$");
    private static final Pattern REST_UNDERLINE = Pattern.compile("^([=\\-~^\"'#*+:._`])\\1{2,}[ \\t]*$");
    private static final Pattern INDENTED = Pattern.compile("^(?: {4}|\\t)\\s*\\S");

    private TextOutline() {
    }

    /** @param asciiDoc whether {@code =} titles and delimited blocks are read (AsciiDoc), else reST underlines */
    static MarkdownDocument read(String document, boolean asciiDoc) {
        String[] lines = document.split("\\R", -1);
        Kind[] kinds = new Kind[lines.length];
        List<int[]> found = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Character> underlines = new ArrayList<>();
        String block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher delimiter = ASCIIDOC_DELIMITER.matcher(line);
            if (asciiDoc && block != null) {
                kinds[i] = Kind.CODE;
                if (delimiter.matches() && delimiter.group(1).equals(block)) {
                    block = null;
                }
                continue;
            }
            if (asciiDoc && delimiter.matches()) {
                block = delimiter.group(1);
                kinds[i] = Kind.CODE;
                continue;
            }
            Matcher title = ASCIIDOC_TITLE.matcher(line);
            Matcher underline = REST_UNDERLINE.matcher(line);
            if (line.isBlank()) {
                kinds[i] = Kind.BLANK;
            } else if (asciiDoc && title.matches()) {
                kinds[i] = Kind.HEADING;
                found.add(new int[] {i, title.group(1).length()});
                texts.add(title.group(2));
            } else if (!asciiDoc && underline.matches() && i > 0 && kinds[i - 1] == Kind.TEXT
                    && line.strip().length() >= lines[i - 1].strip().length()) {
                char mark = underline.group(1).charAt(0);
                if (!underlines.contains(mark)) {
                    underlines.add(mark);
                }
                kinds[i - 1] = Kind.HEADING;
                kinds[i] = Kind.UNDERLINE;
                found.add(new int[] {i - 1, Math.min(6, underlines.indexOf(mark) + 1)});
                texts.add(lines[i - 1].strip());
            } else if (!asciiDoc && underline.matches()) {
                kinds[i] = Kind.BLANK; // an overline or a transition
            } else if (INDENTED.matcher(line).find()) {
                kinds[i] = Kind.CODE;
            } else {
                kinds[i] = Kind.TEXT;
            }
        }
        return MarkdownOutline.assemble(lines, kinds, found, texts);
    }
}
