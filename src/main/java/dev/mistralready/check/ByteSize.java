package dev.mistralready.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size as written in checklist.yaml: {@code 1MiB}, {@code 512KiB}, {@code 10MB}, or a number of bytes. */
@OptionSchema("""
        {"anyOf": [
          {"type": "integer", "minimum": 1},
          {"type": "string", "pattern": "^\\\\s*[0-9]+\\\\s*([bB]|[kKmMgG][iI]?[bB])?\\\\s*$"}]}
        """)
public record ByteSize(long bytes) {

    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?");
    static final String EXPECTED = "a size such as 1MiB, 512KiB, 10MB or a number of bytes";
    /**
     * The largest size a checklist may give: sizes bound what is read into memory, and more than this
     * is a typo (and, multiplied by its unit, would overflow a {@code long}).
     */
    public static final long MAXIMUM = 1024L * 1024 * 1024;

    public ByteSize {
        if (bytes < 1) {
            throw new IllegalArgumentException("a size must be positive, was " + bytes);
        }
        if (bytes > MAXIMUM) {
            throw tooLarge(Long.toString(bytes));
        }
    }

    public static ByteSize mebibytes(long count) {
        return new ByteSize(Math.multiplyExact(count, 1024L * 1024));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ByteSize fromYaml(JsonNode node) {
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw node.bigIntegerValue().signum() < 0
                        ? new IllegalArgumentException("a size must be positive, was " + Quoted.excerpt(node.asText()))
                        : tooLarge(node.asText());
            }
            return new ByteSize(node.asLong());
        }
        return parse(node.asText());
    }

    public static ByteSize parse(String text) {
        Matcher matcher = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("`" + Quoted.excerpt(text) + "` is not " + EXPECTED);
        }
        String digits = matcher.group(1);
        if (digits.replaceFirst("^0+", "").length() > 18) {
            throw tooLarge(text);
        }
        long amount = Long.parseLong(digits);
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        long factor = switch (unit) {
            case "kb" -> 1000L;
            case "kib" -> 1024L;
            case "mb" -> 1000L * 1000;
            case "mib" -> 1024L * 1024;
            case "gb" -> 1000L * 1000 * 1000;
            case "gib" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (amount > MAXIMUM / factor) {
            throw tooLarge(text);
        }
        return new ByteSize(amount * factor);
    }

    private static IllegalArgumentException tooLarge(String text) {
        return new IllegalArgumentException("`" + Quoted.excerpt(text.trim()) + "` is larger than the "
                + format(MAXIMUM) + " a size may be");
    }

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    /** Byte counts for people, in binary units: {@code 812 B}, {@code 1 MiB}, {@code 2.3 MiB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (unit < UNITS.length - 1 && Math.round(value * 10) / 10.0 >= 1024) {
            value /= 1024;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.1f", value);
        if (number.endsWith(".0")) {
            number = number.substring(0, number.length() - 2);
        }
        return number + " " + UNITS[unit];
    }

    @Override
    public String toString() {
        return format(bytes);
    }
}
