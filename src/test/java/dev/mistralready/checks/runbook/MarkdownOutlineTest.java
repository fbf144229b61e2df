package dev.mistralready.checks.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownOutlineTest {

    @Test
    void readsAtxHeadingsWithClosingMarksAndTheirLevels() {
        List<MarkdownHeading> headings = MarkdownOutline.headings("# Title #\ntext\n  ### Deep ###\n####### not one\n#nospace\n");

        assertThat(headings).extracting(MarkdownHeading::level, MarkdownHeading::text, MarkdownHeading::line)
                .containsExactly(tuple(1, "Title", 1), tuple(3, "Deep", 3));
    }

    @Test
    void readsSetextHeadingsButNotThematicBreaks() {
        List<MarkdownHeading> headings = MarkdownOutline.headings("Top\n===\n\n---\n\nSub\n---\nbody\n");

        assertThat(headings).extracting(MarkdownHeading::level, MarkdownHeading::text, MarkdownHeading::line)
                .containsExactly(tuple(1, "Top", 1), tuple(2, "Sub", 6));
    }

    @Test
    void ignoresHeadingsInsideFencedCodeBlocksUntilTheMatchingFence() {
        String document = "## A\n````\n# not\n```\n# still not\n````\n## B\n~~~\n## no\n~~~\n";

        assertThat(MarkdownOutline.headings(document)).extracting(MarkdownHeading::text).containsExactly("A", "B");
    }

    @Test
    void aSectionHoldsItsSubsectionsAndKnowsWhetherItHasCode() {
        List<MarkdownHeading> headings = MarkdownOutline.headings("# A\n## B\nrun `undo`\n# C\n\n---\n# D\n    code\n");

        assertThat(headings).extracting(MarkdownHeading::text, MarkdownHeading::hasContent, MarkdownHeading::hasCode)
                .containsExactly(tuple("A", true, true), tuple("B", true, true), tuple("C", false, false),
                        tuple("D", true, true));
    }

    @Test
    void proseLinesKnowTheirSectionAndCodeIsNotProse() {
        MarkdownDocument document = MarkdownOutline.read("intro\n# A\ntext `x`\n```\n# code\n```\n## B\n    indented\n| 429 | wait |\n");

        assertThat(document.prose()).extracting(MarkdownDocument.Prose::line, MarkdownDocument.Prose::text,
                        MarkdownDocument.Prose::section)
                .containsExactly(tuple(1, "intro", -1), tuple(3, "text `x`", 0), tuple(9, "| 429 | wait |", 1));
        assertThat(document.hasCode(-1)).isFalse();
        assertThat(document.hasCode(1)).isTrue();
    }
}
