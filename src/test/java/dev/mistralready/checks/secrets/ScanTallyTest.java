package dev.mistralready.checks.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistralready.project.files.SkipReason;
import dev.mistralready.project.files.SkippedFile;
import org.junit.jupiter.api.Test;

class ScanTallyTest {

    @Test
    void countsWhatWasReadAndWhatWasSkippedByReason() {
        ScanTally tally = new ScanTally();
        tally.scanned(1_000);
        tally.scanned(2_048);
        tally.skipped(new SkippedFile("b.bin", SkipReason.BINARY, "NUL byte"));
        tally.skipped(new SkippedFile("z.py", SkipReason.UNREADABLE, "Permission denied"));
        tally.skipped(new SkippedFile("a.py", SkipReason.UNREADABLE, "no such file"));

        assertThat(tally.describe()).isEqualTo("2 files, 3 KiB; 3 skipped: 1 binary, 2 unreadable");
        assertThat(tally.unreadable()).containsExactly("unreadable: a.py (no such file)", "unreadable: z.py (Permission denied)");
    }

    @Test
    void saysNothingAboutSkipsWhenNoneHappened() {
        ScanTally tally = new ScanTally();
        tally.scanned(10);

        assertThat(tally.describe()).isEqualTo("1 file, 10 B");
        assertThat(tally.unreadable()).isEmpty();
    }
}
