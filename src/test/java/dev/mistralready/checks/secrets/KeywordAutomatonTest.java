package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<Integer> positions(KeywordAutomaton.Hits hits, int keyword) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < hits.count(keyword); i++) {
            found.add(hits.position(keyword, i));
        }
        return found;
    }

    @Test
    void findsOverlappingKeywordsInOnePass() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "his", "hers"));

        KeywordAutomaton.Hits hits = automaton.scan("ushers and his");

        assertThat(positions(hits, 0)).containsExactly(2);
        assertThat(positions(hits, 1)).containsExactly(1);
        assertThat(positions(hits, 2)).containsExactly(11);
        assertThat(positions(hits, 3)).containsExactly(2);
    }

    @Test
    void ignoresAsciiCase() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("mistral", "sk-"));

        KeywordAutomaton.Hits hits = automaton.scan("MISTRAL_API_KEY, MistralAi, SK-x, mistral");

        assertThat(positions(hits, 0)).containsExactly(0, 17, 34);
        assertThat(positions(hits, 1)).containsExactly(28);
    }

    @Test
    void reportsNothingForAbsentKeywords() {
        KeywordAutomaton.Hits hits = new KeywordAutomaton(List.of("akia", "ghp_")).scan("no keys in here");

        assertThat(hits.any(0)).isFalse();
        assertThat(hits.any(1)).isFalse();
    }
}
