package dev.mistralready.project.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertiesReaderTest {

    @Test
    void readsEachSeparatorWithTheLineAndColumnOfKeyAndValue() {
        List<ConfigEntry> entries = PropertiesReader.read("a=1\n  b : two\nc\tthree\n");

        assertThat(entries).extracting(ConfigEntry::key, ConfigEntry::value, ConfigEntry::keyLine, ConfigEntry::keyColumn,
                        ConfigEntry::valueLine, ConfigEntry::valueColumn)
                .containsExactly(tuple("a", "1", 1, 1, 1, 3), tuple("b", "two", 2, 3, 2, 7), tuple("c", "three", 3, 1, 3, 3));
    }

    @Test
    void skipsCommentsAndBlankLines() {
        List<ConfigEntry> entries = PropertiesReader.read("# model=mistral-tiny\n! also a comment\n\n   \nmodel=x\r\n");

        assertThat(entries).extracting(ConfigEntry::key, ConfigEntry::keyLine).containsExactly(tuple("model", 5));
    }

    @Test
    void joinsContinuationLinesButNotAnEscapedBackslash() {
        List<ConfigEntry> entries = PropertiesReader.read("list=a,\\\n    b,\\\n    c\npath=C:\\\\dir\\\\\nnext=1");

        assertThat(entries).extracting(ConfigEntry::key, ConfigEntry::value, ConfigEntry::keyLine)
                .containsExactly(tuple("list", "a,b,c", 1), tuple("path", "C:\\dir\\", 4), tuple("next", "1", 5));
    }

    @Test
    void decodesEscapesInKeysAndValues() {
        List<ConfigEntry> entries = PropertiesReader.read("a\\=b=c\\u0041\\t!\nempty=\n");

        assertThat(entries).extracting(ConfigEntry::key, ConfigEntry::value)
                .containsExactly(tuple("a=b", "cA\t!"), tuple("empty", ""));
    }
}
