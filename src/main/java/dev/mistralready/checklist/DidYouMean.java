package dev.mistralready.checklist;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest valid word for a misspelt one ({@code tiemout} → {@code timeout}). */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String typed, Collection<String> valid) {
        String lowered = typed.toLowerCase(Locale.ROOT);
        int allowed = lowered.length() <= 3 ? 1 : lowered.length() <= 6 ? 2 : 3;
        Optional<String> near = valid.stream()
                .filter(candidate -> distance(lowered, candidate.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.comparingInt(candidate -> distance(lowered, candidate.toLowerCase(Locale.ROOT))));
        if (near.isPresent() || lowered.length() < 3) {
            return near;
        }
        return valid.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(lowered)).findFirst();
    }

    /** "; did you mean `timeout`?" or the empty string. */
    public static String hint(String typed, Collection<String> valid) {
        return closest(typed, valid).map(word -> "; did you mean `" + word + "`?").orElse("");
    }

    /** Optimal string alignment distance: Levenshtein plus swapped neighbours ({@code tiemout}). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
