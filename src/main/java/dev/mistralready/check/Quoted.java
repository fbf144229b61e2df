package dev.mistralready.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message quotes text that a file or a user supplied, such as the value a checklist error
 * complains about: one line, at most {@value #MAX_LENGTH} characters, and anything shaped like a key
 * shown in its redacted form ({@code AbC1…(32 chars)}). A checklist may be a link to
 * {@code .git-credentials} or a {@code .env}; its error must not print what it holds.
 */
public final class Quoted {

    static final int MAX_LENGTH = 40;

    /** The characters of API keys, tokens and base64 secrets. */
    private static final Pattern KEY_CHARACTERS = Pattern.compile("[A-Za-z0-9_+/-]{16,}={0,2}");
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");
    private static final Pattern QUERY = Pattern.compile("\\?[^#]*");
    private static final Pattern DIGIT = Pattern.compile("[0-9]");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern UPPER = Pattern.compile("[A-Z]");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[-_]");
    private static final Pattern PATH_SEPARATORS = Pattern.compile("[-_/]");

    private Quoted() {
    }

    /** {@code text} on one line, key-shaped runs redacted, cut to {@value #MAX_LENGTH} characters with {@code …}. */
    public static String excerpt(String text) {
        String line = withoutKeys(text).replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        if (line.codePointCount(0, line.length()) <= MAX_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_LENGTH)) + "…";
    }

    /**
     * An excerpt of a URL as written, without what a URL carries secrets in: a user name and password
     * become {@code …@} and a query {@code ?…}, so {@code https://ops:pw@host/x?token=t} reads
     * {@code https://…@host/x?…}.
     */
    public static String url(String text) {
        String withoutUser = USER_INFO.matcher(text.strip()).replaceFirst("$1…@");
        return excerpt(QUERY.matcher(withoutUser).replaceFirst("?…"));
    }

    /** {@code text} with every key-shaped run replaced by its redacted form; the rest as it is. */
    public static String withoutKeys(String text) {
        Matcher run = KEY_CHARACTERS.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (run.find()) {
            String candidate = run.group();
            run.appendReplacement(out, Matcher.quoteReplacement(isKeyShaped(candidate) ? Secret.redact(candidate) : candidate));
        }
        run.appendTail(out);
        return out.toString();
    }

    /**
     * Whether a run of key characters looks like a key, a token or base64: one part of 16 or more
     * characters between separators that mixes letters and digits, or one of 24 or more. Model names
     * ({@code open-mistral-nemo-2407}) and option names have short parts. {@code -} and {@code _}
     * separate; {@code /} does too in lower case (a path), but not beside capitals, where it is base64.
     */
    static boolean isKeyShaped(String run) {
        Pattern separators = UPPER.matcher(run).find() ? WORD_SEPARATORS : PATH_SEPARATORS;
        for (String part : separators.split(run)) {
            if (part.length() >= 24 || (part.length() >= 16 && DIGIT.matcher(part).find() && LETTER.matcher(part).find())) {
                return true;
            }
        }
        return false;
    }
}
