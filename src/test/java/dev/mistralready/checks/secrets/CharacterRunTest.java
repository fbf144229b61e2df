package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CharacterRunTest {

    private static final String RUN_OF_32 = "(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])";

    @Test
    void theBuiltInMistralKeyRuleIsARun() {
        SecretRule rule = BuiltInRules.all().stream().filter(r -> r.id().equals("MR-SEC-001")).findFirst().orElseThrow();

        assertThat(rule.run()).isPresent();
    }

    @Test
    void otherFormsAreLeftToTheRegex() {
        for (String regex : List.of(
                "[A-Za-z0-9]{32}",                                              // no boundaries
                "(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{32})(?![A-Za-z])",       // another boundary class
                "(?i)(?<![a-z0-9])(?<secret>[a-z0-9]{32})(?![a-z0-9])",         // a flag
                "(?<![A-Za-z0-9])(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9])x",   // more after it
                "(?<![A-Z])(?<secret>[A-Z]{0,4})(?![A-Z])")) {                  // may be empty
            assertThat(CharacterRun.of(Pattern.compile(regex))).as(regex).isEmpty();
        }
    }

    @Test
    void findsWhatTheRegexFindsOnRandomTexts() {
        Random random = new Random(11);
        List<String> regexes = List.of(RUN_OF_32,
                "(?<![a-c\\-])(?<secret>[a-c\\-]{2,5})(?![a-c\\-])",
                "(?<![^\\s\"])(?<secret>[^\\s\"]{3,})(?![^\\s\"])");
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            CharacterRun run = CharacterRun.of(pattern).orElseThrow(() -> new AssertionError("not a run: " + regex));
            for (int round = 0; round < 300; round++) {
                byte[] text = randomBytes(random, random.nextInt(120));

                assertThat(runs(run, text)).as("%s in %s", regex, new String(text, StandardCharsets.ISO_8859_1))
                        .isEqualTo(regexMatches(pattern, text));
            }
        }
    }

    @Test
    void findsAWholeRunOfExactlyThe32LettersAndDigitsOfAKey() {
        CharacterRun run = CharacterRun.of(Pattern.compile(RUN_OF_32)).orElseThrow();
        String key = new Keys(3).mistral();
        byte[] text = ("key=" + key + " long=" + key + "X short=" + key.substring(1) + "\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(runs(run, text)).containsExactly(List.of(4, 36));
    }

    private static byte[] randomBytes(Random random, int length) {
        // Mostly the classes' own characters, so that runs of every length occur, plus a few high bytes.
        String alphabet = "aAbBc0-9 \"\t\n";
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            text[i] = random.nextInt(20) == 0 ? (byte) (0x80 + random.nextInt(128)) : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return text;
    }

    private static List<List<Integer>> runs(CharacterRun run, byte[] text) {
        List<List<Integer>> found = new ArrayList<>();
        run.forEach(text, (start, end) -> found.add(List.of(start, end)));
        return found;
    }

    private static List<List<Integer>> regexMatches(Pattern pattern, byte[] text) {
        List<List<Integer>> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(new ByteText(text));
        while (matcher.find()) {
            found.add(List.of(matcher.start("secret"), matcher.end("secret")));
        }
        return found;
    }
}
