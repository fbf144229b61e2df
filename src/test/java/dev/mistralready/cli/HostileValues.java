package dev.mistralready.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Values of hostile shapes, written as one line of YAML each, for any place a checklist holds a value.
 * None is a command that exists: where one lands in a {@code run:} with an empty PATH, the shell
 * finds nothing to run.
 */
final class HostileValues {

    /** One hostile value: how failures name it, and its YAML text. */
    record HostileValue(String name, String yaml) {
    }

    static final int LONG_TEXT = 100_000;

    private HostileValues() {
    }

    static List<HostileValue> all() {
        List<HostileValue> values = new ArrayList<>();
        add(values, "null", "~");
        add(values, "empty text", "''");
        add(values, "empty list", "[]");
        add(values, "empty map", "{}");
        add(values, "true", "true");
        add(values, "2^32+1", "4294967297");
        add(values, "2^63", "9223372036854775808");
        add(values, "long max", "9223372036854775807");
        add(values, "20 digits", "99999999999999999999");
        add(values, "minus one", "-1");
        add(values, "zero", "0");
        add(values, "fraction", "1.5");
        add(values, "1e309", "1e309");
        add(values, "huge exponent", "1e999999999");
        add(values, "infinity", ".inf");
        add(values, "not a number", ".nan");
        add(values, "huge hex", "0x7FFFFFFFFFFFFFFFFFFF");
        add(values, "overflowing GiB", "99999999999GiB");
        add(values, "long max GiB", "9223372036854775807GiB");
        add(values, "30-digit size", "'999999999999999999999999999999b'");
        add(values, "negative size", "'-1KiB'");
        add(values, "size of zero", "0b");
        add(values, "3000000h", "3000000h");
        add(values, "0s", "0s");
        add(values, "negative duration", "'-5s'");
        add(values, "1h x 5000", "'" + "1h".repeat(5000) + "'");
        add(values, "duration digits", "'" + "9".repeat(40) + "s'");
        add(values, "60 KB words", "'" + "word ".repeat(12_000) + "'");
        add(values, "100 KB words", "'" + "word ".repeat(LONG_TEXT / 5) + "'");
        add(values, "NUL", "\"\\0\"");
        add(values, "NUL inside", "\"a\\0b\"");
        add(values, "control characters", "\"\\x01\\x07\\e[31mred\\x7f\"");
        add(values, "line break", "\"first\\nsecond\"");
        add(values, "unicode oddities", "\"\\uFFFE\\uFFFF\\U0001F600\\u00e9\\u200b\\u202e\"");
        add(values, "lone surrogate", "\"\\uD800\"");
        add(values, "open reference", "'${'");
        add(values, "key reference", "'${MISTRAL_API_KEY}'");
        add(values, "parent path", "'../../../../etc/passwd'");
        add(values, "bad regex", "'[unclosed'");
        add(values, "nested lists", "[[1, [2, [3]]]]");
        add(values, "nested map", "{a: {b: [c]}}");
        add(values, "list with null", "[~]");
        add(values, "list with empty text", "['']");
        add(values, "mixed list", "[a, ~, '', 1, [x]]");
        add(values, "map with empty key", "{'': ~}");
        add(values, "map with NUL key", "{\"\\0\": x}");
        add(values, "5000 items", "[" + "x, ".repeat(5000) + "x]");
        add(values, "deep list", "[".repeat(200) + "]".repeat(200));
        add(values, "binary", "!!binary AAAA");
        add(values, "int tag on text", "!!int abc");
        add(values, "java tag", "!!java.lang.Runtime x");
        add(values, "undefined alias", "*nowhere");
        return List.copyOf(values);
    }

    /** The values that make sense as a mapping key: texts. */
    static List<HostileValue> keys() {
        List<String> names = List.of("empty text", "NUL", "control characters", "line break", "unicode oddities",
                "open reference", "100 KB words");
        return all().stream().filter(value -> names.contains(value.name())).toList();
    }

    private static void add(List<HostileValue> values, String name, String yaml) {
        values.add(new HostileValue(name, yaml));
    }
}
