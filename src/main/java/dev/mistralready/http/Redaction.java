package dev.mistralready.http;

import dev.mistralready.check.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets a request carried, to be replaced by their redacted form ({@code AbC1…(32 chars)}) in
 * any text taken from the answer or from an exception: servers and proxies echo headers back.
 */
public final class Redaction {

    public static final Redaction NONE = new Redaction(List.of());

    /** Longest first, so a secret that contains another ({@code Bearer <token>} and the token) is replaced whole. */
    private final List<Secret> secrets;

    private Redaction(List<Secret> secrets) {
        this.secrets = secrets;
    }

    public static Redaction of(Collection<Secret> secrets) {
        Set<Secret> distinct = new LinkedHashSet<>();
        for (Secret secret : secrets) {
            if (secret.length() > 0) {
                distinct.add(secret);
            }
        }
        List<Secret> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingInt(Secret::length).reversed());
        return new Redaction(List.copyOf(sorted));
    }

    public static Redaction of(Secret secret) {
        return of(List.of(secret));
    }

    /** {@code text} with every secret replaced by its redacted form. */
    public String scrub(String text) {
        String scrubbed = text;
        for (Secret secret : secrets) {
            scrubbed = scrubbed.replace(secret.reveal(), secret.toString());
        }
        return scrubbed;
    }

    @Override
    public String toString() {
        return "Redaction[" + secrets.size() + " secrets]";
    }
}
