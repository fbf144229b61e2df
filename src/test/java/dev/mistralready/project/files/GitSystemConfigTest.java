package dev.mistralready.project.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GitSystemConfigTest {

    @Test
    void isWhereGitConfigSystemSaysElseInEtc() {
        assertThat(GitSystemConfig.place("/opt/git/etc/gitconfig")).isEqualTo("/opt/git/etc/gitconfig");
        assertThat(GitSystemConfig.place(null)).isEqualTo("/etc/gitconfig");
        assertThat(GitSystemConfig.place(" ")).isEqualTo("/etc/gitconfig");
    }
}
