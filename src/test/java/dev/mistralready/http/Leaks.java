package dev.mistralready.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Outcome;
import dev.mistralready.check.Secret;
import dev.mistralready.report.EveryFormat;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asserts that a report shows no secret, in no form a reader (or a script) could turn back into it. */
public final class Leaks {

    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Pattern LONE_PERCENT = Pattern.compile("%(?![0-9a-fA-F]{2})");

    private Leaks() {
    }

    /**
     * The regex of where a message showed an echo of {@code secret}: its redacted form, with the
     * leftover base64 of the text around it when the echo was a larger encoded text.
     */
    public static String redactedEcho(String secret) {
        return "[A-Za-z0-9+/_-]*" + Pattern.quote(Secret.redact(secret)) + "[A-Za-z0-9+/_=-]*";
    }

    /** The outcome rendered in every report format shows none of {@code secrets} in any form. */
    public static void assertNoneInAnyReport(String type, Outcome outcome, String... secrets) throws IOException {
        for (Map.Entry<String, String> report : EveryFormat.render(type, outcome).entrySet()) {
            for (String secret : secrets) {
                assertNoneOf(secret, report.getValue(), report.getKey());
            }
        }
    }

    /** Neither {@code secret} nor its JSON-, XML-, URL- or base64-encoded form is in {@code output}. */
    public static void assertNoneOf(String secret, String output, String format) {
        String decoded = percentDecoded(xmlDecoded(jsonDecoded(output)));
        assertThat(output).as("%s output", format).doesNotContain(secret);
        assertThat(jsonDecoded(output)).as("%s output, JSON escapes decoded", format).doesNotContain(secret);
        assertThat(xmlDecoded(output)).as("%s output, XML entities decoded", format).doesNotContain(secret);
        assertThat(decoded).as("%s output, all escapes decoded", format).doesNotContain(secret);
        for (int offset = 0; offset < 3; offset++) {
            String shifted = "~".repeat(offset) + secret;
            for (Base64.Encoder encoder : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder()}) {
                String encoded = encoder.withoutPadding().encodeToString(shifted.getBytes(StandardCharsets.UTF_8));
                String middle = encoded.substring(3, encoded.length() - 1);
                assertThat(output).as("%s output, base64 at offset %d", format, offset).doesNotContain(middle);
            }
        }
    }

    static String jsonDecoded(String text) {
        Matcher escape = UNICODE_ESCAPE.matcher(text);
        String unicode = escape.replaceAll(match -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(match.group(1), 16))));
        return unicode.replace("\\/", "/").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    static String xmlDecoded(String text) {
        String numeric = NUMERIC_ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16))));
        return numeric.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** {@code %XX} decoded byte by byte as UTF-8, {@code +} as a space. */
    static String percentDecoded(String text) {
        return URLDecoder.decode(LONE_PERCENT.matcher(text).replaceAll("%25"), StandardCharsets.UTF_8);
    }
}
