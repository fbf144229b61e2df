package dev.mistralready.project.files;

import java.util.List;

/**
 * What is not production code: tests, fixtures and examples, as {@link FileSelection} exclude
 * patterns. Gates that judge what ships (model configuration, alert rules) leave these out by
 * default, so a repository's own test fixtures do not pass or fail them.
 */
public final class ProductionCode {

    /**
     * A directory named {@code example} counts only near the root: deeper, it is a Java package such
     * as Spring Initializr's {@code com.example}, which is production code.
     */
    public static final List<String> NOT_PRODUCTION = List.of(
            "test", "tests", "__tests__", "__mocks__", "spec", "e2e", "fixtures", "examples", "example/", "*/example/",
            "*.test.*", "*.spec.*", "test_*.py", "*_test.py", "conftest.py", "*Test.java", "*Tests.java", "*IT.java");

    private ProductionCode() {
    }
}
