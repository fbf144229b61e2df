package dev.mistralready.project.source;

/** A run of tokens of one {@link SourceTokens}: indexes {@code from} (inclusive) to {@code to} (exclusive). */
public record TokenSpan(int from, int to) {

    public TokenSpan {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("not a span: " + from + ".." + to);
        }
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return from == to;
    }
}
