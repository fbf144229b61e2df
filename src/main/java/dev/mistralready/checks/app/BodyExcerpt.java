package dev.mistralready.checks.app;

import dev.mistralready.http.Excerpt;
import dev.mistralready.http.HttpReply;

/**
 * How a message quotes the app's answer: {@code ; body: …} (one line, cut), {@code  (empty body)}, or, for
 * a body that is not text (an image, a compressed or protobuf answer), only that it is binary and its
 * Content-Type: the bytes decoded as UTF-8 would show as a row of replacement characters.
 */
final class BodyExcerpt {

    /** A body with a NUL, or more than this share of undecodable bytes, is binary. */
    private static final double MAX_UNDECODABLE = 0.1;

    private BodyExcerpt() {
    }

    static String of(HttpReply.Answered answer) {
        if (!isBinary(answer.body())) {
            return Excerpt.ofBody(answer.body());
        }
        String type = answer.header("Content-Type").map(Excerpt::of).map(value -> ", Content-Type " + value)
                .orElse(", no Content-Type");
        return " (a binary body" + type + ")";
    }

    static boolean isBinary(String body) {
        if (body.isEmpty()) {
            return false;
        }
        long undecodable = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (c == '\uFFFD') {
                undecodable++;
            }
        }
        return undecodable > body.length() * MAX_UNDECODABLE;
    }
}
