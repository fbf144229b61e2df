package dev.mistralready.cli;

import java.util.HashMap;
import java.util.Map;

/**
 * Undoes, for the environment the gates see, the UTF-8 locale that {@code dist/mistral-ready} gives
 * the JVM when the user's locale is not UTF-8 (the JVM spells file names in the locale's encoding).
 * The launcher sets {@code LC_ALL} and notes that it did, with the user's own {@code LC_ALL} if there
 * was one; the commands a gate runs then see the locale the user had.
 */
final class LauncherLocale {

    static final String SET_BY_LAUNCHER = "MISTRAL_READY_LAUNCHER_LC_ALL";
    static final String USERS_OWN = "MISTRAL_READY_USER_LC_ALL";
    private static final String LC_ALL = "LC_ALL";

    private LauncherLocale() {
    }

    /** {@code environment} as the user had it before the launcher changed the locale. */
    static Map<String, String> usersOwn(Map<String, String> environment) {
        String set = environment.get(SET_BY_LAUNCHER);
        if (set == null) {
            return environment;
        }
        Map<String, String> own = new HashMap<>(environment);
        own.remove(SET_BY_LAUNCHER);
        String users = own.remove(USERS_OWN);
        if (set.equals(environment.get(LC_ALL))) {
            if (users == null) {
                own.remove(LC_ALL);
            } else {
                own.put(LC_ALL, users);
            }
        }
        return own;
    }
}
