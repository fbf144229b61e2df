package dev.mistralready.checks.secrets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.check.OptionSchema;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code history} option of a {@code secret-scan} gate: {@code false} (the default), {@code true}
 * (every commit reachable from HEAD) or {@code {since: REV}} (only the commits in {@code REV..HEAD}).
 */
@OptionSchema("""
        {"anyOf": [
          {"type": "boolean"},
          {"type": "object", "required": ["since"], "additionalProperties": false,
           "properties": {"since": {"type": ["string", "number"], "description": "a branch, tag or commit id"}}}]}
        """)
public final class HistoryOption {

    public static final HistoryOption OFF = new HistoryOption(false, Optional.empty());
    public static final HistoryOption ALL = new HistoryOption(true, Optional.empty());

    private static final String SHAPE = "`history` must be true, false or {since: REV}";

    private final boolean enabled;
    private final Optional<String> since;

    private HistoryOption(boolean enabled, Optional<String> since) {
        this.enabled = enabled;
        this.since = since;
    }

    /** Only the commits after {@code revision} (a branch, tag or commit id). */
    public static HistoryOption since(String revision) {
        if (revision == null || revision.isBlank()) {
            throw new IllegalArgumentException(SHAPE + ": `since` needs a branch, tag or commit id");
        }
        return new HistoryOption(true, Optional.of(revision.strip()));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static HistoryOption bind(JsonNode node) {
        if (node == null || node.isNull()) {
            return OFF;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? ALL : OFF;
        }
        if (node.isObject() && node.size() == 1 && node.has("since")) {
            JsonNode since = node.get("since");
            if (since.isTextual() || since.isNumber()) { // a short commit id of digits only reads as a number
                return since(since.asText());
            }
            throw new IllegalArgumentException(SHAPE + ": `since` must be a branch, tag or commit id");
        }
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("since")) {
                    throw new IllegalArgumentException(SHAPE + " (unknown key `" + name + "`)");
                }
            }
        }
        throw new IllegalArgumentException(SHAPE);
    }

    public boolean enabled() {
        return enabled;
    }

    public Optional<String> since() {
        return since;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HistoryOption that && that.enabled == enabled && that.since.equals(since);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, since);
    }

    @Override
    public String toString() {
        return enabled ? since.map(rev -> "{since: " + rev + "}").orElse("true") : "false";
    }
}
