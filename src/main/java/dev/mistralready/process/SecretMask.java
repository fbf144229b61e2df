package dev.mistralready.process;

import dev.mistralready.check.Entropy;
import dev.mistralready.check.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the values of secret-looking environment variables ({@code API_KEY}, {@code GITHUB_TOKEN},
 * {@code DB_PASSWORD}, ...) in text a command printed, so a build log that echoes one never carries
 * it into a report.
 */
public final class SecretMask {

    /** Values shorter than this are too likely to occur by chance ("true", "1234") to be worth hiding. */
    static final int MIN_LENGTH = 8;

    private static final Pattern SECRET_NAME =
            Pattern.compile("KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL", Pattern.CASE_INSENSITIVE);

    /** 20+ characters of the alphabets keys are made of. */
    private static final Pattern KEY_SHAPED = Pattern.compile("(?<![A-Za-z0-9_+/=-])[A-Za-z0-9_+/=-]{20,}(?![A-Za-z0-9_+/=-])");

    static final SecretMask NONE = new SecretMask(List.of());

    /** Longest first, so a secret that contains another is replaced whole. */
    private final List<String> values;

    private SecretMask(List<String> values) {
        this.values = values;
    }

    /** The secrets among the variables of all {@code environments}. */
    @SafeVarargs
    public static SecretMask of(Map<String, String>... environments) {
        Set<String> values = new LinkedHashSet<>();
        for (Map<String, String> environment : environments) {
            environment.forEach((name, value) -> {
                if (looksSecret(name) && value.length() >= MIN_LENGTH) {
                    values.add(value);
                    // Output is masked line by line, so each line of a multi-line secret (a PEM key) counts too.
                    for (String line : value.split("\\R")) {
                        if (line.strip().length() >= MIN_LENGTH) {
                            values.add(line.strip());
                        }
                    }
                }
            });
        }
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new SecretMask(List.copyOf(sorted));
    }

    static boolean looksSecret(String variableName) {
        return SECRET_NAME.matcher(variableName).find();
    }

    /**
     * {@code text} with every secret value replaced by its redacted form, and every token shaped like
     * a random key too: a checklist may hold {@code curl -H "Authorization: Bearer <key>"} literally.
     */
    public String apply(String text) {
        String masked = text;
        for (String value : values) {
            if (masked.contains(value)) {
                masked = masked.replace(value, Secret.redact(value));
            }
        }
        return KEY_SHAPED.matcher(masked).replaceAll(token -> looksRandom(token.group())
                ? Matcher.quoteReplacement(Secret.redact(token.group())) : Matcher.quoteReplacement(token.group()));
    }

    /**
     * Digits, both cases and 3.5+ bits per character, as the secret rules ask of a key: hex digests
     * (one case), identifiers (no digit) and paths do not look like that.
     */
    static boolean looksRandom(String token) {
        return token.chars().anyMatch(c -> c >= '0' && c <= '9')
                && token.chars().anyMatch(c -> c >= 'A' && c <= 'Z')
                && token.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                && Entropy.bitsPerChar(token) >= 3.5;
    }

    /** The length of the longest secret: how far past a cut a secret may reach. */
    int longest() {
        return values.isEmpty() ? 0 : values.get(0).length();
    }
}
