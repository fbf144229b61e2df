package dev.mistralready.checks.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mistralready.check.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code reject} option: regular expressions, matched without case anywhere in the answer, that
 * mark an answer as the app's fallback rather than the model's ({@code temporarily unavailable},
 * {@code try again later}). Checked when the checklist is read.
 *
 * <p>A checklist may come from a pull request, so a pattern gets a bounded number of steps on an
 * answer: one that backtracks without end is reported, not left to hang the gate.
 */
public record RejectPatterns(List<String> patterns) {

    public static final RejectPatterns NONE = new RejectPatterns(List.of());

    /** Reads of the answer's characters one pattern may make: ample for any sane pattern on a short answer. */
    static final long MAX_STEPS = 10_000_000;

    public RejectPatterns {
        patterns = List.copyOf(patterns);
        patterns.forEach(RejectPatterns::compiled);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RejectPatterns of(List<String> written) {
        List<String> checked = new ArrayList<>();
        for (String pattern : written) {
            if (pattern == null || pattern.isBlank()) {
                throw new IllegalArgumentException("`reject` has an empty pattern, which every answer would match; "
                        + "write the text of the app's fallback, such as \"temporarily unavailable\"");
            }
            checked.add(pattern);
        }
        return new RejectPatterns(checked);
    }

    public static RejectPatterns of(String... patterns) {
        return of(List.of(patterns));
    }

    /**
     * The first pattern found in {@code answer}.
     *
     * @throws TooSlow naming a pattern that took more than {@link #MAX_STEPS} steps
     */
    Optional<String> firstIn(String answer) throws TooSlow {
        for (String pattern : patterns) {
            try {
                if (compiled(pattern).matcher(new CountedText(answer)).find()) {
                    return Optional.of(pattern);
                }
            } catch (CountedText.Exhausted e) {
                throw new TooSlow(pattern);
            }
        }
        return Optional.empty();
    }

    private static Pattern compiled(String pattern) {
        try {
            return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("`reject` pattern `" + Quoted.excerpt(pattern) + "` is not a regular "
                    + "expression (" + e.getDescription() + "); write the fallback's text, with \\ before any of "
                    + ".[]{}()*+?^$|");
        }
    }

    /** A pattern gave up on an answer after {@link #MAX_STEPS} steps. */
    static final class TooSlow extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pattern;

        TooSlow(String pattern) {
            super("`reject` pattern took too long");
            this.pattern = pattern;
        }

        String pattern() {
            return pattern;
        }
    }

    /** The answer, counting the reads a matcher makes of it and stopping it past the limit. */
    private static final class CountedText implements CharSequence {
        private final CharSequence text;
        private final long[] steps;

        CountedText(CharSequence text) {
            this(text, new long[1]);
        }

        private CountedText(CharSequence text, long[] steps) {
            this.text = text;
            this.steps = steps;
        }

        @Override
        public char charAt(int index) {
            if (++steps[0] > MAX_STEPS) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.subSequence(start, end), steps);
        }

        @Override
        public String toString() {
            return text.toString();
        }

        static final class Exhausted extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Exhausted() {
                super(null, null, false, false);
            }
        }
    }
}
