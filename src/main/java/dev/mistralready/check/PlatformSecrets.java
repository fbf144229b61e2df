package dev.mistralready.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Environment variables that hold Mistral's key or a CI platform's own credentials. A checklist
 * may come from a pull request, so a gate of the deployed app never sends one of them: it would hand
 * the key, or the power to push to the repository or to reach the cloud account, to whatever host
 * the checklist names. The app gets a token made for it instead. Nor do the gates that send a key to
 * Mistral read it from a CI platform's credential: Mistral has no use for a GitHub token.
 *
 * <p>A name ending in {@code *} covers every variable that starts with the rest. Names are compared
 * ignoring case, as Windows does.
 */
public final class PlatformSecrets {

    /** One name or family of names, and whose credential it holds, for messages. */
    public record Entry(String pattern, String holds) {

        public boolean covers(String variable) {
            String name = variable.toUpperCase(Locale.ROOT);
            return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1))
                    : name.equals(pattern);
        }
    }

    private static final Entry MISTRAL_KEY = new Entry("MISTRAL_API_KEY", "the Mistral API key");

    static final List<Entry> ENTRIES = List.of(
            MISTRAL_KEY,
            new Entry("GITHUB_TOKEN", "the GitHub Actions token of the repository"),
            new Entry("GH_TOKEN", "a GitHub token of the GitHub CLI"),
            new Entry("ACTIONS_RUNTIME_TOKEN", "the GitHub Actions runtime token"),
            new Entry("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "the token that asks GitHub Actions for OIDC tokens"),
            new Entry("AWS_*", "AWS credentials"),
            new Entry("AZURE_CLIENT_SECRET", "an Azure service principal's secret"),
            new Entry("ARM_CLIENT_SECRET", "an Azure service principal's secret"),
            new Entry("SYSTEM_ACCESSTOKEN", "the Azure Pipelines access token"),
            new Entry("CI_JOB_TOKEN", "the GitLab CI job token"),
            new Entry("CI_JOB_JWT*", "a GitLab CI job's identity token"),
            new Entry("CI_REPOSITORY_URL", "the GitLab CI clone URL, which carries the job token"),
            new Entry("CI_REGISTRY_PASSWORD", "the GitLab container registry password"),
            new Entry("CI_DEPLOY_PASSWORD", "a GitLab deploy token"),
            new Entry("CI_DEPENDENCY_PROXY_PASSWORD", "the GitLab dependency proxy password"),
            new Entry("GITLAB_TOKEN", "a GitLab access token"),
            new Entry("BITBUCKET_STEP_OIDC_TOKEN", "a Bitbucket Pipelines identity token"),
            new Entry("BUILDKITE_AGENT_ACCESS_TOKEN", "the Buildkite agent's token"),
            new Entry("CIRCLE_OIDC_TOKEN*", "a CircleCI identity token"),
            new Entry("NPM_TOKEN", "an npm publishing token"),
            new Entry("NODE_AUTH_TOKEN", "an npm publishing token"));

    private PlatformSecrets() {
    }

    /** The entry that covers {@code variable}, if any. */
    public static Optional<Entry> covering(String variable) {
        return ENTRIES.stream().filter(entry -> entry.covers(variable)).findFirst();
    }

    /** The entry that covers {@code variable} if it holds a CI platform's credential, not Mistral's key. */
    public static Optional<Entry> platformCredential(String variable) {
        return covering(variable).filter(entry -> entry != MISTRAL_KEY);
    }
}
