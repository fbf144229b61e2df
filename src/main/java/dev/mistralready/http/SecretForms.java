package dev.mistralready.http;

import dev.mistralready.check.Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way a body can carry one secret, as one precompiled pattern:
 * <ul>
 *   <li>each character raw, JSON-escaped ({@code \u0041}, hex in either case; {@code \/ \" \\ \n …}) or
 *   URL-encoded ({@code %41} in either case, {@code +} for a space), in any mix;</li>
 *   <li>for a secret of at least {@value #MIN_BASE64_LENGTH} characters, its base64 and base64url, padded or
 *   not, and the part of them that stays the same wherever the secret sits inside a larger encoded text
 *   (the three byte alignments), the way secret scanners find an encoded key.</li>
 * </ul>
 * Each character is one atomic group of fixed alternatives, without nested quantifiers, so matching
 * stays linear in the text.
 */
final class SecretForms {

    /**
     * Below this length the base64 forms are not matched: the stable part of a shorter secret's
     * encoding is a handful of characters that ordinary base64 text (an image, a hash) would contain
     * by chance. At 8 characters it is 10 base64 characters, 60 bits, which does not happen by chance.
     */
    static final int MIN_BASE64_LENGTH = 8;

    private final Secret secret;
    private final Pattern pattern;
    private final String replacement;

    SecretForms(Secret secret) {
        this.secret = secret;
        this.pattern = Pattern.compile(alternatives(secret.reveal()));
        this.replacement = Matcher.quoteReplacement(secret.toString());
    }

    /** {@code text} with the secret, in any of its forms, replaced by its redacted form. */
    String scrub(String text) {
        // The atomic groups read "\\" as one escaped backslash, so a raw secret that itself contains
        // an escape-like run could slip through them; replacing the raw form first closes that gap.
        String raw = text.replace(secret.reveal(), secret.toString());
        return pattern.matcher(raw).replaceAll(replacement);
    }

    private static String alternatives(String value) {
        List<String> forms = new ArrayList<>();
        if (value.length() >= MIN_BASE64_LENGTH) {
            base64Forms(value.getBytes(StandardCharsets.UTF_8)).stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .forEach(forms::add);
        }
        StringBuilder characters = new StringBuilder();
        value.codePoints().forEach(codePoint -> characters.append(character(codePoint)));
        forms.add(characters.toString());
        return String.join("|", forms);
    }

    /** One character in any of its forms, longest first, so {@code \u0041} is not read as a raw {@code \}. */
    private static String character(int codePoint) {
        List<String> forms = new ArrayList<>();
        StringBuilder jsonEscape = new StringBuilder();
        for (char unit : Character.toChars(codePoint)) {
            jsonEscape.append("\\\\u").append(hexDigits(String.format(Locale.ROOT, "%04x", (int) unit)));
        }
        forms.add(jsonEscape.toString());
        StringBuilder percent = new StringBuilder();
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
            percent.append('%').append(hexDigits(String.format(Locale.ROOT, "%02x", b & 0xff)));
        }
        forms.add(percent.toString());
        shortJsonEscape(codePoint).ifPresent(escape -> forms.add("\\\\" + literal(escape)));
        if (codePoint == ' ') {
            forms.add("\\+");
        }
        forms.add(literal(codePoint));
        return "(?>" + String.join("|", forms) + ")";
    }

    /** The letter after the backslash in JSON's two-character escape of {@code codePoint}, if it has one. */
    private static Optional<Integer> shortJsonEscape(int codePoint) {
        return switch (codePoint) {
            case '"', '\\', '/' -> Optional.of(codePoint);
            case '\b' -> Optional.of((int) 'b');
            case '\f' -> Optional.of((int) 'f');
            case '\n' -> Optional.of((int) 'n');
            case '\r' -> Optional.of((int) 'r');
            case '\t' -> Optional.of((int) 't');
            default -> Optional.empty();
        };
    }

    /** Hex digits that match in either case: {@code 00[6F][eE]}. */
    private static String hexDigits(String lowerHex) {
        StringBuilder digits = new StringBuilder();
        for (char digit : lowerHex.toCharArray()) {
            digits.append(Character.isLetter(digit)
                    ? "[" + digit + Character.toUpperCase(digit) + "]" : String.valueOf(digit));
        }
        return digits.toString();
    }

    private static String literal(int codePoint) {
        return codePoint < 0x80 && Character.isLetterOrDigit(codePoint)
                ? Character.toString(codePoint) : "\\x{" + Integer.toHexString(codePoint) + "}";
    }

    /**
     * The whole encodings (padded and not), and for each byte offset 0, 1 and 2 the characters of the
     * encoding that depend on the secret's bytes alone, not on what comes before or after it.
     */
    private static Set<String> base64Forms(byte[] secret) {
        Set<String> forms = new LinkedHashSet<>();
        for (Base64.Encoder encoder : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
            forms.add(encoder.encodeToString(secret));
            forms.add(encoder.withoutPadding().encodeToString(secret));
            for (int offset = 0; offset < 3; offset++) {
                byte[] shifted = new byte[offset + secret.length];
                System.arraycopy(secret, 0, shifted, offset, secret.length);
                String encoded = encoder.withoutPadding().encodeToString(shifted);
                int firstStable = (8 * offset + 5) / 6;
                int endStable = 8 * shifted.length / 6;
                forms.add(encoded.substring(firstStable, endStable));
            }
        }
        return forms;
    }
}
