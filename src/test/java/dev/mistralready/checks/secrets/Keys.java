package dev.mistralready.checks.secrets;

import java.util.Random;

/**
 * Fake keys made at run time, never written in the source, so this repository passes its own
 * secret gate. Seeded: the same test gets the same keys on every run.
 */
public final class Keys {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    public static final String ALNUM = UPPER + LOWER + DIGITS;

    private final Random random;

    public Keys(long seed) {
        this.random = new Random(seed);
    }

    public String random(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** 32 characters of [A-Za-z0-9] with a digit, an upper and a lower case letter: a Mistral key's shape. */
    public String mistral() {
        while (true) {
            String key = random(ALNUM, 32);
            if (key.chars().anyMatch(Character::isDigit) && key.chars().anyMatch(Character::isUpperCase)
                    && key.chars().anyMatch(Character::isLowerCase)) {
                return key;
            }
        }
    }

    public String openAi() {
        return "sk-" + "proj-" + random(ALNUM + "_-", 64);
    }

    public String anthropic() {
        return "sk-" + "ant-api03-" + random(ALNUM + "_-", 93);
    }

    public String awsAccessKeyId() {
        return "AKIA" + random(UPPER + "234567", 16);
    }

    public String github() {
        return "gh" + "p_" + random(ALNUM, 36);
    }

    public String google() {
        return "AI" + "za" + random(ALNUM + "_-", 35);
    }

    public String slack() {
        return "xo" + "xb-" + random(DIGITS, 12) + "-" + random(DIGITS, 13) + "-" + random(ALNUM, 24);
    }

    public String stripe() {
        return "sk" + "_live_" + random(ALNUM, 24);
    }

    public String privateKeyBlock() {
        StringBuilder block = new StringBuilder("-----BEGIN RSA " + "PRIVATE KEY-----\n");
        for (int i = 0; i < 4; i++) {
            block.append(random(ALNUM + "+/", 64)).append('\n');
        }
        return block.append("-----END RSA " + "PRIVATE KEY-----\n").toString();
    }

    public String jwt() {
        return "ey" + "J" + random(ALNUM, 20) + "." + "ey" + "J" + random(ALNUM, 30) + "." + random(ALNUM + "_-", 43);
    }

    public String password() {
        return random(LOWER, 6) + random(DIGITS, 4) + random(UPPER, 6) + random(ALNUM, 8);
    }
}
