package dev.mistralready.mistral;

import dev.mistralready.check.PlatformSecrets;
import dev.mistralready.check.Quoted;
import java.util.regex.Pattern;

/**
 * The {@code key-env} option of the gates that send the Mistral key to Mistral: the environment
 * variable that holds it. A checklist may come from a pull request, so it cannot point the option at
 * a CI platform's credential, which would then be sent to Mistral.
 */
public final class KeyVariable {

    public static final String DEFAULT = "MISTRAL_API_KEY";

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private KeyVariable() {
    }

    /** The variable's name as written, trimmed; {@link #DEFAULT} when absent. */
    public static String checked(String written) {
        if (written == null) {
            return DEFAULT;
        }
        String name = written.trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("`key-env` must name an environment variable (letters, digits and `_`, "
                    + "such as " + DEFAULT + "), not `" + Quoted.excerpt(written) + "`");
        }
        PlatformSecrets.platformCredential(name).ifPresent(entry -> {
            throw new IllegalArgumentException("`key-env` names " + name + ", which holds " + entry.holds()
                    + ", not a Mistral key; this gate would send it to Mistral. Name the variable that holds the "
                    + "Mistral API key, such as " + DEFAULT);
        });
        return name;
    }
}
