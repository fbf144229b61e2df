package dev.mistralready.checks.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import dev.mistralready.check.Severity;
import dev.mistralready.check.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Timeouts and retries of LangChain4j builders, the LangChain4j Spring Boot starter and Spring AI
 * (MR-MOD-010, MR-MOD-011), with versions from pom.xml and build.gradle.kts, over the fixture app
 * src/test/resources/fixtures/models/jvm-resilience.
 */
class JvmResilienceTest {

    private static final String MODELS = "src/main/java/com/example/chat/ChatModels.java";
    private static final String YAML = "src/main/resources/application.yml";
    private static final String GRADLE = "gradle-app/src/main/java/com/example/gradle/GradleModels.java";

    private static Outcome check() throws Exception {
        Path project = Path.of(JvmResilienceTest.class.getResource("/fixtures/models/jvm-resilience").toURI());
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 21).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ModelConfigCheck().run(ModelConfigOptions.defaults(),
                new CheckContext(project, Map.of(), clock, new Cancellation(), Progress.NONE));
    }

    private static List<Tuple> rulesAndPlaces(Outcome outcome) {
        return outcome.findings().stream()
                .map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow(), finding.severity()))
                .toList();
    }

    @Test
    void reportsMissingTimeoutsAndRetriesTurnedOffWhereEachModelIsConfigured() throws Exception {
        Outcome outcome = check();

        assertThat(outcome.status()).isEqualTo(Status.WARN);
        assertThat(rulesAndPlaces(outcome)).containsExactly(
                // a builder without .timeout(...): LangChain4j waits 60 s (version from build.gradle.kts)
                tuple("MR-MOD-010", new Location(GRADLE, 8, 16), Severity.WARNING),
                // .maxRetries(0), and no retry library in pom.xml; the streaming builder has no timeout
                tuple("MR-MOD-011", new Location(MODELS, 13, 16), Severity.WARNING),
                tuple("MR-MOD-010", new Location(MODELS, 24, 16), Severity.WARNING),
                // spring.ai.retry.max-attempts: 1, reported at the first Mistral key
                tuple("MR-MOD-011", new Location(YAML, 5, 7), Severity.WARNING),
                // the LangChain4j starter: no timeout, max-retries 0
                tuple("MR-MOD-010", new Location(YAML, 15, 7), Severity.WARNING),
                tuple("MR-MOD-011", new Location(YAML, 15, 7), Severity.WARNING));
    }

    @Test
    void namesTheReleaseFromThePomOrGradleBuildAndTheFixInTheSdksWords() throws Exception {
        Outcome outcome = check();

        Finding streaming = ModelConfigCheckTest.finding(outcome, "MR-MOD-010", MODELS, 24);
        assertThat(streaming.message()).isEqualTo("`MistralAiStreamingChatModel.builder()` sets no `.timeout(...)`: "
                + "LangChain4j (dev.langchain4j:langchain4j-mistral-ai 1.8.0 (pom.xml)) then waits 60 s for an answer");
        assertThat(streaming.fix()).isEqualTo("Add `.timeout(Duration.ofSeconds(30))` to the builder, "
                + "sized to the slowest answer you accept.");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-010", GRADLE, 8).message())
                .contains("LangChain4j (dev.langchain4j:langchain4j-mistral-ai 1.7.1 (gradle-app/build.gradle.kts))");
        Finding off = ModelConfigCheckTest.finding(outcome, "MR-MOD-011", MODELS, 13);
        assertThat(off.message()).isEqualTo("`MistralAiChatModel.builder()` sets `.maxRetries(0)`: LangChain4j "
                + "(dev.langchain4j:langchain4j-mistral-ai 1.8.0 (pom.xml)) then never retries, so one 429 or 503 "
                + "fails the request, and no retry or circuit-breaker library is a dependency");
        Finding springAi = ModelConfigCheckTest.finding(outcome, "MR-MOD-011", YAML, 5);
        assertThat(springAi.message()).startsWith("`spring.ai.retry.max-attempts` is 1: Spring AI "
                + "(org.springframework.ai:spring-ai-starter-model-mistral-ai 1.1.8 (pom.xml)) then never retries");
        assertThat(springAi.fix()).startsWith("Set `spring.ai.retry.max-attempts` to 3 or more");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-010", YAML, 15).fix())
                .isEqualTo("Set `langchain4j.mistral-ai.chat-model.timeout=30s`, sized to the slowest answer you accept.");
        assertThat(ModelConfigCheckTest.finding(outcome, "MR-MOD-011", YAML, 15).message())
                .startsWith("`langchain4j.mistral-ai.chat-model.max-retries` is 0");
    }

    @Test
    void aRetryLibraryInTheModulesPomExcusesRetriesTurnedOff() throws Exception {
        Outcome outcome = check();

        assertThat(outcome.findings()).extracting(finding -> finding.location().orElseThrow().file())
                .doesNotContain("retrying/src/main/java/com/example/retrying/Retrying.java");
        assertThat(outcome.details()).contains("retrying/src/main/java/com/example/retrying/Retrying.java:9:16: "
                + "`MistralAiChatModel.builder()` turns retries off; io.github.resilience4j:resilience4j-retry "
                + "(retrying/pom.xml) is taken to retry its calls");
    }
}
