package dev.mistralready.http;

import java.util.Map;

/** An HTTP status as people read it: {@code 401 Unauthorized}. */
public final class StatusText {

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(413, "Content Too Large"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable Entity"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private StatusText() {
    }

    /** {@code 401 Unauthorized}, or just the number for a code without a well-known reason. */
    public static String of(int code) {
        String reason = REASONS.get(code);
        return reason == null ? String.valueOf(code) : code + " " + reason;
    }

    /** Whether {@code code} is a redirect, which no gate follows. */
    public static boolean isRedirect(int code) {
        return code >= 300 && code < 400;
    }
}
