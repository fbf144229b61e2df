package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.mistralready.checklist.ChecklistException;
import dev.mistralready.checklist.ChecklistLoader;
import dev.mistralready.engine.CheckRegistry;
import dev.mistralready.engine.GatePlanner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryOptionTest {

    /** Configured as the engine's OptionsBinder is. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new Jdk8Module())
            .build();

    private static SecretScanOptions bind(String json) throws Exception {
        return MAPPER.readValue(json, SecretScanOptions.class);
    }

    @Test
    void isOffByDefault() throws Exception {
        assertThat(bind("{}").history()).isEqualTo(HistoryOption.OFF);
        assertThat(bind("{\"history\": false}").history().enabled()).isFalse();
    }

    @Test
    void trueScansTheWholeHistory() throws Exception {
        HistoryOption history = bind("{\"history\": true}").history();

        assertThat(history.enabled()).isTrue();
        assertThat(history.since()).isEmpty();
    }

    @Test
    void sinceNamesARevision() throws Exception {
        HistoryOption history = bind("{\"history\": {\"since\": \"main\"}}").history();

        assertThat(history.enabled()).isTrue();
        assertThat(history.since()).isEqualTo(Optional.of("main"));
    }

    @Test
    void rejectsAnythingElseWithAMessageForUsers() {
        for (String value : new String[] {"3", "\"yes\"", "{\"until\": \"main\"}", "{\"since\": \"a\", \"x\": 1}", "[]",
                "{\"since\": [\"main\"]}"}) {
            assertThatThrownBy(() -> bind("{\"history\": " + value + "}"))
                    .as(value)
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("`history` must be true, false or {since: REV}");
        }
    }

    @Test
    void aChecklistWithABadValueIsRejectedAtTheOptionWithTheMessage() {
        GatePlanner planner = new GatePlanner(CheckRegistry.of(List.of(new SecretScanCheck())));
        String yaml = "version: 1\ngates:\n  - id: secrets\n    type: secret-scan\n    with:\n      history: 3\n";

        assertThatThrownBy(() -> planner.plan(ChecklistLoader.parse("checklist.yaml", yaml)))
                .isInstanceOfSatisfying(ChecklistException.class, e -> assertThat(e.problems()).singleElement()
                        .hasToString("checklist.yaml:6:16: option `history`: `history` must be true, false or {since: REV}"));
    }
}
