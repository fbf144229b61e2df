package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelCatalogueTest {

    private final ModelCatalogue catalogue = ModelCatalogue.bundled();

    private static ModelCatalogue read(String yaml) throws Exception {
        return ModelCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void isDatedAndKnowsWhichDatedIdAnAliasPointsTo() {
        assertThat(catalogue.date()).isEqualTo(LocalDate.of(2026, 11, 21));
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

        assertThat(medium3.status()).isEqualTo("deprecated");
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 5, 21))).isFalse();
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 5, 22))).isTrue();
        assertThat(medium3.isRetiredOn(LocalDate.of(2026, 8, 30))).isFalse();
        assertThat(medium3.isRetiredOn(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(medium3.isDeprecatedOn(LocalDate.of(2026, 8, 31))).isFalse();
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
