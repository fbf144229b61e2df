package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogueTest {

    private final ModelCatalogue catalogue = ModelCatalogue.bundled();

    private static ModelCatalogue read(String yaml) throws Exception {
        return ModelCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void isDatedAndKnowsWhichDatedIdAnAliasPointsTo() {
        assertThat(catalogue.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        ModelCatalogue.Naming alias = catalogue.lookup("mistral-large-latest").orElseThrow();

        assertThat(alias.kind()).isEqualTo(ModelCatalogue.Naming.Kind.ALIAS);
        assertThat(alias.model().id()).isEqualTo("mistral-large-2512");
        assertThat(catalogue.lookup("mistral-small").orElseThrow().kind())
                .isEqualTo(ModelCatalogue.Naming.Kind.LEGACY_NAME);
        assertThat(catalogue.lookup("mistral-small-2603").orElseThrow().floats()).isFalse();
        assertThat(catalogue.lookup("mistral-medium-3.5")).isEmpty();
    }

    @Test
    void decidesRetiredAndDeprecatedByDateNotByTheDocsLabel() {
        CatalogueModel medium3 = catalogue.model("mistral-medium-2505").orElseThrow();

        assertThat(medium3.status()).isEqualTo("retired"); // the docs still say Deprecated: see the next test
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 5, 21))).isFalse();
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 5, 22))).isTrue();
        assertThat(medium3.isRetiredOn(LocalDate.of(2026, 8, 30))).isFalse();
        assertThat(medium3.isRetiredOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 8, 31))).isFalse();
    }

    /** Entries still labelled current or deprecated although their retirement date has come by {@code day}. */
    private static List<String> labelledLiveAfterRetirement(ModelCatalogue catalogue, LocalDate day) {
        return catalogue.models().stream()
                .filter(model -> !model.status().equals("retired"))
                .filter(model -> model.retired().filter(date -> !date.isAfter(day)).isPresent())
                .map(CatalogueModel::id).toList();
    }

    @Test
    void noBundledModelIsLabelledDeprecatedPastItsRetirementOnTheCataloguesOwnDate() {
        assertThat(labelledLiveAfterRetirement(catalogue, catalogue.date()))
                .as("models whose retirement date is on or before the catalogue's date must say `status: retired`")
                .isEmpty();
    }

    @Test
    void aDeprecatedLabelPastTheRetirementDateIsCaught() throws Exception {
        ModelCatalogue stale = read("""
                date: 2026-11-21
                models:
                  - {id: a-1, name: A1, status: deprecated, deprecated: 2026-05-22, retired: 2026-08-31}
                  - {id: a-2, name: A2, status: preview, retired: 2026-11-21}
                  - {id: a-3, name: A3, status: deprecated, deprecated: 2026-10-01, retired: 2026-12-31}
                  - {id: a-4, name: A4, status: retired, retired: 2025-01-01}
                """);

        assertThat(labelledLiveAfterRetirement(stale, stale.date())).containsExactlyInAnyOrder("a-1", "a-2");
    }

    @Test
    void idsAreUniqueAndEveryAliasAndReplacementResolvesToAnEntry() throws Exception {
        JsonNode models;
        try (InputStream in = ModelCatalogue.class.getResourceAsStream(ModelCatalogue.RESOURCE)) {
            models = new ObjectMapper(new YAMLFactory()).readTree(in).path("models");
        }
        List<String> ids = new ArrayList<>();
        models.forEach(model -> ids.add(model.path("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(catalogue.models().size());

        List<String> names = new ArrayList<>(ids);
        for (JsonNode model : models) {
            for (String key : List.of("aliases", "legacy-names", "former-aliases")) {
                model.path(key).forEach(name -> {
                    names.add(name.asText());
                    assertThat(catalogue.lookup(name.asText())).as(key + " `" + name.asText() + "`")
                            .map(naming -> naming.model().id()).contains(model.path("id").asText());
                });
            }
            if (model.has("replacement")) {
                assertThat(ids).as("replacement of " + model.path("id").asText()).contains(model.path("replacement").asText());
            }
        }
        assertThat(names).as("a name may point to one model only").doesNotHaveDuplicates();
    }

    @Test
    void everyBundledModelSaysWhereItsFactsComeFromAndWhen() {
        assertThat(catalogue.models()).allSatisfy(model -> assertThat(model.source())
                .as(model.id()).hasValueSatisfying(source -> assertThat(source).containsPattern("\\(\\d{4}-\\d{2}-\\d{2}")));
        assertThat(catalogue.model("pixtral-12b-2409").orElseThrow().source()).contains(
                "platform-docs-public@222f4ba src/schema/models/models/pixtral-12b-24-09.ts (2026-08-21, label Deprecated); "
                        + "aliases: changelog/en/2024-11-06.mdx, public/llms-full.txt (vision page)");
    }

    @Test
    void carriesTheFactsOfTheRefresh() {
        assertThat(catalogue.lookup("pixtral-12b").orElseThrow().model().id()).isEqualTo("pixtral-12b-2409");
        assertThat(catalogue.lookup("pixtral-12b-latest").orElseThrow().kind()).isEqualTo(ModelCatalogue.Naming.Kind.ALIAS);
        assertThat(catalogue.model("pixtral-12b-2409").orElseThrow().isRetiredOn(catalogue.date())).isTrue();

        ModelCatalogue.Naming moderation = catalogue.lookup("mistral-moderation-latest").orElseThrow();
        assertThat(moderation.kind()).isEqualTo(ModelCatalogue.Naming.Kind.FORMER_ALIAS);
        assertThat(moderation.floats()).isTrue();
        assertThat(moderation.model().id()).isEqualTo("mistral-moderation-2411");

        assertThat(catalogue.model("mistral-ocr-4-1").orElseThrow().status()).isEqualTo("ga");
        CatalogueModel ocr40 = catalogue.model("mistral-ocr-4-0").orElseThrow();
        assertThat(ocr40.retired()).contains(LocalDate.of(2026, 9, 30));
        assertThat(catalogue.replacementOn(ocr40, catalogue.date())).map(CatalogueModel::id).contains("mistral-ocr-4-1");
        assertThat(catalogue.model("labs-leanstral-1-5").orElseThrow().status()).isEqualTo("retired");
    }

    @Test
    void followsARetiredReplacementToItsOwnOrToNothing() throws Exception {
        ModelCatalogue chain = read("""
                date: 2026-12-01
                models:
                  - {id: a-1, name: A1, status: retired, retired: 2025-01-01, replacement: a-2}
                  - {id: a-2, name: A2, status: deprecated, retired: 2026-06-01, replacement: a-3}
                  - {id: a-3, name: A3, status: ga}
                  - {id: b-1, name: B1, status: retired, replacement: b-2}
                  - {id: b-2, name: B2, status: retired}
                """);

        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(chain.replacementOn(chain.model("a-1").orElseThrow(), day)).map(CatalogueModel::id).contains("a-3");
        assertThat(chain.replacementOn(chain.model("a-1").orElseThrow(), LocalDate.of(2026, 1, 1)))
                .map(CatalogueModel::id).contains("a-2");
        assertThat(chain.replacementOn(chain.model("b-1").orElseThrow(), day)).isEmpty();
    }

    @Test
    void everyBundledModelPastItsDatesHasACurrentReplacementExceptLeanstral() {
        LocalDate day = catalogue.date();
        assertThat(catalogue.models())
                .filteredOn(model -> model.isRetiredOn(day) || model.isDeprecatedOn(day))
                .filteredOn(model -> catalogue.replacementOn(model, day).isEmpty())
                .extracting(CatalogueModel::id)
                .containsExactlyInAnyOrder("labs-leanstral-1-5", "labs-leanstral-2603");
    }

    @Test
    void marksLabsModelsFromTheFlagOrTheIdPrefix() throws Exception {
        ModelCatalogue small = read("""
                date: 2026-12-01
                models:
                  - {id: labs-new-thing, name: New thing, status: preview}
                  - {id: mistral-huge-2612, name: Huge, aliases: [mistral-huge-latest], status: ga, labs: true}
                """);

        assertThat(small.model("labs-new-thing").orElseThrow().labs()).isTrue();
        assertThat(small.model("mistral-huge-2612").orElseThrow().labs()).isTrue();
        assertThat(small.aliases()).containsExactly("mistral-huge-latest");
    }

    @Test
    void rejectsABadDateAnUnknownReplacementAndANameUsedTwice() {
        assertThatThrownBy(() -> read("date: 2026-12-01\nmodels:\n  - {id: a-1, name: A, status: ga, retired: soon}\n"))
                .hasMessage("test.yaml: model `a-1`: `retired` must be a date like 2026-11-21, was `soon`");
        assertThatThrownBy(() -> read("date: 2026-12-01\nmodels:\n  - {id: a-1, name: A, status: retired, replacement: b-2}\n"))
                .hasMessage("test.yaml: model `a-1`: replacement `b-2` is not a dated id of the catalogue");
        assertThatThrownBy(() -> read("date: 2026-12-01\nmodels:\n  - {id: a-1, name: A, status: ga, aliases: [a]}\n"
                + "  - {id: a-2, name: A2, status: ga, aliases: [a]}\n"))
                .hasMessage("test.yaml: `a` names both `a-1` and `a-2`");
        assertThatThrownBy(() -> read("date: 2026-12-01\nmodels:\n  - {id: a-1, name: A, status: GA}\n"))
                .hasMessageContaining("`status` must be one of [ga, preview, deprecated, retired], was `GA`");
    }
}
