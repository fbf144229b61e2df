package dev.mistralready.http;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mistralready.check.PlatformSecrets;
import dev.mistralready.check.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code header-env} option: the environment variables that {@code ${NAME}} in {@code headers}
 * may read. A header can send nothing else from the environment, and never one of the
 * {@link PlatformSecrets}, because the checklist, and with it the host, may come from a pull request.
 */
public record HeaderEnvironment(List<String> names) {

    public static final HeaderEnvironment NONE = new HeaderEnvironment(List.of());

    static final String EXAMPLE = "SMOKE_TOKEN";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public HeaderEnvironment {
        names = List.copyOf(names);
    }

    /**
     * Reads and checks the list as written in checklist.yaml.
     *
     * @throws IllegalArgumentException for a name that is no variable name, or a platform secret
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HeaderEnvironment of(List<String> written) {
        List<String> checked = new ArrayList<>();
        for (String name : written) {
            String variable = name == null ? "" : name.trim();
            if (!VARIABLE_NAME.matcher(variable).matches()) {
                throw new IllegalArgumentException("`" + Quoted.excerpt(String.valueOf(name)) + "` is not an environment variable name (letters, "
                        + "digits and `_`, such as " + EXAMPLE + ")");
            }
            PlatformSecrets.covering(variable).ifPresent(secret -> {
                throw new IllegalArgumentException(variable + " holds " + secret.holds() + ", which this gate "
                        + "would send to the app; use a token made for the app instead (such as " + EXAMPLE + ")");
            });
            checked.add(variable);
        }
        return new HeaderEnvironment(checked);
    }

    public static HeaderEnvironment of(String... names) {
        return of(List.of(names));
    }

    boolean declares(String variable) {
        return names.contains(variable);
    }
}
