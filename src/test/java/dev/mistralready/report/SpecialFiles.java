package dev.mistralready.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** FIFOs and device nodes made with the real tools, inside a test's own directory only. */
public final class SpecialFiles {

    public static final int FIFO = 0010000;
    public static final int CHARACTER_DEVICE = 0020000;
    public static final int BLOCK_DEVICE = 0060000;

    private SpecialFiles() {
    }

    public static Path fifo(Path path) throws IOException, InterruptedException {
        if (!run("mkfifo", path.toString())) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }

    /** {@code mknod path type major minor}; false where that is not allowed (not root, no mknod). */
    public static boolean device(Path path, char type, int major, int minor) throws InterruptedException {
        try {
            return run("mknod", path.toString(), String.valueOf(type), String.valueOf(major), String.valueOf(minor));
        } catch (IOException e) {
            return false;
        }
    }

    /** The file type bits of the path's mode, the path itself and not what a link names. */
    public static int typeOf(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }
}
