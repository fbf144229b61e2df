package dev.mistralready.checks.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class TextOutlineTest {

    @Test
    void readsAsciiDocTitlesAndKeepsDelimitedBlocksOutOfTheProse() {
        MarkdownDocument document = TextOutline.read("= Mistral runbook\n\n== Rollback\n\n----\n== not a title\n"
                + "helm rollback chat\n----\n\nThen check the 503s.\n", true);

        assertThat(document.headings()).extracting(MarkdownHeading::level, MarkdownHeading::text, MarkdownHeading::line,
                        MarkdownHeading::hasCode)
                .containsExactly(tuple(1, "Mistral runbook", 1, true), tuple(2, "Rollback", 3, true));
        assertThat(document.prose()).extracting(MarkdownDocument.Prose::line).containsExactly(10);
    }

    @Test
    void readsRestTitlesByTheOrderOfTheirUnderlines() {
        MarkdownDocument document = TextOutline.read("Runbook\n=======\n\nRate limits\n-----------\n\nOn 429, wait.\n\n"
                + "Escalation\n----------\n\n    page --team atlas\n", false);

        assertThat(document.headings()).extracting(MarkdownHeading::level, MarkdownHeading::text, MarkdownHeading::line,
                        MarkdownHeading::hasContent)
                .containsExactly(tuple(1, "Runbook", 1, true), tuple(2, "Rate limits", 4, true),
                        tuple(2, "Escalation", 9, true));
        assertThat(document.prose()).extracting(MarkdownDocument.Prose::line, MarkdownDocument.Prose::section)
                .containsExactly(tuple(7, 1));
    }
}
