package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistralready.project.config.YamlDocuments;
import org.junit.jupiter.api.Test;

/** Kubernetes' label-selector semantics, on pods labelled {@code app: chat-api, tier: web}. */
class LabelSelectorTest {

    private static final JsonNode POD = yaml("{app: chat-api, tier: web}");

    private static JsonNode yaml(String text) {
        return YamlDocuments.read(text).documents().get(0).root();
    }

    private static boolean selects(String selector) {
        return LabelSelector.of(yaml(selector), true).matches(POD);
    }

    @Test
    void matchLabelsNeedsEveryLabel() {
        assertThat(selects("{matchLabels: {app: chat-api}}")).isTrue();
        assertThat(selects("{matchLabels: {app: chat-api, tier: db}}")).isFalse();
    }

    @Test
    void inAndNotInCompareTheValueAndTreatAMissingLabelAsNotIn() {
        assertThat(selects("{matchExpressions: [{key: tier, operator: In, values: [web, api]}]}")).isTrue();
        assertThat(selects("{matchExpressions: [{key: tier, operator: In, values: [db]}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: zone, operator: In, values: [a]}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: tier, operator: NotIn, values: [db]}]}")).isTrue();
        assertThat(selects("{matchExpressions: [{key: tier, operator: NotIn, values: [web]}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: zone, operator: NotIn, values: [a]}]}")).isTrue();
    }

    @Test
    void existsAndDoesNotExistLookAtTheKeyOnly() {
        assertThat(selects("{matchExpressions: [{key: tier, operator: Exists}]}")).isTrue();
        assertThat(selects("{matchExpressions: [{key: zone, operator: Exists}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: zone, operator: DoesNotExist}]}")).isTrue();
        assertThat(selects("{matchExpressions: [{key: app, operator: DoesNotExist}]}")).isFalse();
    }

    @Test
    void andsMatchLabelsWithMatchExpressions() {
        assertThat(selects("{matchLabels: {app: chat-api}, matchExpressions: [{key: tier, operator: In, values: [web]}]}"))
                .isTrue();
        assertThat(selects("{matchLabels: {app: chat-api}, matchExpressions: [{key: tier, operator: In, values: [db]}]}"))
                .isFalse();
    }

    @Test
    void anEmptySelectorSelectsAllOnlyWhereTheApiSaysSoAndANullOneSelectsNothing() {
        assertThat(LabelSelector.of(yaml("{}"), true).matches(POD)).isTrue();
        assertThat(LabelSelector.of(yaml("{}"), false).matches(POD)).isFalse();
        assertThat(LabelSelector.of(yaml("selector: null").path("selector"), true).matches(POD)).isFalse();
        assertThat(LabelSelector.of(yaml("{}").path("selector"), true).matches(POD)).isFalse();
    }

    @Test
    void selectsNothingWithAnUnknownOperatorOrAnInWithoutValues() {
        assertThat(selects("{matchExpressions: [{key: tier, operator: Equals, values: [web]}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: tier, operator: NotIn, values: []}]}")).isFalse();
        assertThat(selects("{matchExpressions: [{key: tier, operator: Exists, values: [web]}]}")).isFalse();
    }
}
