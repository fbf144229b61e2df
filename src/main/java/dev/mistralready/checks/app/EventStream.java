package dev.mistralready.checks.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A body of server-sent events ({@code text/event-stream}) read into its events, as a browser's
 * EventSource reads it: lines end in CR, LF or CRLF; a line starting with {@code :} is a comment;
 * {@code data:} lines add to the event's data (several lines are joined with a line feed); an empty
 * line ends the event. One space after the colon is dropped ({@code data:x} and {@code data: x} are the
 * same). An event still open when the body ends counts too: a stream cut short still says what it said.
 */
final class EventStream {

    /** One event: its type ({@code message} unless an {@code event:} line names another) and its data. */
    record Event(String type, String data) {
    }

    private EventStream() {
    }

    static boolean isEventStream(Optional<String> contentType) {
        return contentType.map(type -> type.trim().toLowerCase(Locale.ROOT).startsWith("text/event-stream"))
                .orElse(false);
    }

    static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        StringBuilder data = new StringBuilder();
        String type = "";
        boolean open = false;
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (line.isEmpty()) {
                if (open) {
                    events.add(event(type, data));
                }
                data.setLength(0);
                type = "";
                open = false;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            if (field.equals("data")) {
                data.append(value).append('\n');
                open = true;
            } else if (field.equals("event")) {
                type = value;
                open = true;
            }
        }
        if (open) {
            events.add(event(type, data));
        }
        return events;
    }

    private static Event event(String type, StringBuilder data) {
        String joined = data.length() > 0 ? data.substring(0, data.length() - 1) : "";
        return new Event(type.isEmpty() ? "message" : type, joined);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
