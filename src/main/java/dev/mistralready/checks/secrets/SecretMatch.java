package dev.mistralready.checks.secrets;

import dev.mistralready.check.Secret;
import java.util.Optional;

/**
 * A secret found at a place in a file. The value is held as a {@link Secret}, which redacts itself
 * wherever it is printed. {@code line}, {@code column}, {@code start} and {@code end} are where the
 * secret is written in the file; {@code place} names the part of the file it was read in, where the
 * file is read as more than its bytes ({@code cell 4}, {@code cell 4 output} of a notebook).
 */
record SecretMatch(SecretRule rule, String path, int line, int column, int start, int end, Secret secret,
                   Optional<String> place) {

    boolean overlaps(SecretMatch other) {
        return path.equals(other.path) && start < other.end && other.start < end;
    }

    /** {@code `AbC1…(32 chars)`}, and where it is when the file has parts: {@code `AbC1…(32 chars)` in cell 4}. */
    String shown() {
        return "`" + secret + "`" + place.map(where -> " in " + where).orElse("");
    }
}
