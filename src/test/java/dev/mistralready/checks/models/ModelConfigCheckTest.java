package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate over the fixture apps in src/test/resources/fixtures/models, on a fixed date. */
class ModelConfigCheckTest {

    private static final LocalDate CATALOGUE_DAY = LocalDate.of(2026, 11, 21);

    private static Outcome check(String fixture, ModelConfigOptions options, LocalDate today) throws Exception {
        Path project = Path.of(ModelConfigCheckTest.class.getResource("/fixtures/models/" + fixture).toURI());
        Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(options, new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static Outcome check(String fixture) throws Exception {
        return check(fixture, ModelConfigOptions.defaults(), CATALOGUE_DAY);
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow()))
                .toList();
    }

    static Finding finding(Outcome outcome, String rule, String file, int line) {
        return outcome.findings().stream()
                .filter(finding -> finding.ruleId().equals(rule) && finding.location().orElseThrow().file().equals(file)
                        && finding.location().orElseThrow().line() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + file + ":" + line + " in "
                        + outcome.findings()));
    }

    @Test
    void passesTheCleanTypeScriptAppWhoseCommentsNameFloatingAndRetiredModels() throws Exception {
        Outcome outcome = check("ts-clean");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("2 Mistral calls in 1 file, all pinned");
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void passesTheCleanPythonAppWhoseDocstringsNameFloatingModels() throws Exception {
        Outcome outcome = check("python-clean");

        assertThat(outcome.status()).isEqualTo(Status.PASS);
        assertThat(outcome.summary()).isEqualTo("2 Mistral calls in 1 file, all pinned");
    }

    @Test
    void reportsEachTypeScriptMistakeWhereItIsWritten() throws Exception {
        Outcome outcome = check("ts-faulty");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(outcome.summary()).isEqualTo("6 errors and 5 warnings in 5 Mistral calls in 2 files");
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // the 0.x client's timeout defaults to 120 s
                tuple("MR-MOD-010", new Location("src/legacy.js", 3, 16)),
                // legacy MistralClient, legacy bare name
                tuple("MR-MOD-001", new Location("src/legacy.js", 6, 47)),
                // a constant defined above the call: reported where the id is written
                tuple("MR-MOD-001", new Location("src/summarise.ts", 4, 30)),
                // ^2.7.0 waits 300 s by default, and retries nothing
                tuple("MR-MOD-010", new Location("src/summarise.ts", 7, 16)),
                tuple("MR-MOD-011", new Location("src/summarise.ts", 7, 16)),
                // a template literal built from a constant: `mistral-${SIZE}-latest`
                tuple("MR-MOD-001", new Location("src/summarise.ts", 20, 12)),
                // an options object built in a variable, maxTokens set on it afterwards
                tuple("MR-MOD-002", new Location("src/summarise.ts", 29, 12)),
                tuple("MR-MOD-007", new Location("src/summarise.ts", 33, 10)),
                tuple("MR-MOD-006", new Location("src/summarise.ts", 37, 10)),
                tuple("MR-MOD-005", new Location("src/summarise.ts", 38, 12)),
                tuple("MR-MOD-008", new Location("src/summarise.ts", 39, 18)));
    }

    @Test
    void namesTheDatedIdAFloatingAliasPointsToAndTheCallThatUsesIt() throws Exception {
        Finding alias = finding(check("ts-faulty"), "MR-MOD-001", "src/summarise.ts", 4);

        assertThat(alias.message()).isEqualTo("`mistral-large-latest` is a floating alias: it points to "
                + "`mistral-large-2512` today and can change without a deploy, used by `client.chat.complete` (line 10)");
        assertThat(alias.fix()).startsWith("Pin `mistral-large-2512`");
    }

    @Test
    void givesTheReplacementOfARetiredModelAndSuggestsTheHyphenatedSpellingOfAnUnknownOne() throws Exception {
        Outcome outcome = check("ts-faulty");
        Finding retired = finding(outcome, "MR-MOD-002", "src/summarise.ts", 29);
        Finding unknown = finding(outcome, "MR-MOD-005", "src/summarise.ts", 38);

        assertThat(retired.message()).startsWith("`open-mixtral-8x7b` was retired on 2025-03-30");
        assertThat(retired.fix()).isEqualTo("Switch to `mistral-small-2603` (Mistral Small 4).");
        assertThat(unknown.message()).startsWith("unknown model `mistral-medium-3.5`");
        assertThat(unknown.fix()).startsWith("Did you mean `mistral-medium-3-5`?");
    }

    @Test
    void reportsEachPythonMistakeIncludingKeywordArgumentsSpreadFromADict() throws Exception {
        Outcome outcome = check("python-faulty");

        assertThat(outcome.status()).isEqualTo(Status.FAIL);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // the default of os.getenv("MISTRAL_MODEL", "mistral-small"), a legacy bare name
                tuple("MR-MOD-001", new Location("app.py", 9, 39)),
                // mistralai>=1.0 may be a release without any default timeout; no retries either
                tuple("MR-MOD-009", new Location("app.py", 11, 10)),
                tuple("MR-MOD-011", new Location("app.py", 11, 10)),
                // a call spread over six lines is one call
                tuple("MR-MOD-006", new Location("app.py", 16, 12)),
                tuple("MR-MOD-007", new Location("app.py", 16, 12)),
                tuple("MR-MOD-001", new Location("app.py", 17, 15)),
                // **params of a dict(...) built in a variable
                tuple("MR-MOD-002", new Location("app.py", 26, 15)),
                tuple("MR-MOD-008", new Location("app.py", 28, 21)),
                // max_tokens=None is not a limit
                tuple("MR-MOD-006", new Location("app.py", 34, 12)),
                // the 0.x MistralClient, whose timeout defaults to 120 s
                tuple("MR-MOD-010", new Location("legacy.py", 3, 10)),
                tuple("MR-MOD-002", new Location("legacy.py", 7, 30)));
        assertThat(finding(outcome, "MR-MOD-006", "app.py", 16).message()).contains("`max_tokens`");
    }

    @Test
    void skipsTestCodeUnlessAskedToLintEverything() throws Exception {
        ModelConfigOptions everything = ModelConfigOptions.defaults().withProductionOnly(false);

        assertThat(rulesAndPlaces(check("ts-faulty"))).extracting(place -> ((Location) place.toArray()[1]).file())
                .doesNotContain("test/summarise.test.ts");
        assertThat(rulesAndPlaces(check("ts-faulty", everything, CATALOGUE_DAY))).contains(
                tuple("MR-MOD-001", new Location("test/summarise.test.ts", 5, 37)),
                tuple("MR-MOD-006", new Location("test/summarise.test.ts", 5, 7)));
        assertThat(rulesAndPlaces(check("python-faulty", everything, CATALOGUE_DAY)))
                .contains(tuple("MR-MOD-001", new Location("tests/test_app.py", 5, 49)));
    }

    @Test
    void anAllowedAliasIsNotReported() throws Exception {
        ModelConfigOptions options = ModelConfigOptions.defaults()
                .withAllowedAliases(List.of("mistral-large-latest", "mistral-tiny"));

        assertThat(rulesAndPlaces(check("ts-faulty", options, CATALOGUE_DAY)))
                .doesNotContain(tuple("MR-MOD-001", new Location("src/summarise.ts", 4, 30)),
                        tuple("MR-MOD-001", new Location("src/legacy.js", 6, 47)))
                .contains(tuple("MR-MOD-001", new Location("src/summarise.ts", 20, 12)));
    }

    @ParameterizedTest(name = "on {0}: Leanstral 1.5 {1}, Medium 3 {2}")
    @CsvSource({
            "2026-06-01, MR-MOD-004, MR-MOD-003",  // Labs, not yet deprecated; Medium 3 deprecated on 05-22
            "2026-06-30, MR-MOD-003, MR-MOD-003",  // Leanstral deprecated that day
            "2026-08-31, MR-MOD-003, MR-MOD-002",  // Medium 3 retired on its retirement date
            "2026-09-30, MR-MOD-002, MR-MOD-002",  // both retired
    })
    void splitsRetiredFromDeprecatedByTodaysDate(LocalDate today, String leanstral, String medium) throws Exception {
        Outcome outcome = check("lifecycle", ModelConfigOptions.defaults(), today);

        assertThat(rulesAndPlaces(outcome)).containsExactly(
                tuple(leanstral, new Location("src/prove.ts", 6, 33)),
                tuple(medium, new Location("src/prove.ts", 9, 33)));
    }

    @Test
    void aDeprecatedModelIsAWarningWithItsRetirementDate() throws Exception {
        Outcome outcome = check("lifecycle", ModelConfigOptions.defaults(), LocalDate.of(2026, 7, 1));

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(outcome.findings().get(1).message())
                .isEqualTo("`mistral-medium-2505` is deprecated since 2026-05-22, and will be retired on 2026-08-31");
        assertThat(outcome.findings().get(1).fix())
                .isEqualTo("Move to `mistral-medium-3-5` (Mistral Medium 3.5) before 2026-08-31.");
    }

    @Test
    void skipsAProjectThatNeverCallsMistral() throws Exception {
        Outcome outcome = check("no-mistral");

        assertThat(outcome.status()).isEqualTo(Status.SKIP);
        assertThat(outcome.summary()).isEqualTo("skipped: no Mistral client or chat call in 1 source or Spring configuration file");
    }
}
