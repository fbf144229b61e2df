package dev.mistralready.checks.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class K8sManifestsOptionsTest {

    @Test
    void defaultsToTheMistralKeyAndHealthPath() {
        K8sManifestsOptions options = K8sManifestsOptions.bind(null, null, null, null, null);

        assertThat(options.keyNames()).containsExactly("MISTRAL_API_KEY");
        assertThat(options.healthPath()).isEqualTo("/health");
        assertThat(options.allWorkloads()).isFalse();
        assertThat(options.required()).isFalse();
    }

    @Test
    void rejectsAKeyNameThatIsNotAVariable() {
        assertThatThrownBy(() -> K8sManifestsOptions.bind(null, List.of("MISTRAL KEY"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("`key-names` must list environment variable names");
    }

    @Test
    void rejectsAHealthPathWithoutLeadingSlash() {
        assertThatThrownBy(() -> K8sManifestsOptions.bind(null, null, "health", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("`health-path` must be a path starting with `/`, such as /health, not `health`");
    }
}
