package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Fingerprint;
import dev.mistralready.check.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on the model a call names, against the {@link ModelCatalogue} and today's date. A
 * retired or deprecated model is reported as that alone, even when named by an alias: pinning the
 * alias's target would not help.
 */
final class ModelRules {

    static final String FLOATING_ALIAS = "MR-MOD-001";
    static final String RETIRED = "MR-MOD-002";
    static final String DEPRECATED = "MR-MOD-003";
    static final String LABS = "MR-MOD-004";
    static final String UNKNOWN = "MR-MOD-005";
    static final String NOT_VISIBLE = "MR-MOD-013";

    private final ModelCatalogue catalogue;
    private final LocalDate today;
    private final Set<String> allowedAliases;
    private final Optional<Set<String>> live;

    ModelRules(ModelCatalogue catalogue, LocalDate today, Set<String> allowedAliases) {
        this(catalogue, today, allowedAliases, Optional.empty());
    }

    /** @param live the ids and aliases {@code GET /v1/models} lists for the key, when it was asked */
    ModelRules(ModelCatalogue catalogue, LocalDate today, Set<String> allowedAliases, Optional<Set<String>> live) {
        this.catalogue = catalogue;
        this.today = today;
        this.allowedAliases = Set.copyOf(allowedAliases);
        this.live = live.map(Set::copyOf);
    }

    /**
     * Why the model of {@code reference} is not judged, for the details: an id of Vertex AI, Bedrock
     * or Azure follows that cloud's retirement dates, not la Plateforme's. {@link #check} then has
     * no finding on it.
     */
    Optional<String> notChecked(ModelReference reference) {
        return CloudModelId.of(reference.id()).map(cloud -> cloud.label() + " model `" + reference.id() + "` ("
                + reference.writtenAt() + "): follows " + cloud.cloud() + "'s retirement dates, not checked");
    }

    /** The details line for a model sent through a cloud's own client, which that cloud's dates judge. */
    static String onCloudClient(CloudModelId cloud, ModelReference reference) {
        return cloud.label() + " client: model `" + reference.id() + "` (" + reference.writtenAt() + ") is "
                + cloud.cloud() + "'s, on its retirement dates, not checked";
    }

    List<Finding> check(ModelReference reference) {
        String id = reference.id();
        if (CloudModelId.of(id).isPresent()) {
            return List.of(); // named in the details by notChecked
        }
        Optional<ModelCatalogue.Naming> naming = catalogue.lookup(id);
        if (naming.isPresent() && naming.get().kind() == ModelCatalogue.Naming.Kind.FORMER_ALIAS) {
            return live.isPresent() && !live.get().contains(id) ? List.of(notVisible(reference, Optional.empty()))
                    : allowedAliases.contains(id) ? List.of() : List.of(formerAlias(reference, naming.get()));
        }
        boolean retired = naming.isPresent() && naming.get().model().isRetiredOn(today);
        if (live.isPresent() && !live.get().contains(id) && !retired) {
            return List.of(notVisible(reference, naming));
        }
        if (naming.isEmpty()) {
            return unknown(reference);
        }
        CatalogueModel model = naming.get().model();
        String via = naming.get().floats() ? " (`" + id + "` points to `" + model.id() + "`)" : "";
        if (model.isRetiredOn(today)) {
            String when = model.retired().map(date -> " on " + date).orElse("");
            return List.of(finding(RETIRED, Severity.ERROR, reference,
                    "`" + id + "` was retired" + when + via + ": every request to it fails",
                    "Switch to " + replacement(model) + "."));
        }
        if (model.isDeprecatedOn(today)) {
            String until = model.retired().map(date -> ", and will be retired on " + date).orElse("");
            String since = model.deprecated().map(date -> " since " + date).orElse("");
            return List.of(finding(DEPRECATED, Severity.WARNING, reference,
                    "`" + id + "` is deprecated" + since + until + via,
                    "Move to " + replacement(model) + model.retired().map(date -> " before " + date).orElse("") + "."));
        }
        if (model.labs()) {
            return List.of(labs(reference));
        }
        if (naming.get().floats() && !allowedAliases.contains(id)) {
            return List.of(floating(reference, naming.get()));
        }
        return List.of();
    }

