package dev.mistralready.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.checks.credentials.CredentialProbeOptions;
import dev.mistralready.checks.deploy.K8sManifestsOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The variables a header may never send, whatever `header-env` says. */
class PlatformSecretsTest {

    @Test
    void coversTheMistralKeyAsTheOtherGatesNameIt() {
        assertThat(PlatformSecrets.covering(CredentialProbeOptions.DEFAULT_KEY_ENV)).isPresent();
        assertThat(PlatformSecrets.covering(K8sManifestsOptions.DEFAULT_KEY_NAME)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MISTRAL_API_KEY", "GITHUB_TOKEN", "github_token", "ACTIONS_RUNTIME_TOKEN",
            "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID",
            "CI_JOB_TOKEN", "CI_JOB_JWT", "CI_JOB_JWT_V2", "GITLAB_TOKEN", "CI_REPOSITORY_URL", "SYSTEM_ACCESSTOKEN"})
    void coversWellKnownPlatformCredentials(String variable) {
        assertThat(PlatformSecrets.covering(variable)).as(variable).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SMOKE_TOKEN", "APP_TOKEN", "HEALTH_TOKEN", "GITHUB_TOKEN_FOR_APP", "MY_AWS_TOKEN",
            "CI_JOB_ID", "MISTRAL_READY_SMOKE_URL"})
    void leavesTheAppsOwnTokensAlone(String variable) {
        assertThat(PlatformSecrets.covering(variable)).as(variable).isEmpty();
    }

    @Test
    void theMistralKeyIsNoPlatformCredential() {
        assertThat(PlatformSecrets.platformCredential("MISTRAL_API_KEY")).isEmpty();
        assertThat(PlatformSecrets.platformCredential("GITHUB_TOKEN")).isPresent();
    }

    @Test
    void everyEntrySaysWhoseCredentialItHolds() {
        assertThat(PlatformSecrets.ENTRIES).allSatisfy(entry -> {
            assertThat(entry.pattern()).matches("[A-Z_]+\\*?");
            assertThat(entry.holds()).isNotBlank();
        });
    }
}
