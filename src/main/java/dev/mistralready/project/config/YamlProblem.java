package dev.mistralready.project.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Why a YAML file stopped parsing, and where (1-based line and column), said in the parser's words
 * without ever quoting the file: SnakeYAML's messages carry the offending line under a caret, and
 * Jackson's name the parser event that broke it, either of which may be a key. Only the problem
 * sentence is kept, and within it only the quotes that name a YAML token ({@code '<scalar>'}) or a
 * single character ({@code '\t(TAB)'}); any other quoted or trailing text from the file becomes {@code …}.
 */
public record YamlProblem(int line, int column, String problem) {

    /** {@code '<block end>'}, {@code '?'}, {@code '\t(TAB)'}: quotes that name a token or a character. */
    private static final Pattern HARMLESS_QUOTE = Pattern.compile("'(<[a-z ]+>|\\\\?.|\\\\t\\(TAB\\)|[\\[\\]{},:?\\-|>]{1,2})'");
    private static final Pattern ANY_QUOTE = Pattern.compile("'[^']*'");
    /** SnakeYAML phrases followed by text taken from the file: {@code but found: 12zz}, {@code tag handle !x!}. */
    private static final Pattern FILE_TEXT_AFTER = Pattern.compile("(but found:?|handle|character|directive name|alias|anchor) [^\\s'(]{2,}");

    public YamlProblem {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** {@code 12:3: mapping values are not allowed here}. */
    public String describe() {
        return line + ":" + column + ": " + problem;
    }

    static YamlProblem of(Exception e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String problem = Optional.ofNullable(marked.getProblem()).orElse("invalid YAML");
            Optional<String> context = Optional.ofNullable(marked.getContext()).filter(text -> !text.isBlank());
            String said = context.map(text -> clean(text) + ": ").orElse("") + clean(problem);
            return new YamlProblem(mark.getLine() + 1, mark.getColumn() + 1, said);
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            int line = at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            String first = Optional.ofNullable(json.getOriginalMessage()).flatMap(text -> text.lines().findFirst()).orElse("");
            // Jackson's "Expected a field name (Scalar value in YAML), got this instead: <…Event(anchor=…)>"
            int event = first.indexOf(", got this instead");
            String problem = event >= 0
                    ? "a key is a mapping or a list, not a plain value (a `{{ … }}` template, or a complex key)"
                    : clean(first);
            return new YamlProblem(line, column, problem.isBlank() ? "invalid YAML" : problem);
        }
        // A value the reader could not convert, say: its message may quote the value, so it is not shown.
        return new YamlProblem(1, 1, "a value could not be read (" + e.getClass().getSimpleName() + ")");
    }

    /** The sentence with file text replaced by {@code …}, on one line, at most 160 characters. */
    static String clean(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        Matcher quotes = ANY_QUOTE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (quotes.find()) {
            String quote = quotes.group();
            quotes.appendReplacement(out, Matcher.quoteReplacement(HARMLESS_QUOTE.matcher(quote).matches() ? quote : "'…'"));
        }
        quotes.appendTail(out);
        String cleaned = FILE_TEXT_AFTER.matcher(out).replaceAll("$1 …").replaceAll("[\\p{Cntrl}]", " ");
        return cleaned.length() <= 160 ? cleaned : cleaned.substring(0, 159) + "…";
    }
}
