package dev.mistralready.project.manifests;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release number, major.minor.patch; missing or wildcard parts ({@code 2}, {@code 2.x}) read as 0. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

    private static final Pattern NUMBER = Pattern.compile("v?(\\d+)(?:\\.(\\d+|[xX*]))?(?:\\.(\\d+|[xX*]))?.*");
    private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
            .thenComparingInt(Version::minor).thenComparingInt(Version::patch);

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("not a version: " + major + "." + minor + "." + patch);
        }
    }

    /** {@code 2.7.0}, {@code 2.2}, {@code 1}, {@code 2.x}, {@code 2.2.0-beta.1} (the pre-release is dropped). */
    public static Optional<Version> parse(String text) {
        Matcher matcher = NUMBER.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Version(Integer.parseInt(matcher.group(1)), part(matcher.group(2)), part(matcher.group(3))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** For constants in code: {@code Version.of("2.2.0")}. */
    public static Version of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a version: " + text));
    }

    private static int part(String text) {
        return text == null || !Character.isDigit(text.charAt(0)) ? 0 : Integer.parseInt(text);
    }

    public boolean isBefore(Version other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Version other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
