package dev.mistralready.checks.models;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model of the {@link ModelCatalogue}: its dated id, the names that point to it, and its
 * lifecycle. The dates decide: a model whose docs still say "deprecated" is retired once its
 * retirement date has come.
 *
 * @param formerAliases aliases the docs once pointed to this model and no longer point anywhere
 *                      they say ({@code mistral-moderation-latest}): floating, target unknown
 * @param source        where these facts were read, with the source's date
 */
record CatalogueModel(String id, String name, List<String> aliases, List<String> legacyNames, String status,
                      Optional<LocalDate> deprecated, Optional<LocalDate> retired, Optional<String> replacement,
                      boolean labs, List<String> formerAliases, Optional<String> source) {

    static final List<String> STATUSES = List.of("ga", "preview", "deprecated", "retired");

    CatalogueModel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        legacyNames = List.copyOf(legacyNames);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deprecated, "deprecated");
        Objects.requireNonNull(retired, "retired");
        Objects.requireNonNull(replacement, "replacement");
        formerAliases = List.copyOf(formerAliases);
        Objects.requireNonNull(source, "source");
    }

    CatalogueModel(String id, String name, List<String> aliases, List<String> legacyNames, String status,
                   Optional<LocalDate> deprecated, Optional<LocalDate> retired, Optional<String> replacement,
                   boolean labs) {
        this(id, name, aliases, legacyNames, status, deprecated, retired, replacement, labs, List.of(), Optional.empty());
    }

    /** Retired on or before {@code today}; without a date, when the docs say so. */
    boolean isRetiredOn(LocalDate today) {
        return retired.map(date -> !date.isAfter(today)).orElse(status.equals("retired"));
    }

    /** Deprecated by {@code today} but still answering. */
    boolean isDeprecatedOn(LocalDate today) {
        return !isRetiredOn(today) && deprecated.map(date -> !date.isAfter(today)).orElse(status.equals("deprecated"));
    }

    /** {@code mistral-small-2603 (Mistral Small 4)}. */
    String describe() {
        return "`" + id + "` (" + name + ")";
    }
}
