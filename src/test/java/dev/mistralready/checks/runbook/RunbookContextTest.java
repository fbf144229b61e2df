package dev.mistralready.checks.runbook;

import static dev.mistralready.project.files.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistralready.check.Cancellation;
import dev.mistralready.check.CheckContext;
import dev.mistralready.check.Location;
import dev.mistralready.check.Outcome;
import dev.mistralready.check.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a topic's words stand decides whether they cover it: not under plans, objectives or causes, not
 * in a suggestion to build the thing, and rate limits, credentials and 5xx only in a section that names
 * the provider. The runbooks are shaped after the corpus of bench/deploy-gates/runbooks.tsv.
 */
class RunbookContextTest {

    @TempDir
    Path project;

    private Outcome check(String... only) throws Exception {
        List<String> skip = RunbookTopic.ids().stream().filter(id -> !List.of(only).contains(id)).toList();
        return new RunbookCheck().run(RunbookOptions.defaults().withSkip(skip),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
    }

    private static List<org.assertj.core.groups.Tuple> findings(Outcome outcome) {
        return outcome.findings().stream().map(finding -> tuple(finding.ruleId(), finding.location().orElseThrow())).toList();
    }

    @Test
    void aSuggestionToImplementACircuitBreakerDoesNotCoverIt() throws Exception {
        write(project, "RUNBOOK.md", """
                # LLM runbook

                ## Error burst

                ### What should the engineer do next?
                1. Check the error logs.
                2. Consider remediation:
                   - **Implement Circuit Breaker**: stop requests if the error rate is too high
                """);

        Outcome outcome = check("circuit-breaker");

        assertThat(findings(outcome)).containsExactly(tuple("MR-RUN-003", Location.of("RUNBOOK.md", 5)));
    }

    @Test
    void aBreakerNamedAsAStepStillCoversIt() throws Exception {
        write(project, "RUNBOOK.md", """
                # LLM runbook

                ## Error burst
                If the breaker is open, wait for the half-open probe; answers come from the fallback.
                """);

        Outcome outcome = check("circuit-breaker");

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).endsWith("covered: circuit-breaker at RUNBOOK.md:4");
    }

    @Test
    void futureWorkAndObjectivesDoNotCoverATopic() throws Exception {
        write(project, "RUNBOOK.md", """
                # Mistral runbook

                ## Future work
                - A circuit breaker in front of the Mistral client.

                ## Service Level Objectives (SLOs)
                - 5xx rate from Mistral at most 0.5%, error rate spike alerts at 3%.
                """);

        Outcome outcome = check("circuit-breaker", "error-rate");

        assertThat(findings(outcome)).containsExactly(tuple("MR-RUN-003", Location.of("RUNBOOK.md", 6)),
                tuple("MR-RUN-004", Location.of("RUNBOOK.md", 6)));
    }

