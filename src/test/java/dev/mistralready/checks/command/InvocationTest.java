package dev.mistralready.checks.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void shellFormRunsThroughThePlatformShell() {
        Invocation invocation = Invocation.shell("npm test");

        assertThat(invocation.processCommand(false)).containsExactly("sh", "-c", "npm test");
        assertThat(invocation.processCommand(true)).containsExactly("cmd.exe", "/c", "npm test");
        assertThat(invocation.display()).isEqualTo("npm test");
    }

    @Test
    void listFormIsHandedOverAsIs() {
        Invocation invocation = Invocation.argv(List.of("printf", "%s", "a b"));

        assertThat(invocation.processCommand(false)).containsExactly("printf", "%s", "a b");
    }

    @Test
    void displayQuotesOnlyArgumentsThatNeedIt() {
        assertThat(Invocation.argv(List.of("git", "commit", "-m", "it's done", "", "--author=a@b.c")).display())
                .isEqualTo("git commit -m 'it'\\''s done' '' --author=a@b.c");
    }

    @Test
    void programIsTheFirstWordAfterAnyVariableAssignments() {
        assertThat(Invocation.shell("  CI=1 NODE_ENV=test npm test").program()).isEqualTo("npm");
        assertThat(Invocation.shell("make").program()).isEqualTo("make");
        assertThat(Invocation.argv(List.of("./gradlew", "check")).program()).isEqualTo("./gradlew");
    }

    @Test
    void refusesAnEmptyCommand() {
        assertThatThrownBy(() -> Invocation.shell("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Invocation.argv(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
