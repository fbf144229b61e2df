package dev.mistralready.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds the stable identity of a finding: {@code RULE:path:hash}, where the hash covers whatever
 * makes the finding unique (for a secret, the secret itself). Line numbers are left out on purpose,
 * so editing a file does not turn a known finding into a new one; the content hash is kept on
 * purpose, so a different secret on a known line is still reported (gitleaks#2239).
 */
public final class Fingerprint {

    /** 16 hex digits: enough to tell findings apart, too short to be a usable digest of a secret. */
    private static final int HASH_DIGITS = 16;

    private Fingerprint() {
    }

    /** {@code MR-SEC-001:src/app.ts:3f9c0a5e1b7d2c84}; the value is hashed, never written. */
    public static String of(String ruleId, String path, String identifyingValue) {
        // Rule and path salt the hash, so one repository's baseline says nothing about another's secrets.
        return ruleId + ":" + path + ":" + hash(ruleId + '\0' + path + '\0' + identifyingValue);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
