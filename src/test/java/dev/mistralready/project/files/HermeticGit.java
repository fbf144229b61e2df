package dev.mistralready.project.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps JGit in tests away from the developer's git set-up: empty user, system and JGit configs (no
 * {@code core.excludesFile}, no {@code commit.gpgSign}) and no {@code GIT_*} environment variables
 * (a test run from a git hook inherits {@code GIT_DIR}, which {@code git init} would otherwise honour).
 */
public final class HermeticGit implements BeforeAllCallback, AfterAllCallback {

    private SystemReader previous;
    private Path configDirectory;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        previous = SystemReader.getInstance();
        configDirectory = Files.createTempDirectory("mistral-ready-git-config");
        Path directory = configDirectory;
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public String getenv(String variable) {
                return variable.startsWith("GIT_") ? null : super.getenv(variable);
            }

            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, directory.resolve("user").toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, directory.resolve("system").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, directory.resolve("jgit").toFile(), fs);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        SystemReader.setInstance(previous);
        try (Stream<Path> entries = Files.walk(configDirectory)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }
}