    @Test
    void aRateLimitNamedAsACauseDoesNotCoverItButCausesAndFixesDo() throws Exception {
        write(project, "RUNBOOK.md", """
                # LLM runbook

                ## Latency burn

                ### Why did it fail?
                Possible causes:
                - Upstream model overload or rate limiting
                - Rate limit exceeded at the provider
                """);

        assertThat(findings(check("rate-limit"))).containsExactly(tuple("MR-RUN-006", Location.of("RUNBOOK.md", 5)));

        write(project, "docs/runbooks/throttled.md", """
                # Mistral at capacity

                ## Common causes and fixes
                - Provider rate limit reached: lower MAX_CONCURRENCY and ask Mistral for a higher tier.
                """);
        Outcome outcome = new RunbookCheck().run(RunbookOptions.defaults().withPaths(List.of("RUNBOOK.md",
                        "docs/runbooks/*.md")).withSkip(RunbookTopic.ids().stream().filter(id -> !id.equals("rate-limit")).toList()),
                new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE));
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).endsWith("covered: rate-limit at docs/runbooks/throttled.md:4");
    }

    @Test
    void theServicesOwnRateLimitingDoesNotCover429ButTheProvidersLimitsDo() throws Exception {
        write(project, "RUNBOOK.md", """
                # LLM marketplace runbook

                ## Solution 6: Rate Limiting Adjustment
                When to use: a spike in traffic, DDoS suspected. Raise RATE_LIMIT_PER_MINUTE in the config map.

                ## Solution 3: Scale up
                When to use: pending pods, resource quotas, CPU throttling.
                """);

        Outcome own = check("rate-limit");
        assertThat(findings(own)).containsExactly(tuple("MR-RUN-006", Location.of("RUNBOOK.md", 6)));
        assertThat(own.findings().get(0).message()).isEqualTo("the runbook does not cover 429 and rate limits: no heading "
                + "or line names 429, too many requests, quota … exceed, exceed … quota, quota … exhaust, out of quota, "
                + "over quota, throttled by, or, in a section that names the provider, rate limit, ratelimit");

        write(project, "RUNBOOK.md", """
                # LLM marketplace runbook

                ## Provider-specific notes: OpenAI
                - Rate limits: 10,000 tokens per minute on the standard tier; back off exponentially.
                """);

        Outcome outcome = check("rate-limit");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).endsWith("covered: rate-limit at RUNBOOK.md:4");
    }

    @Test
    void anotherSystemsCredentialsDoNotCoverKeyRotationButTheProvidersKeyDoes() throws Exception {
        write(project, "RUNBOOK.md", """
                # LLM platform runbook

                ## Data pipeline failure
                | Cause | Indicators | Quick fix |
                |---|---|---|
                | Credential expiry | Auth errors | Rotate credentials |

                ## Prompt injection
                The attacker makes the agent perform unauthorized actions.

                ## Redis failure
                Symptoms: authentication failures on every cache call.
                """);

        assertThat(findings(check("auth"))).containsExactly(tuple("MR-RUN-005", Location.of("RUNBOOK.md", 11)));

        write(project, "RUNBOOK.md", """
                # LLM platform runbook

                ## Error burst
                4. **Check authentication credentials**
                   - Verify: `LRCP_GEMINI_API_KEY` is valid
                   - Action: rotate key if expired
                """);

        Outcome outcome = check("auth");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).endsWith("covered: auth at RUNBOOK.md:6");
    }

    @Test
    void anErrorRateOnADashboardOrAnotherSystemsFiveHundredsDoNotCoverIt() throws Exception {
        write(project, "RUNBOOK.md", """
                # RAG service runbook (LLM answers)

                ## Scaling steps
                - **Observe**: use the Grafana dashboard to verify latency and error rates.

                ## Redis failure
                Symptoms: 500 errors on authentication.
                """);

        assertThat(findings(check("error-rate"))).containsExactly(tuple("MR-RUN-004", Location.of("RUNBOOK.md", 6)));

        write(project, "RUNBOOK.md", """
                # RAG service runbook (LLM answers)

                ## Provider is failing
                Mistral answers 5xx: compare with status.mistral.ai, then switch to the fallback model.
                """);

        Outcome outcome = check("error-rate");
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.details()).endsWith("covered: error-rate at RUNBOOK.md:4");
    }

    @Test
    void theGatesAboutWordsNameTheProviderToo() throws Exception {
        write(project, "RUNBOOK.md", """
                # Chat service runbook

                ## Cohere answers slowly
                - Rate limit reached: halve CHAT_CONCURRENCY and retry with backoff.
                """);
        List<String> skip = RunbookTopic.ids().stream().filter(id -> !id.equals("rate-limit")).toList();
        CheckContext context = new CheckContext(project, Map.of(), Clock.systemUTC(), new Cancellation(), Progress.NONE);

        Outcome withCohere = new RunbookCheck().run(RunbookOptions.defaults().withSkip(skip).withAbout(List.of("cohere")),
                context);
        Outcome withChat = new RunbookCheck().run(RunbookOptions.defaults().withSkip(skip).withAbout(List.of("chat service")),
                context);

        assertThat(withCohere.findings()).isEmpty();
        assertThat(withCohere.details()).endsWith("covered: rate-limit at RUNBOOK.md:4");
        assertThat(findings(withChat)).containsExactly(tuple("MR-RUN-006", Location.of("RUNBOOK.md", 3)));
    }
}
