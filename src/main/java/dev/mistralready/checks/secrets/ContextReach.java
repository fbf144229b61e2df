package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a rule's context may be further from a match than the statement, because the text right
 * before the match on its line already says what the match is: {@code Authorization: Bearer …} is a
 * credential, and the URL it is sent to may be a few lines up (a {@code fetch} call, a
 * {@code HEADERS} dict under an {@code API_URL} constant); {@code Client::new(Some("…"} is the
 * client of whichever crate the file imports at its top.
 *
 * @param before  regex the text before the match on its line must match (anchor it with {@code $})
 * @param lines   how many lines either side the context is looked for in, blank lines included;
 *                empty for the whole file
 * @param context the regex to look for there, instead of the rule's own
 */
record ContextReach(Pattern before, Optional<Integer> lines, Optional<Pattern> context) {

    @JsonCreator
    static ContextReach bind(@JsonProperty(value = "before", required = true) String before,
                             @JsonProperty("lines") String lines,
                             @JsonProperty("context") String context) {
        Optional<Integer> reach;
        if (lines == null || lines.equals("file")) {
            reach = Optional.empty();
        } else {
            try {
                reach = Optional.of(Integer.parseInt(lines));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("`lines` of a `reach` is a number of lines or `file`, not `" + lines + "`");
            }
            if (reach.get() < 1) {
                throw new IllegalArgumentException("`lines` of a `reach` must be 1 or more, was " + lines);
            }
        }
        return new ContextReach(pattern("before", before), reach,
                context == null ? Optional.empty() : Optional.of(pattern("context", context)));
    }

    private static Pattern pattern(String what, String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("`" + what + "` of a `reach` is not a valid regex: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    /** The text this reach looks in around 1-based {@code line}: the lines within reach, or all of them. */
    String around(LineIndex lines, int line) {
        int from = this.lines.map(reach -> Math.max(1, line - reach)).orElse(1);
        int to = this.lines.map(reach -> Math.min(lines.lineCount(), line + reach)).orElse(lines.lineCount());
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(lines.line(i)).append('\n');
        }
        return text.toString();
    }
}
