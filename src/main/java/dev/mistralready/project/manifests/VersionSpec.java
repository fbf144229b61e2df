package dev.mistralready.project.manifests;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency's version constraint as a manifest writes it, read for the one thing the lints need:
 * the lowest release it allows, which is the conservative reading of "the version in use" when no
 * lock file is consulted. Understands npm ranges ({@code ^2.7.0}, {@code ~2.2.1}, {@code >=1 <3},
 * {@code 1.x || 2.x}, {@code 1.0.0 - 2.0.0}), PEP 440 specifiers ({@code >=2.5,<3}, {@code ~=2.4},
 * {@code ==2.*}) and Poetry's ({@code ^1.2}). Anything without a lower bound ({@code *},
 * {@code latest}, {@code <3}, a URL or a path) has none.
 */
public record VersionSpec(String written, Optional<Version> lowest) {

    private static final Pattern COMPARATOR = Pattern.compile("(\\^|~=|~|===|==|>=|>|<=|<|!=|=)?(.+)");
    private static final Pattern OPERATOR_SPACE = Pattern.compile("(\\^|~=|~|===|==|>=|>|<=|<|!=|=)\\s+");

    public VersionSpec {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(lowest, "lowest");
    }

    public static VersionSpec parse(String written) {
        return new VersionSpec(written, lowestOf(written.trim()));
    }

    /** A dependency named without a constraint: any version. */
    public static VersionSpec any() {
        return new VersionSpec("", Optional.empty());
    }

    private static Optional<Version> lowestOf(String spec) {
        if (spec.isEmpty() || spec.contains(":") || spec.contains("/") || spec.contains("@")) {
            return Optional.empty(); // npm:alias@x, file:, git URLs, workspace:, PEP 508 direct references
        }
        Optional<Version> lowest = Optional.empty();
        for (String alternative : spec.split("\\|\\|?")) {
            Optional<Version> bound = lowerBound(alternative.trim());
            if (bound.isEmpty()) {
                return Optional.empty(); // one alternative without a floor: the spec has none
            }
            lowest = lowest.isEmpty() || bound.get().isBefore(lowest.get()) ? bound : lowest;
        }
        return lowest;
    }

    private static Optional<Version> lowerBound(String alternative) {
        String[] hyphenRange = alternative.split("\\s+-\\s+");
        if (hyphenRange.length == 2) {
            return Version.parse(hyphenRange[0]);
        }
        String normalised = OPERATOR_SPACE.matcher(alternative).replaceAll("$1");
        Optional<Version> lowest = Optional.empty();
        for (String comparator : normalised.split("[,\\s]+")) {
            if (comparator.isEmpty()) {
                continue;
            }
            Matcher matcher = COMPARATOR.matcher(comparator);
            if (!matcher.matches()) {
                continue;
            }
            String operator = matcher.group(1) == null ? "" : matcher.group(1);
            if (operator.startsWith("<") || operator.equals("!=")) {
                continue; // an upper bound or an exclusion says nothing about the floor
            }
            Optional<Version> version = Version.parse(matcher.group(2));
            if (version.isPresent() && (lowest.isEmpty() || lowest.get().isBefore(version.get()))) {
                lowest = version; // `>=1 >=2.2` allows 2.2 at the lowest
            }
        }
        return lowest;
    }

    /** {@code ^2.7.0} or, when nothing constrains it, {@code any version}. */
    public String describe() {
        return written.isBlank() ? "any version" : written.trim();
    }
}
