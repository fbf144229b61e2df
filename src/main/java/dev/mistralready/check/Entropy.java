package dev.mistralready.check;

/** Shannon entropy in bits per character: random base62 keys score about 4.5, words and hex digests far less. */
public final class Entropy {

    private Entropy() {
    }

    public static double bitsPerChar(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double entropy = 0;
        double length = text.length();
        for (int count : counts) {
            entropy -= term(count, length);
        }
        return entropy - term(other, length);
    }

    private static double term(int count, double length) {
        if (count == 0) {
            return 0;
        }
        double p = count / length;
        return p * Math.log(p) / Math.log(2);
    }
}
