package dev.mistralready.project.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class YamlConfigReaderTest {

    @Test
    void flattensNestedAndDottedKeysWithParserPositions() {
        YamlConfigReader.Result result = YamlConfigReader.read("""
                # model: mistral-tiny
                spring:
                  ai.mistralai:
                    chat:
                      model: "mistral-small-2603"   # pinned
                      max-tokens: 800
                """);

        assertThat(result.complete()).isTrue();
        assertThat(result.entries()).extracting(ConfigEntry::key, ConfigEntry::value, ConfigEntry::keyLine,
                        ConfigEntry::keyColumn, ConfigEntry::valueLine, ConfigEntry::valueColumn)
                .containsExactly(
                        tuple("spring.ai.mistralai.chat.model", "mistral-small-2603", 5, 7, 5, 15),
                        tuple("spring.ai.mistralai.chat.max-tokens", "800", 6, 7, 6, 19));
    }

    @Test
    void numbersEachDocumentAndIndexesListItems() {
        YamlConfigReader.Result result = YamlConfigReader.read("a: [x, y]\nb:\n---\nb: 2\n");

        assertThat(result.entries()).extracting(ConfigEntry::key, ConfigEntry::value, ConfigEntry::nullValue,
                        ConfigEntry::document)
                .containsExactly(tuple("a[0]", "x", false, 0), tuple("a[1]", "y", false, 0), tuple("b", "", true, 0),
                        tuple("b", "2", false, 1));
    }

    @Test
    void keepsWhatWasReadBeforeASyntaxError() {
        YamlConfigReader.Result result = YamlConfigReader.read("a: 1\nb: [unclosed\n");

        assertThat(result.complete()).isFalse();
        assertThat(result.entries()).extracting(ConfigEntry::key).startsWith("a");
    }
}
