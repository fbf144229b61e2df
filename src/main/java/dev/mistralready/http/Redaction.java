package dev.mistralready.http;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The secrets a request carried, to be replaced by their redacted form ({@code AbC1…(32 chars)}) in
 * any text taken from the answer or from an exception: servers and proxies echo headers back, and
 * not always as sent, so every form of {@link SecretForms} is replaced, not only the raw one.
 *
 * <p>Scrub the raw body, and again every string decoded from it (a JSON parser turns {@code \u0041}
 * escapes back into the secret), before it is cut to an excerpt.
 */
public final class Redaction {

    public static final Redaction NONE = new Redaction(List.of(), List.of());

    /** Longest first, so a secret that contains another ({@code Bearer <token>} and the token) is replaced whole. */
    private final List<SecretForms> secrets;
    private final List<Secret> originals;

    private Redaction(List<SecretForms> secrets, List<Secret> originals) {
        this.secrets = secrets;
        this.originals = originals;
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
        return new Redaction(sorted.stream().map(SecretForms::new).toList(), List.copyOf(sorted));
    }

    /** These secrets and {@code more} (a proxy's credentials beside a request's own). */
    public Redaction plus(Collection<Secret> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Secret> all = new ArrayList<>(originals);
        all.addAll(more);
        return of(all);
    }

    public static Redaction of(Secret secret) {
        return of(List.of(secret));
    }

    /** {@code text} with every secret, in any form, replaced by its redacted form. */
    public String scrub(String text) {
        String scrubbed = text;
        for (SecretForms secret : secrets) {
            scrubbed = secret.scrub(scrubbed);
        }
        return scrubbed;
    }

    /** {@code outcome} with every text in it scrubbed: the last check of a gate that shows what a server said. */
    public Outcome scrub(Outcome outcome) {
        if (secrets.isEmpty()) {
            return outcome;
        }
        return new Outcome(outcome.status(), scrub(outcome.summary()), scrub(outcome.findings()),
                scrub(outcome.details()), scrub(outcome.baselined()));
    }

    private List<Finding> scrub(List<Finding> findings) {
        return findings.stream().map(finding -> new Finding(finding.ruleId(), finding.severity(),
                scrub(finding.message()), finding.location(), scrub(finding.fix()), finding.fingerprint())).toList();
    }

    @Override
    public String toString() {
        return "Redaction[" + secrets.size() + " secrets]";
    }
}
