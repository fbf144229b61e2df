package dev.mistralready.checks.secrets;

import dev.mistralready.check.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled secret rule: cheap keyword pre-filter, regex, key shape, context and allowlists.
 *
 * @param run            the regex as a character run, when it has that form (found without the regex)
 * @param hasSecretGroup whether the regex names its secret with {@code (?<secret>…)}; else the whole
 *                       match is the secret
 */
record SecretRule(String id, String description, Pattern regex, Optional<CharacterRun> run, boolean hasSecretGroup,
                  List<String> keywords, boolean startsAtKeyword, boolean assigned,
                  Optional<Pattern> path,
                  Optional<Pattern> context, List<ContextReach> reach, KeyShape shape, List<Pattern> allow, List<Pattern> allowLines,
                  boolean notInBase64, boolean notIdentifier, Severity severity, String fix) {

    static final String DEFAULT_FIX = "Move the secret to an environment variable or a secret manager, and rotate it: "
            + "it has been in the repository.";

    /** Checks a rule as written and compiles it; a mistake is an IllegalArgumentException naming the rule. */
    static SecretRule compile(RuleSpec spec) {
        String where = "rule " + spec.id() + ": ";
        Pattern regex = pattern(where + "`regex`", spec.regex());
        Severity severity = spec.severity().map(value -> switch (value) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw new IllegalArgumentException(where + "unknown severity `" + value + "` (valid: error, warning)");
        }).orElse(Severity.ERROR);
        KeyShape shape;
        try {
            shape = KeyShape.of(spec.entropy(), new HashSet<>(spec.require()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        if (spec.startsAtKeyword() && spec.keywords().isEmpty()) {
            throw new IllegalArgumentException(where + "`starts-at-keyword` needs `keywords`");
        }
        if (spec.assigned() && !spec.startsAtKeyword()) {
            throw new IllegalArgumentException(where + "`assigned` needs `starts-at-keyword: true`");
        }
        return new SecretRule(spec.id(), spec.description(), regex, CharacterRun.of(regex),
                spec.regex().contains("(?<secret>"),
                spec.keywords().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList(), spec.startsAtKeyword(),
                spec.assigned(),
                spec.path().map(text -> pattern(where + "`path`", text)),
                spec.context().map(text -> pattern(where + "`context`", text)),
                spec.reach(),
                shape,
                spec.allow().stream().map(text -> pattern(where + "`allow`", text)).toList(),
                spec.allowLines().stream().map(text -> pattern(where + "`allow-lines`", text)).toList(),
                spec.notInBase64(), spec.notIdentifier(),
                severity, spec.fix().orElse(DEFAULT_FIX));
    }

    private static Pattern pattern(String what, String text) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid regex: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    boolean appliesTo(String filePath) {
        return path.map(pattern -> pattern.matcher(filePath).find()).orElse(true);
    }

    boolean allows(String secret, String line) {
        return allow.stream().anyMatch(pattern -> pattern.matcher(secret).find())
                || allowLines.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }
}
