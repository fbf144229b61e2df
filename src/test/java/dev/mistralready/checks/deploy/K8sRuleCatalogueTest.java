package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.check.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's texts fit where they are shown: a table cell for finds, a fenced block for the example. */
class K8sRuleCatalogueTest {

    private static final List<Rule> RULES = K8sRuleCatalogue.RULES;

    @Test
    void everyRuleSaysWhatItFindsInOneTableCell() {
        assertThat(RULES).hasSize(18);
        for (Rule rule : RULES) {
            assertThat(rule.finds()).as("finds of %s", rule.id()).isNotEqualTo(rule.title())
                    .doesNotContain("\n").doesNotContainPattern("(?<!\\\\)\\|");
            assertThat(rule.fix()).as("fix of %s", rule.id()).doesNotContain("\n").endsWith(".");
            assertThat(rule.title()).as("title of %s", rule.id()).hasSizeLessThan(70);
        }
    }

    @Test
    void examplesAreShortFencedBlocksWithoutAnythingLikeAKey() {
        for (Rule rule : RULES) {
            if (rule.example().isEmpty()) {
                continue;
            }
            List<String> lines = rule.example().lines().toList();
            assertThat(lines.get(0)).as("example of %s", rule.id()).isEqualTo("```yaml");
            assertThat(lines.get(lines.size() - 1)).as("example of %s", rule.id()).isEqualTo("```");
            assertThat(lines.size() - 2).as("lines of the example of %s", rule.id()).isLessThanOrEqualTo(9);
            assertThat(rule.example()).as("example of %s", rule.id()).doesNotContainPattern("[A-Za-z0-9]{32}");
        }
    }
}
