package dev.mistralready.checks.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of a Markdown document with what their sections hold, and its prose lines: ATX headings
 * ({@code ## Rollback}) and setext headings (a paragraph underlined with {@code ===} or {@code ---}).
 * Lines inside fenced or indented code blocks are neither headings nor prose, and a {@code ---} after a
 * blank line is a thematic break. Enough CommonMark for runbooks, not a full parser: block quotes,
 * lists and tables are read as prose.
 */
final class MarkdownOutline {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern INDENTED_CODE = Pattern.compile("^(?: {4}|\\t)\\s*\\S");

    private MarkdownOutline() {
    }

    /** Line kinds, one per line of the document. */
    enum Kind { BLANK, TEXT, CODE, HEADING, UNDERLINE }

    static List<MarkdownHeading> headings(String document) {
        return read(document).headings();
    }

    static MarkdownDocument read(String document) {
        String[] lines = document.split("\\R", -1);
        Kind[] kinds = new Kind[lines.length];
        List<int[]> found = new ArrayList<>(); // {line index, level}
        List<String> texts = new ArrayList<>();
        String fence = null;
        int paragraphStart = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                kinds[i] = Kind.CODE;
                Matcher closing = FENCE.matcher(line);
                if (closing.matches() && closing.group(1).charAt(0) == fence.charAt(0)
                        && closing.group(1).length() >= fence.length() && closing.group(2).isBlank()) {
                    fence = null;
                }
                continue;
            }
            Matcher opening = FENCE.matcher(line);
            if (opening.matches() && !(opening.group(1).charAt(0) == '`' && opening.group(2).contains("`"))) {
                fence = opening.group(1);
                kinds[i] = Kind.CODE;
                paragraphStart = -1;
                continue;
            }
            if (line.isBlank()) {
                kinds[i] = Kind.BLANK;
                paragraphStart = -1;
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && paragraphStart >= 0) {
                kinds[i] = Kind.UNDERLINE;
                StringBuilder text = new StringBuilder();
                for (int j = paragraphStart; j < i; j++) {
                    text.append(j > paragraphStart ? " " : "").append(lines[j].strip());
                    kinds[j] = Kind.HEADING;
                }
                found.add(new int[] {paragraphStart, setext.group(1).charAt(0) == '=' ? 1 : 2});
                texts.add(text.toString());
                paragraphStart = -1;
                continue;
            }
            if (setext.matches()) {
                kinds[i] = Kind.BLANK; // a thematic break, or a stray underline: no content
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                kinds[i] = Kind.HEADING;
                found.add(new int[] {i, atx.group(1).length()});
                texts.add(atx.group(2) == null ? "" : atx.group(2).strip());
                paragraphStart = -1;
                continue;
            }
            if (paragraphStart < 0 && INDENTED_CODE.matcher(line).find() && (i == 0 || kinds[i - 1] != Kind.TEXT)) {
                kinds[i] = Kind.CODE;
                continue;
            }
            kinds[i] = Kind.TEXT;
            if (paragraphStart < 0) {
                paragraphStart = i;
            }
        }
        return assemble(lines, kinds, found, texts);
    }

    /**
     * The document of these lines, classified: {@code found} holds {line index, level} per heading, in order,
     * and {@code texts} its text. Other lightweight markups classify their lines and assemble them here.
     */
    static MarkdownDocument assemble(String[] lines, Kind[] kinds, List<int[]> found, List<String> texts) {
        List<MarkdownHeading> headings = sections(lines, kinds, found, texts);
        return new MarkdownDocument(headings, prose(lines, kinds, headings), preambleHasCode(lines, kinds));
    }

    /** The prose lines, each with the deepest heading it is under. */
    private static List<MarkdownDocument.Prose> prose(String[] lines, Kind[] kinds, List<MarkdownHeading> headings) {
        List<MarkdownDocument.Prose> prose = new ArrayList<>();
        int section = -1;
        for (int i = 0; i < lines.length; i++) {
            while (section + 1 < headings.size() && headings.get(section + 1).line() <= i + 1) {
                section++;
            }
            if (kinds[i] == Kind.TEXT) {
                prose.add(new MarkdownDocument.Prose(i + 1, lines[i], section));
            }
        }
        return prose;
    }

    private static boolean preambleHasCode(String[] lines, Kind[] kinds) {
        for (int i = 0; i < lines.length && kinds[i] != Kind.HEADING; i++) {
            if (kinds[i] == Kind.CODE || (kinds[i] == Kind.TEXT && lines[i].contains("`"))) {
                return true;
            }
        }
        return false;
    }

    private static List<MarkdownHeading> sections(String[] lines, Kind[] kinds, List<int[]> found, List<String> texts) {
        List<MarkdownHeading> headings = new ArrayList<>();
        for (int h = 0; h < found.size(); h++) {
            int start = found.get(h)[0];
            int level = found.get(h)[1];
            int end = lines.length;
            for (int next = h + 1; next < found.size(); next++) {
                if (found.get(next)[1] <= level) {
                    end = found.get(next)[0];
                    break;
                }
            }
            boolean content = false;
            boolean code = false;
            for (int i = start + 1; i < end; i++) {
                if (kinds[i] == Kind.TEXT || kinds[i] == Kind.CODE) {
                    content = true;
                    code |= kinds[i] == Kind.CODE || lines[i].contains("`");
                }
            }
            headings.add(new MarkdownHeading(level, texts.get(h), start + 1, content, code));
        }
        return headings;
    }
}
