package dev.mistralready.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares writer output with a golden file under src/test/resources/report/golden. */
final class Golden {

    private Golden() {
    }

    static String render(ReportWriter writer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, out);
        return out.toString();
    }

    /** On a mismatch the actual output is kept in target/golden-actual/ to diff or to adopt. */
    static void assertMatches(String actual, String name) throws IOException {
        String expected;
        try (InputStream in = Golden.class.getResourceAsStream("/report/golden/" + name)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Path kept = Path.of("target", "golden-actual", name);
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("output compared with golden/%s", name).isEqualTo(expected);
    }
}
