package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void stripsCsiColourAndCursorSequences() {
        assertThat(XmlText.clean("\u001B[1;31mFAIL\u001B[0m done\u001B[2K\u001B[?25l"))
                .isEqualTo("FAIL done");
    }

    @Test
    void stripsOscSequencesEndedByBelOrStringTerminator() {
        String hyperlink = "\u001B]8;;https://example.invalid\u001B\\docs\u001B]8;;\u001B\\";
        String title = "\u001B]0;window title\u0007after";
        assertThat(XmlText.clean(hyperlink)).isEqualTo("docs");
        assertThat(XmlText.clean(title)).isEqualTo("after");
    }

    @Test
    void stripsTwoCharacterEscapeSequences() {
        assertThat(XmlText.clean("a\u001B(Bb\u001BMc\u001B7d")).isEqualTo("abcd");
    }

    @Test
    void dropsCharactersXmlForbids() {
        assertThat(XmlText.clean("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\u001B")).isEqualTo("abcdefg");
    }

    @Test
    void keepsTabNewlineCarriageReturnAndMarkup() {
        assertThat(XmlText.clean("a\tb\nc\r\n<&>\"]]>")).isEqualTo("a\tb\nc\r\n<&>\"]]>");
    }

    @Test
    void keepsValidSurrogatePairsAndDropsLoneSurrogates() {
        String emoji = "\uD83D\uDE00";
        assertThat(XmlText.clean("x" + emoji + "y")).isEqualTo("x" + emoji + "y");
        assertThat(XmlText.clean("lone high \uD83D. lone low \uDE00. reversed \uDE00\uD83D."))
                .isEqualTo("lone high . lone low . reversed .");
        assertThat(XmlText.clean("\uD83D" + emoji + "\uDE00")).isEqualTo(emoji);
    }

    @Test
    void keepsNonAsciiText() {
        assertThat(XmlText.clean("café 漢字 \uE000 \uFFFD")).isEqualTo("café 漢字 \uE000 \uFFFD");
    }
}
