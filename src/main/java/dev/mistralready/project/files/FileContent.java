package dev.mistralready.project.files;

import java.util.Objects;

/** What reading a project file gave: its text, or the reason it was skipped. */
public sealed interface FileContent permits FileContent.Text, FileContent.Bytes, FileContent.Skipped {

    /** The file decoded as UTF-8 (malformed bytes become U+FFFD), without a byte order mark. */
    record Text(ProjectFile file, String text) implements FileContent {

        public Text {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The file's bytes, undecoded (from {@link TextFiles#readBytes}). Like any record holding an
     * array, two are equal only when they hold the same array.
     */
    record Bytes(ProjectFile file, byte[] bytes) implements FileContent {

        public Bytes {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** The file was not read as text: too large, binary, a symbolic link or unreadable. */
    record Skipped(SkippedFile skipped) implements FileContent {

        public Skipped {
            Objects.requireNonNull(skipped, "skipped");
        }
    }
}
