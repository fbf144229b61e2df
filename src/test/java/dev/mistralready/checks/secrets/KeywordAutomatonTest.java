package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<Integer> positions(KeywordAutomaton.Hits hits, int keyword) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < hits.count(keyword); i++) {
            found.add(hits.position(keyword, i));
        }
        return found;
    }

    private static KeywordAutomaton.Hits scan(KeywordAutomaton automaton, String text) {
        return automaton.scan(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void findsOverlappingKeywordsInOnePass() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "his", "hers"));

        KeywordAutomaton.Hits hits = scan(automaton, "ushers and his");

        assertThat(positions(hits, 0)).containsExactly(2);
        assertThat(positions(hits, 1)).containsExactly(1);
        assertThat(positions(hits, 2)).containsExactly(11);
        assertThat(positions(hits, 3)).containsExactly(2);
    }

    @Test
    void ignoresAsciiCase() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("mistral", "sk-"));

        KeywordAutomaton.Hits hits = scan(automaton, "MISTRAL_API_KEY, MistralAi, SK-x, mistral");

        assertThat(positions(hits, 0)).containsExactly(0, 17, 34);
        assertThat(positions(hits, 1)).containsExactly(28);
    }

    @Test
    void reportsNothingForAbsentKeywords() {
        KeywordAutomaton.Hits hits = scan(new KeywordAutomaton(List.of("akia", "ghp_")), "no keys in here");

        assertThat(hits.any(0)).isFalse();
        assertThat(hits.any(1)).isFalse();
    }

    @Test
    void findsAKeywordThatCrossesTheMiddleOnce() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("mistral"));

        // The text is scanned as two halves at once; each of these puts the word across the middle.
        for (int before = 0; before <= 8; before++) {
            String text = "x".repeat(before) + "mistral" + "y".repeat(8 - before);

            assertThat(positions(scan(automaton, text), 0)).as(text).containsExactly(before);
        }
    }

    @Test
    void findsKeywordsAtBothEndsOfShortAndOddTexts() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("ab", "b"));

        assertThat(positions(scan(automaton, ""), 1)).isEmpty();
        assertThat(positions(scan(automaton, "b"), 1)).containsExactly(0);
        assertThat(positions(scan(automaton, "ab"), 0)).containsExactly(0);
        assertThat(positions(scan(automaton, "bab"), 1)).containsExactly(0, 2);
        assertThat(positions(scan(automaton, "abxab"), 0)).containsExactly(0, 3);
    }

    @Test
    void agreesWithANaiveSearchOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<String> keywords = new ArrayList<>();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                keywords.add(randomText(random, 1 + random.nextInt(4)).toLowerCase(Locale.ROOT));
            }
            String text = randomText(random, random.nextInt(200));
            KeywordAutomaton.Hits hits = scan(new KeywordAutomaton(keywords), text);

            for (int id = 0; id < keywords.size(); id++) {
                assertThat(positions(hits, id)).as("%s in %s", keywords.get(id), text)
                        .isEqualTo(naive(text.toLowerCase(Locale.ROOT), keywords.get(id)));
            }
        }
    }

    /** Over a small alphabet, so that keywords occur, overlap and cross the middle often. */
    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abAB-".charAt(random.nextInt(5)));
        }
        return text.toString();
    }

    private static List<Integer> naive(String text, String keyword) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            found.add(at);
        }
        return found;
    }
}
