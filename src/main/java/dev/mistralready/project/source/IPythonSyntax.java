package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells which lines of a notebook cell are IPython rather than Python: line magics and shell escapes
 * ({@code %pip install x}, {@code !ls}, {@code files = !ls}, {@code x = %env HOME}), help lines
 * ({@code Mistral?}, {@code ?Mistral}, {@code client.chat??}), and every line of a cell that starts
 * with a cell magic other than those running their body as Python. A line that starts inside a
 * triple-quoted string is part of that string, never a magic.
 */
final class IPythonSyntax {

    private static final Pattern LINE_MAGIC = Pattern.compile("\\s*[%!].*");
    private static final Pattern ASSIGNED_MAGIC = Pattern.compile("\\s*[A-Za-z_][\\w.,\\s]*=\\s*[%!].*");
    private static final Pattern HELP = Pattern.compile("\\s*(\\?{1,2}[\\w.]+|[\\w.]+\\?{1,2})\\s*");
    private static final Pattern CELL_MAGIC = Pattern.compile("\\s*%%(\\w+)(.*)");

    private IPythonSyntax() {
    }

    /** For each line of {@code cell} (which ends with a line break), whether it is to be blanked. */
    static List<Boolean> blankLines(String cell, List<String> pythonCellMagics) {
        List<String> lines = cell.lines().toList();
        List<Boolean> blank = new ArrayList<>(lines.size());
        boolean wholeCell = false;
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first < lines.size()) {
            var magic = CELL_MAGIC.matcher(lines.get(first));
            if (magic.matches()) {
                String name = magic.group(1);
                boolean python = pythonCellMagics.contains(name)
                        || name.equals("writefile") && magic.group(2).strip().endsWith(".py");
                wholeCell = !python;
            }
        }
        String openString = null; // the triple quote a line starts inside of
        boolean continued = false;
        for (String line : lines) {
            boolean magic = wholeCell || continued
                    || openString == null && (LINE_MAGIC.matcher(line).matches() || ASSIGNED_MAGIC.matcher(line).matches()
                    || HELP.matcher(line).matches());
            blank.add(magic);
            continued = magic && !wholeCell && line.endsWith("\\");
            if (!magic) {
                openString = tripleQuoteOpenAfter(line, openString);
            }
        }
        return blank;
    }

    /** The triple quote still open at the end of {@code line}, given the one open at its start. */
    private static String tripleQuoteOpenAfter(String line, String open) {
        int i = 0;
        String single = null; // a one-line string: ' or "
        while (i < line.length()) {
            char c = line.charAt(i);
            if (open != null) {
                if (c == '\\') {
                    i += 2;
                } else if (line.startsWith(open, i)) {
                    open = null;
                    i += 3;
                } else {
                    i++;
                }
            } else if (single != null) {
                if (c == '\\') {
                    i += 2;
                } else {
                    if (line.startsWith(single, i)) {
                        single = null;
                    }
                    i++;
                }
            } else if (c == '#') {
                return null;
            } else if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
                open = line.substring(i, i + 3);
                i += 3;
            } else if (c == '"' || c == '\'') {
                single = String.valueOf(c);
                i++;
            } else {
                i++;
            }
        }
        return open;
    }
}
