package dev.mistralready.http;

/**
 * A server's text as a report may show it: one line, no control characters, at most
 * {@value #MAX_LENGTH} characters. Scrub secrets first: a cut could otherwise leave a part of one.
 */
public final class Excerpt {

    public static final int MAX_LENGTH = 200;

    private Excerpt() {
    }

    /** Runs of control characters and whitespace become one space; longer text is cut and ends in {@code …}. */
    public static String of(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_LENGTH)) + "…";
    }

    /** How a message quotes a body: {@code ; body: …} (one line, cut), or {@code  (empty body)}. */
    public static String ofBody(String body) {
        String text = of(body);
        return text.isEmpty() ? " (empty body)" : "; body: " + text;
    }
}
