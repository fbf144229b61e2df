package dev.mistralready.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The forms in which a server may echo a secret, written here by hand so the tests do not take them
 * from the code under test: JSON escapes, URL encoding, base64, whole or mixed with raw characters.
 */
public final class Encodings {

    private Encodings() {
    }

    /** Every character as {@code \u0041}, hex in lower or upper case. */
    public static String jsonUnicode(String text, boolean upperHex) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            String hex = String.format(Locale.ROOT, "%04x", (int) c);
            out.append("\\u").append(upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
        }
        return out.toString();
    }

    /** Every other character as {@code \u0041}, {@code /} always as {@code \/}, the rest raw. */
    public static String jsonMixed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (i % 2 == 0) {
                out.append(jsonUnicode(String.valueOf(c), i % 4 == 0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every byte as {@code %41}, hex in lower or upper case. */
    public static String percent(String text, boolean upperHex) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String hex = String.format(Locale.ROOT, "%02x", b & 0xff);
            out.append('%').append(upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
        }
        return out.toString();
    }

    /** Every other character as {@code %41}, a space as {@code +}, the rest raw. */
    public static String percentMixed(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                out.append('+');
            } else if (i % 2 == 0) {
                out.append(percent(String.valueOf(c), i % 4 == 0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The forms a live gate's test has a server echo, by name. None needs quoting inside a JSON string
     * unless {@code text} holds a quote or a backslash.
     */
    public static Map<String, String> echoesOf(String text) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("json-unicode-lower", jsonUnicode(text, false));
        forms.put("json-unicode-upper", jsonUnicode(text, true));
        forms.put("json-mixed", jsonMixed(text));
        forms.put("percent-lower", percent(text, false));
        forms.put("percent-upper", percent(text, true));
        forms.put("percent-mixed", percentMixed(text));
        forms.put("base64", base64(text));
        forms.put("base64url", base64Url(text));
        forms.put("base64-at-offset-1", base64("{" + text + "}"));
        forms.put("base64-at-offset-2", base64Url("t=" + text + ";"));
        return forms;
    }
}
