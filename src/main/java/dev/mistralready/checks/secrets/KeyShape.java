package dev.mistralready.checks.secrets;

import dev.mistralready.check.Entropy;
import java.util.Set;

/**
 * What a real random key looks like, to tell it from identifiers and digests of the same length: a
 * minimum entropy and the character classes it must mix. A 32-character class name has no digit;
 * an MD5 digest has no upper case; a random key has both, and about 4.5 bits per character.
 */
record KeyShape(double minEntropy, boolean digit, boolean upper, boolean lower, boolean letter) {

    static final KeyShape ANY = new KeyShape(0, false, false, false, false);

    static KeyShape of(double minEntropy, Set<String> required) {
        for (String kind : required) {
            if (!Set.of("digit", "upper", "lower", "letter").contains(kind)) {
                throw new IllegalArgumentException("unknown character class `" + kind + "` in `require` (valid: digit, upper, lower, letter)");
            }
        }
        return new KeyShape(minEntropy, required.contains("digit"), required.contains("upper"), required.contains("lower"),
                required.contains("letter"));
    }

    boolean accepts(CharSequence secret) {
        boolean hasDigit = false;
        boolean hasUpper = false;
        boolean hasLower = false;
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            hasDigit |= c >= '0' && c <= '9';
            hasUpper |= c >= 'A' && c <= 'Z';
            hasLower |= c >= 'a' && c <= 'z';
        }
        return (!digit || hasDigit) && (!upper || hasUpper) && (!lower || hasLower) && (!letter || hasUpper || hasLower)
                && (minEntropy <= 0 || Entropy.bitsPerChar(secret) >= minEntropy);
    }
}
