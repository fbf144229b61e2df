package dev.mistralready.checks.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Mistral models the gate knows, read from the bundled, dated {@code catalogue.yaml}: which
 * names are dated ids, which are aliases (and of what), and each model's lifecycle. Updating the
 * catalogue is editing that file.
 */
final class ModelCatalogue {

    static final String RESOURCE = "catalogue.yaml";

    private static final ModelCatalogue BUNDLED = loadBundled();

    /** How a name written in code relates to a catalogue model. */
    record Naming(String name, CatalogueModel model, Kind kind) {
        enum Kind {
            DATED_ID,
            /** Points to the model today, may point elsewhere tomorrow ({@code -latest}). */
            ALIAS,
            /** A 2023 endpoint name ({@code mistral-small}); the model is the current one of its line. */
            LEGACY_NAME,
            /**
             * An alias the docs last pointed to the model and no longer say where it points
             * ({@code mistral-moderation-latest}): floating, but not judged by the model's lifecycle.
             */
            FORMER_ALIAS
        }

        boolean floats() {
            return kind != Kind.DATED_ID;
        }
    }

    private final LocalDate date;
    private final Map<String, CatalogueModel> models;
    private final Map<String, Naming> names;

    private ModelCatalogue(LocalDate date, Map<String, CatalogueModel> models, Map<String, Naming> names) {
        this.date = date;
        this.models = models;
        this.names = names;
    }

    static ModelCatalogue bundled() {
        return BUNDLED;
    }

    /** When the catalogue was compiled. */
    LocalDate date() {
        return date;
    }

    Collection<CatalogueModel> models() {
        return models.values();
    }

    Optional<CatalogueModel> model(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /**
     * What to move to from {@code model} on {@code today}: its replacement, or, if that is retired
     * too, the replacement's own, and so on; empty when the chain ends in a retired model.
     */
    Optional<CatalogueModel> replacementOn(CatalogueModel model, LocalDate today) {
        Optional<CatalogueModel> next = model.replacement().flatMap(this::model);
        for (int hops = 0; next.isPresent() && next.get().isRetiredOn(today) && hops < models.size(); hops++) {
            next = next.get().replacement().flatMap(this::model);
        }
        return next.filter(candidate -> !candidate.isRetiredOn(today));
    }

    /** What {@code name} is: a dated id, an alias or a legacy name; empty if the catalogue lacks it. */
    Optional<Naming> lookup(String name) {
        return Optional.ofNullable(names.get(name));
    }

    /** Every alias and legacy name, in catalogue order. */
    List<String> aliases() {
        return names.values().stream().filter(Naming::floats).map(Naming::name).toList();
    }

    static ModelCatalogue read(InputStream in, String origin) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || !root.path("models").isArray()) {
            throw new IllegalArgumentException(origin + ": expected `date:` and a `models:` list");
        }
        LocalDate date = date(root.path("date"), origin + ": `date`")
                .orElseThrow(() -> new IllegalArgumentException(origin + ": `date` (when it was compiled) is missing"));
        Map<String, CatalogueModel> models = new LinkedHashMap<>();
        Map<String, Naming> names = new LinkedHashMap<>();
        for (JsonNode node : root.path("models")) {
            CatalogueModel model = model(node, origin);
            name(names, new Naming(model.id(), model, Naming.Kind.DATED_ID), origin);
            model.aliases().forEach(alias -> name(names, new Naming(alias, model, Naming.Kind.ALIAS), origin));
            model.legacyNames().forEach(legacy -> name(names, new Naming(legacy, model, Naming.Kind.LEGACY_NAME), origin));
            model.formerAliases().forEach(alias -> name(names, new Naming(alias, model, Naming.Kind.FORMER_ALIAS), origin));
            models.put(model.id(), model);
        }
        for (CatalogueModel model : models.values()) {
            model.replacement().filter(id -> !models.containsKey(id)).ifPresent(id -> {
                throw new IllegalArgumentException(origin + ": model `" + model.id() + "`: replacement `" + id
                        + "` is not a dated id of the catalogue");
            });
        }
        return new ModelCatalogue(date, Map.copyOf(models), java.util.Collections.unmodifiableMap(names));
    }

    private static void name(Map<String, Naming> names, Naming naming, String origin) {
        Naming earlier = names.putIfAbsent(naming.name(), naming);
        if (earlier != null) {
            throw new IllegalArgumentException(origin + ": `" + naming.name() + "` names both `" + earlier.model().id()
                    + "` and `" + naming.model().id() + "`");
        }
    }

    private static CatalogueModel model(JsonNode node, String origin) {
        String id = node.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException(origin + ": a model has no `id`: " + node);
        }
        String where = origin + ": model `" + id + "`";
        String status = node.path("status").asText("");
        if (!CatalogueModel.STATUSES.contains(status)) {
            throw new IllegalArgumentException(where + ": `status` must be one of " + CatalogueModel.STATUSES
                    + ", was `" + status + "`");
        }
        boolean labs = node.path("labs").asBoolean(false) || id.startsWith("labs-");
        return new CatalogueModel(id, node.path("name").asText(id), strings(node.path("aliases")),
                strings(node.path("legacy-names")), status, date(node.path("deprecated"), where + ": `deprecated`"),
                date(node.path("retired"), where + ": `retired`"),
                Optional.ofNullable(node.get("replacement")).map(JsonNode::asText), labs,
                strings(node.path("former-aliases")), Optional.ofNullable(node.get("source")).map(JsonNode::asText));
    }

    private static List<String> strings(JsonNode list) {
        List<String> strings = new ArrayList<>();
        list.forEach(item -> strings.add(item.asText()));
        return strings;
    }

    private static Optional<LocalDate> date(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date like 2026-11-21, was `" + node.asText() + "`", e);
        }
    }

    private static ModelCatalogue loadBundled() {
        try (InputStream in = ModelCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the model catalogue is missing from the jar");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled model catalogue", e);
        }
    }
}