    private List<Finding> unknown(ModelReference reference) {
        String id = reference.id();
        if (id.startsWith("labs-")) {
            return List.of(labs(reference));
        }
        if (id.endsWith("-latest") && !allowedAliases.contains(id)) {
            return List.of(finding(FLOATING_ALIAS, Severity.ERROR, reference,
                    "`" + id + "` is a floating alias: the model behind it can change without a deploy",
                    "Pin the dated id `" + id + "` points to today (see `GET /v1/models`), or list `" + id
                            + "` in the gate's `allow-aliases` if following the newest model is intended."));
        }
        if (live.isPresent()) {
            return List.of(); // the key's own model list has it: not unknown, whatever the catalogue's date
        }
        return List.of(finding(UNKNOWN, Severity.WARNING, reference,
                "unknown model `" + id + "`: not in the model catalogue of " + catalogue.date(), respelling(id)
                        .orElse("Check the id against `GET /v1/models` (or docs.mistral.ai/models) and use a dated id it lists.")));
    }

    private Optional<String> respelling(String id) {
        return Optional.of(id.replace('.', '-')).filter(other -> !other.equals(id) && catalogue.lookup(other).isPresent())
                .map(other -> "Did you mean `" + other + "`? Use the id as `GET /v1/models` lists it.");
    }

    /** The key's live model list lacks the id: every request with it fails, whatever the catalogue says. */
    private Finding notVisible(ModelReference reference, Optional<ModelCatalogue.Naming> naming) {
        String id = reference.id();
        String known = naming.map(name -> " (the catalogue knows it as " + name.model().describe()
                + ": this key's workspace or tier may not include it)").orElse("");
        return finding(NOT_VISIBLE, Severity.ERROR, reference,
                "`" + id + "` is not in the key's model list (`GET /v1/models`)" + known + ": requests with it fail",
                respelling(id).orElse("Use a model `GET /v1/models` lists for this key, or give the key's workspace "
                        + "access to `" + id + "`."));
    }

    private Finding floating(ModelReference reference, ModelCatalogue.Naming naming) {
        String id = reference.id();
        CatalogueModel model = naming.model();
        if (naming.kind() == ModelCatalogue.Naming.Kind.LEGACY_NAME) {
            return finding(FLOATING_ALIAS, Severity.ERROR, reference,
                    "`" + id + "` is a legacy 2023 model name, not a pinned model",
                    "Pin " + model.describe() + ", the current dated model of that line.");
        }
        return finding(FLOATING_ALIAS, Severity.ERROR, reference,
                "`" + id + "` is a floating alias: it points to `" + model.id() + "` today and can change without a deploy",
                "Pin `" + model.id() + "`, or list `" + id + "` in the gate's `allow-aliases` if following the newest "
                        + "model is intended.");
    }

    /** An alias the docs no longer point anywhere: floating, and today's target is unknown. */
    private Finding formerAlias(ModelReference reference, ModelCatalogue.Naming naming) {
        String id = reference.id();
        CatalogueModel last = naming.model();
        String lastState = last.isRetiredOn(today) ? last.retired().map(date -> ", retired " + date).orElse(", retired")
                : "";
        Optional<CatalogueModel> current = last.isRetiredOn(today) || last.isDeprecatedOn(today)
                ? catalogue.replacementOn(last, today) : Optional.of(last);
        String pin = "Pin the dated id `" + id + "` serves today (see `GET /v1/models`"
                + current.map(model -> "; the docs name " + model.describe() + " as current").orElse("") + "), ";
        return finding(FLOATING_ALIAS, Severity.ERROR, reference,
                "`" + id + "` is a floating alias: the docs last pointed it to `" + last.id() + "`" + lastState
                        + ", and no longer say where it points",
                pin + "or list `" + id + "` in the gate's `allow-aliases` if following the newest model is intended.");
    }

    private Finding labs(ModelReference reference) {
        return finding(LABS, Severity.WARNING, reference,
                "`" + reference.id() + "` is a Labs model: Mistral may remove it with two weeks' notice "
                        + "and does not recommend it for production",
                "Use a generally available model in production and keep Labs models to experiments.");
    }

    private String replacement(CatalogueModel model) {
        return catalogue.replacementOn(model, today).map(CatalogueModel::describe)
                .orElse("a current model (see `GET /v1/models`)");
    }

    private static Finding finding(String rule, Severity severity, ModelReference reference, String what, String fix) {
        String used = reference.writtenAt().line() == reference.call().at().line() ? ""
                : ", used by " + reference.call().describe();
        return Finding.of(rule, severity, what + used, fix)
                .at(reference.writtenAt())
                .withFingerprint(Fingerprint.of(rule, reference.writtenAt().file(), reference.id()));
    }
}
