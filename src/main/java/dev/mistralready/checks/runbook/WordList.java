package dev.mistralready.checks.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words and phrases looked for in a runbook's text, case-insensitively, each at the start of a word:
 * {@code rate limit} matches "Rate-limiting" and {@code throttl} "throttled", but {@code page} does not
 * match "homepage". A word ending in a digit must end there ({@code 503} is not "5030"). In a phrase,
 * {@code …} (or {@code ...}) stands for up to three words: {@code rotate … key} matches "rotate the
 * Mistral API key". Text is compared as {@link #normalise} leaves it.
 */
final class WordList {

    private static final Pattern GAP = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}]";

    private final List<String> words;
    private final List<Pattern> patterns = new ArrayList<>();

    WordList(List<String> words) {
        this.words = List.copyOf(words);
        for (String word : words) {
            patterns.add(pattern(word));
        }
    }

    List<String> words() {
        return words;
    }

    /** The first word of the list that the text holds, if any. */
    Optional<String> firstIn(String text) {
        return firstInNormalised(normalise(text));
    }

    /** As {@link #firstIn}, for text that {@link #normalise} has already been applied to. */
    Optional<String> firstInNormalised(String normalised) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(normalised).find()) {
                return Optional.of(words.get(i));
            }
        }
        return Optional.empty();
    }

    /** Where in the normalised text each match of any word of the list starts, in no particular order. */
    List<Integer> startsInNormalised(String normalised) {
        List<Integer> starts = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(normalised);
            while (matcher.find()) {
                starts.add(matcher.start());
            }
        }
        return starts;
    }

    boolean isIn(String text) {
        return firstIn(text).isPresent();
    }

    boolean isInNormalised(String normalised) {
        return firstInNormalised(normalised).isPresent();
    }

    /**
     * Lower case, the targets of Markdown links dropped ({@code [Rollback](rollback.md)} is "rollback"),
     * emphasis and code marks dropped, {@code -}, {@code _} and {@code /} as spaces, spaces collapsed.
     */
    static String normalise(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[`*]", "")
                .replaceAll("[-_/]", " ");
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** Whether a word given in a checklist would match anything: not blank, not only a gap. */
    static boolean isUsable(String word) {
        return word != null && !GAP.splitAsStream(word).allMatch(part -> normalise(part).isEmpty());
    }

    private static Pattern pattern(String word) {
        List<String> parts = GAP.splitAsStream(word.strip()).map(WordList::normalise).filter(part -> !part.isEmpty()).toList();
        String last = parts.get(parts.size() - 1);
        String end = Character.isDigit(last.charAt(last.length() - 1)) ? "(?!" + WORD_CHARACTER + ")" : "";
        return Pattern.compile("(?<!" + WORD_CHARACTER + ")"
                + parts.stream().map(Pattern::quote).collect(Collectors.joining("(?: \\S+){0,3} ")) + end);
    }
}
