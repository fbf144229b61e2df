package dev.mistralready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherLocaleTest {

    @Test
    void givesBackTheUsersOwnLcAll() {
        assertThat(LauncherLocale.usersOwn(Map.of("LC_ALL", "C.UTF-8", "MISTRAL_READY_LAUNCHER_LC_ALL", "C.UTF-8",
                "MISTRAL_READY_USER_LC_ALL", "C", "LANG", "C", "PATH", "/bin")))
                .isEqualTo(Map.of("LC_ALL", "C", "LANG", "C", "PATH", "/bin"));
    }

    @Test
    void removesLcAllWhenTheUserHadNone() {
        assertThat(LauncherLocale.usersOwn(Map.of("LC_ALL", "C.UTF-8", "MISTRAL_READY_LAUNCHER_LC_ALL", "C.UTF-8", "LANG", "C")))
                .isEqualTo(Map.of("LANG", "C"));
    }

    @Test
    void leavesAnEnvironmentTheLauncherDidNotTouchAsItIs() {
        Map<String, String> environment = Map.of("LC_ALL", "de_DE.UTF-8", "PATH", "/bin");

        assertThat(LauncherLocale.usersOwn(environment)).isSameAs(environment);
    }
}
