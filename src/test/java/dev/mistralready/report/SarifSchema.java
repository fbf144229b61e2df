package dev.mistralready.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 JSON Schema bundled under src/test/resources/report/sarif (see SCHEMA-SOURCE.md
 * there). Run as a program it validates SARIF files given on the command line and exits 1 on any error.
 */
public final class SarifSchema {

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** Every schema violation in {@code sarif}, as {@code /path: message}; empty when valid. */
    public static List<String> violations(String sarif) {
        List<Error> errors = SCHEMA.validate(sarif, InputFormat.JSON);
        return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
    }

    private static Schema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/report/sarif/sarif-schema-2.1.0.json")) {
            if (in == null) {
                throw new IllegalStateException("the SARIF schema is missing from the test resources");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] files) throws IOException {
        int invalid = 0;
        for (String file : files) {
            List<String> violations = violations(Files.readString(Path.of(file)));
            System.out.println(file + ": " + (violations.isEmpty() ? "valid SARIF 2.1.0" : violations.size() + " violations"));
            violations.forEach(violation -> System.out.println("  " + violation));
            invalid += violations.isEmpty() ? 0 : 1;
        }
        System.exit(invalid == 0 ? 0 : 1);
    }
}
