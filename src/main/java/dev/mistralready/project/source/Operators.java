package dev.mistralready.project.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A language's operators of more than one character, looked up by the character they start with.
 * Most punctuation ({@code (}, {@code .}, {@code ,}) starts none of them: it is one character,
 * found without trying every operator at every position, and shared rather than made anew.
 */
final class Operators {

    private static final int ASCII = 128;
    private static final String[] NONE = new String[0];
    private static final String[] SINGLE = new String[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            SINGLE[c] = String.valueOf(c);
        }
    }

    private final String[][] byFirstCharacter = new String[ASCII][];

    /** {@code longestFirst}: every operator, each before the shorter ones it starts with. */
    Operators(String... longestFirst) {
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            groups.add(new ArrayList<>());
        }
        for (String operator : longestFirst) {
            char first = operator.charAt(0);
            if (first >= ASCII || operator.length() < 2) {
                throw new IllegalArgumentException("an operator is ASCII and longer than one character: " + operator);
            }
            groups.get(first).add(operator);
        }
        for (int c = 0; c < ASCII; c++) {
            byFirstCharacter[c] = groups.get(c).isEmpty() ? NONE : groups.get(c).toArray(String[]::new);
        }
    }

    /** The operators that start with {@code c}, longest first. */
    String[] startingWith(char c) {
        return c < ASCII ? byFirstCharacter[c] : NONE;
    }

    /** The one-character text of {@code c}. */
    static String single(char c) {
        return c < ASCII ? SINGLE[c] : String.valueOf(c);
    }
}
