package dev.mistralready.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which character devices a symbolic link may lead a report to: {@code /dev/null} and terminals,
 * where {@code /dev/stdout} leads. A committed {@code report.xml -> /dev/port} (or {@code /dev/mem},
 * {@code /dev/kmsg}) must not receive a report written as root; the user may still name a device
 * directly. Devices are told apart by their Linux device numbers, not their names, so a node made
 * anywhere is judged by what it is.
 */
final class CharacterDevice {

    private static final int CHARACTER_DEVICE_BITS = 0020000;
    private static final int TYPE_BITS = 0170000;
    private static final int MEMORY_MAJOR = 1;
    private static final int NULL_MINOR = 3;
    /** Virtual consoles and serial lines (4), /dev/tty and the console (5), pseudo-terminals (136–143). */
    private static final int[][] TERMINAL_MAJORS = {{4, 5}, {136, 143}};

    private CharacterDevice() {
    }

    /** Whether {@code path} (links followed) is a character device other than /dev/null or a terminal. */
    static boolean isUnsafeForReports(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return false;
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode");
        if ((mode & TYPE_BITS) != CHARACTER_DEVICE_BITS) {
            return false; // a FIFO or a socket
        }
        long device = (Long) Files.getAttribute(path, "unix:rdev");
        long major = ((device >>> 8) & 0xfff) | ((device >>> 32) & ~0xfffL);
        long minor = (device & 0xff) | ((device >>> 12) & ~0xffL);
        if (major == MEMORY_MAJOR) {
            return minor != NULL_MINOR;
        }
        for (int[] range : TERMINAL_MAJORS) {
            if (major >= range[0] && major <= range[1]) {
                return false;
            }
        }
        return true;
    }
}
