package dev.mistralready.project.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionSpecTest {

    @ParameterizedTest(name = "{0} allows {1} at the lowest")
    @CsvSource(delimiter = ';', value = {
            "^2.7.0; 2.7.0",
            "~2.2.1; 2.2.1",
            "2.1.3; 2.1.3",
            ">=1 <3; 1.0.0",
            ">= 2.2.5; 2.2.5",
            "1.x || ^2.2.0; 1.0.0",
            "1.0.0 - 2.0.0; 1.0.0",
            "v2.3.0; 2.3.0",
            "2.2.0-beta.1; 2.2.0",
            ">=2.5,<3; 2.5.0",
            "~=2.4; 2.4.0",
            "==2.*; 2.0.0",
            "<3,>=2.4.13; 2.4.13",
            "^1.2; 1.2.0",
    })
    void readsTheLowestReleaseASpecAllows(String spec, String lowest) {
        assertThat(VersionSpec.parse(spec).lowest()).contains(Version.of(lowest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "latest", "", "<3", "!=2.0", "file:../sdk", "npm:other@2", "workspace:^2.0.0",
            "git+https://github.com/mistralai/client-ts.git", "1.x || *"})
    void aSpecWithoutAFloorHasNoLowestRelease(String spec) {
        assertThat(VersionSpec.parse(spec).lowest()).isEmpty();
    }
}
