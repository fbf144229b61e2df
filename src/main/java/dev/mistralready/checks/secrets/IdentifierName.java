package dev.mistralready.checks.secrets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a key-shaped run is a name in the code rather than a key. Generated SDKs are full of
 * 32-character names with a digit ({@code LibrariesDocumentsPatchV1Request}), and they sit next to
 * the word Mistral. A run is a name when either
 * <ul>
 *   <li>it is CamelCase (or camelCase) words: it splits into words ({@code Request}), at most two
 *       acronyms of five letters in all ({@code JSON}, {@code V}) and at most two numbers of one or
 *       two digits ({@code 1}); there are three words or more, holding 22 of the 32 characters or
 *       more; and each word is dictionary-like: two letters or more, a vowel, and only
 *       letter pairs common in identifiers ({@code identifier-bigrams.txt});</li>
 *   <li>or the file uses it as a name: declared ({@code class X}, {@code def X}, {@code function X},
 *       {@code type X}, ...), constructed ({@code new X}), or called or referenced ({@code X(},
 *       {@code X<}, {@code X.member}).</li>
 * </ul>
 * A random 32-character key is neither: it mixes capitals, digits and letter pairs no identifier
 * has (measured in {@code IdentifierNameTest}: no random key of a seeded million is a name).
 */
final class IdentifierName {

    private static final Pattern SEGMENT = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+");
    private static final int MIN_WORDS = 3;
    private static final int MIN_WORD_CHARACTERS = 22;
    private static final int MAX_ACRONYMS = 2;
    private static final int MAX_ACRONYM_LETTERS = 5;
    private static final int MAX_NUMBERS = 2;
    private static final int MAX_DIGITS = 2;

    /** Words that declare or make the name after them. */
    private static final List<String> DECLARING = List.of("class", "interface", "type", "struct", "enum", "record",
            "trait", "def", "function", "fn", "func", "new", "extends", "implements", "import", "typedef", "object");

    private static final boolean[] COMMON_PAIRS = loadPairs();

    private IdentifierName() {
    }

    /** Whether the run from {@code start} to {@code end} of {@code text} is a name, not a key. */
    static boolean isName(byte[] text, int start, int end) {
        String run = new String(text, start, end - start, StandardCharsets.ISO_8859_1);
        return isWords(run) || isUsedAsName(text, run);
    }

    /** CamelCase words, as the class comment says. */
    static boolean isWords(String run) {
        Matcher segment = SEGMENT.matcher(run);
        int at = 0;
        int words = 0;
        int wordCharacters = 0;
        int acronyms = 0;
        int acronymLetters = 0;
        int numbers = 0;
        while (segment.find()) {
            if (segment.start() != at) {
                return false;
            }
            at = segment.end();
            String part = segment.group();
            char first = part.charAt(0);
            if (first >= '0' && first <= '9') {
                if (++numbers > MAX_NUMBERS || part.length() > MAX_DIGITS) {
                    return false;
                }
            } else if (Character.isUpperCase(part.charAt(part.length() - 1))) {
                acronymLetters += part.length();
                if (++acronyms > MAX_ACRONYMS || acronymLetters > MAX_ACRONYM_LETTERS) {
                    return false;
                }
            } else {
                if (!isDictionaryLike(part)) {
                    return false;
                }
                words++;
                wordCharacters += part.length();
            }
        }
        return at == run.length() && words >= MIN_WORDS && wordCharacters >= MIN_WORD_CHARACTERS;
    }

    private static boolean isDictionaryLike(String word) {
        if (word.length() < 2) {
            return false;
        }
        boolean vowel = false;
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            vowel |= c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            if (i > 0 && !COMMON_PAIRS[pair(Character.toLowerCase(word.charAt(i - 1)), c)]) {
                return false;
            }
        }
        return vowel;
    }

    /** Whether {@code run} occurs in {@code text} where a name does: after a declaring word, or before {@code (}, {@code <}, {@code .x}. */
    static boolean isUsedAsName(byte[] text, String run) {
        byte[] needle = run.getBytes(StandardCharsets.ISO_8859_1);
        for (int at = indexOf(text, needle, 0); at >= 0; at = indexOf(text, needle, at + 1)) {
            int after = at + needle.length;
            if (isWordCharacter(text, at - 1) || isWordCharacter(text, after)) {
                continue; // part of a longer word
            }
            if (after < text.length && (text[after] == '(' || text[after] == '<')) {
                return true;
            }
            if (after + 1 < text.length && text[after] == '.' && isLetter(text[after + 1])) {
                return true;
            }
            if (followsDeclaringWord(text, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsDeclaringWord(byte[] text, int at) {
        int end = at;
        if (end == 0 || text[end - 1] != ' ' && text[end - 1] != '\t') {
            return false;
        }
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && isLetter(text[start - 1])) {
            start--;
        }
        if (isWordCharacter(text, start - 1)) {
            return false;
        }
        String word = new String(text, start, end - start, StandardCharsets.ISO_8859_1);
        return DECLARING.contains(word);
    }

    private static boolean isWordCharacter(byte[] text, int at) {
        if (at < 0 || at >= text.length) {
            return false;
        }
        byte b = text[at];
        return isLetter(b) || b >= '0' && b <= '9' || b == '_';
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static int indexOf(byte[] text, byte[] needle, int from) {
        outer:
        for (int i = from; i <= text.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (text[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int pair(char first, char second) {
        return (first - 'a') * 26 + (second - 'a');
    }

    private static boolean[] loadPairs() {
        boolean[] pairs = new boolean[26 * 26];
        try (InputStream in = IdentifierName.class.getResourceAsStream("identifier-bigrams.txt")) {
            if (in == null) {
                throw new IllegalStateException("identifier-bigrams.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String letters : line.trim().split("\\s+")) {
                    if (letters.length() == 2) {
                        pairs[pair(letters.charAt(0), letters.charAt(1))] = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read identifier-bigrams.txt", e);
        }
        return pairs;
    }
}
