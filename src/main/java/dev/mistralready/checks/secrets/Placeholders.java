package dev.mistralready.checks.secrets;

import java.util.regex.Pattern;

/**
 * Values that stand for a secret without being one: {@code your-api-key}, {@code xxxx},
 * {@code ${MISTRAL_API_KEY}}, {@code <token>}, {@code changeme}, {@code sk-proj-your-key-here}. Never
 * findings, whatever the rule.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "^\\$\\{", "^\\$[A-Za-z_]", "^\\{\\{", "^<", "^%\\(?[A-Za-z_]", "^\\*+$",
            "(?i)(x{4,}|\\*{4,}|\\.{4,}|0{8,})", "(?i)^x{3}$",
            "(?i)^(your|my|the|some|example|sample|dummy|fake|test|placeholder|changeme|change[_-]?me|replace|insert|enter|put)"
                    + "([_-]|$|api|key|token|secret|mistral)",
            "(?i)(placeholder|redacted|changeme|example|dummy|here)$",
            "(?i)[_-](your|replace|insert|example|placeholder|changeme)[_-]",
            "(?i)^(process\\.env|os\\.environ|os\\.getenv|system\\.getenv|env\\.|secrets\\.)"));

    private Placeholders() {
    }

    static boolean isPlaceholder(String secret) {
        return PLACEHOLDER.matcher(secret).find();
    }
}
