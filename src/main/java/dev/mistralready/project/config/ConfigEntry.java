package dev.mistralready.project.config;

import java.util.Objects;

/**
 * One setting of a configuration file, flattened to a dotted key: {@code spring.ai.mistralai.chat.model}.
 *
 * @param key         the key as written, nested YAML keys joined with dots and list items as {@code [0]}
 * @param value       the value's text (escapes decoded, YAML quotes removed); empty for a YAML null
 * @param nullValue   whether YAML left the value empty or wrote {@code null} / {@code ~}
 * @param document    which document of a multi-document YAML file (0 for the first, and for .properties)
 * @param keyLine     where the key starts, 1-based, like the value positions
 * @param valueColumn where the value's text starts: inside the quotes of a quoted YAML scalar
 */
public record ConfigEntry(String key, String value, boolean nullValue, int document, int keyLine, int keyColumn,
                          int valueLine, int valueColumn) {

    public ConfigEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
