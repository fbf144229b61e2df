package dev.mistralready.checks.secrets;

import dev.mistralready.check.Secret;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds secrets in one file's text. Rules whose keywords do not occur in the file never run their
 * regex: that pre-filter is what makes a scan fast, since most files mention no provider at all.
 * Where two rules match the same text, the earlier rule (the more specific) wins.
 */
final class SecretDetector {

    /** Inline markers that suppress findings on their line; gitleaks' is honoured so existing repos keep working. */
    static final List<String> ALLOW_MARKERS = List.of("mistral-ready:allow", "gitleaks:allow");

    private final List<SecretRule> rules;

    SecretDetector(List<SecretRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<SecretMatch> scan(String path, String text) {
        String lowerCase = asciiLowerCase(text);
        LineIndex lines = null;
        List<SecretMatch> found = new ArrayList<>();
        for (SecretRule rule : rules) {
            if (!rule.appliesTo(path) || !rule.keywordIn(lowerCase)) {
                continue;
            }
            boolean named = rule.hasSecretGroup();
            Matcher matcher = rule.regex().matcher(text);
            while (matcher.find()) {
                int start = named ? matcher.start("secret") : matcher.start();
                int end = named ? matcher.end("secret") : matcher.end();
                if (start < 0) {
                    continue;
                }
                String secret = text.substring(start, end);
                if (!rule.shape().accepts(secret) || Placeholders.isPlaceholder(secret)) {
                    continue;
                }
                if (lines == null) {
                    lines = new LineIndex(text);
                }
                int line = lines.lineOf(start);
                String lineText = lines.line(line);
                if (allowedInline(lineText) || rule.allows(secret, lineText)) {
                    continue;
                }
                if (rule.context().isPresent()
                        && !rule.context().get().matcher(ContextWindow.around(lines, line, path)).find()) {
                    continue;
                }
                SecretMatch match = new SecretMatch(rule, path, line, lines.columnOf(start), start, end, Secret.of(secret));
                if (found.stream().noneMatch(match::overlaps)) {
                    found.add(match);
                }
            }
        }
        found.sort(Comparator.comparingInt(SecretMatch::start));
        return found;
    }

    private static boolean allowedInline(String line) {
        for (String marker : ALLOW_MARKERS) {
            if (line.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cases A-Z only, so offsets stay those of the original text (String.toLowerCase may change lengths). */
    static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
