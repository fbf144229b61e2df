package dev.mistralready.checks.secrets;

import dev.mistralready.check.Secret;

/**
 * A secret found at a place in a file. The value is held as a {@link Secret}, which redacts itself
 * wherever it is printed.
 */
record SecretMatch(SecretRule rule, String path, int line, int column, int start, int end, Secret secret) {

    boolean overlaps(SecretMatch other) {
        return path.equals(other.path) && start < other.end && other.start < end;
    }
}
