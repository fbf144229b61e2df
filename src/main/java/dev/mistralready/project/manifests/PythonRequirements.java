package dev.mistralready.project.manifests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Python dependencies: the lines of a {@code requirements.txt}, and in a
 * {@code pyproject.toml} the PEP 621 {@code [project]} {@code dependencies} and
 * {@code optional-dependencies} arrays and Poetry's {@code [tool.poetry.dependencies]} (also
 * {@code dev-dependencies} and groups). The TOML is read line by line for exactly these shapes,
 * not parsed in full.
 */
final class PythonRequirements {

    /** A PEP 508 requirement: name, optional extras, the version specifier up to any marker. */
    private static final Pattern REQUIREMENT = Pattern.compile(
            "\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[[^]]*])?\\s*([^;#]*).*");
    private static final Pattern TABLE = Pattern.compile("\\s*\\[\\[?\\s*([^]]+?)\\s*]]?\\s*(#.*)?");
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z0-9_.\"'-]+)\\s*=\\s*(.*)");
    private static final Pattern POETRY_TABLE = Pattern.compile(
            "tool\\.poetry\\.(dependencies|dev-dependencies|group\\.[^.]+\\.dependencies)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");
    private static final Pattern POETRY_VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']");

    private PythonRequirements() {
    }

    static Manifest requirementsTxt(String path, String text) {
        List<Dependency> declared = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("-")) {
                continue; // comments, -r other.txt, -e ., --index-url
            }
            requirement(stripped, path).ifPresent(declared::add);
        }
        return Manifest.of(path, declared);
    }

    static Manifest pyproject(String path, String text) {
        List<Dependency> declared = new ArrayList<>();
        Map<String, String> own = new HashMap<>();
        String table = "";
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher header = TABLE.matcher(line);
            if (header.matches()) {
                table = header.group(1).replace("\"", "").replace("'", "");
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (!key.matches()) {
                continue;
            }
            String name = key.group(1).replace("\"", "").replace("'", "");
            StringBuilder value = new StringBuilder(key.group(2));
            while (open(value) && i + 1 < lines.length) {
                value.append('\n').append(lines[++i]); // a multi-line array or inline table
            }
            if ((table.equals("project") || table.equals("tool.poetry")) && (name.equals("name") || name.equals("version"))) {
                List<String> given = strings(value.toString());
                if (!given.isEmpty()) {
                    own.put(table + "." + name, given.get(0));
                }
                continue;
            }
            boolean pep621 = table.equals("project") && name.equals("dependencies")
                    || table.equals("project.optional-dependencies");
            if (pep621) {
                for (String requirement : strings(value.toString())) {
                    requirement(requirement, path).ifPresent(declared::add);
                }
            } else if (POETRY_TABLE.matcher(table).matches() && !name.equalsIgnoreCase("python")) {
                declared.add(new Dependency(name, poetrySpec(value.toString().strip()), path));
            }
        }
        return Manifest.of(path, declared, itself(own, "project", path).or(() -> itself(own, "tool.poetry", path)));
    }

    /** The package {@code [project]} (or {@code [tool.poetry]}) names, at its own version; a dynamic version is any. */
    private static Optional<Dependency> itself(Map<String, String> own, String table, String path) {
        return Optional.ofNullable(own.get(table + ".name")).filter(name -> !name.isBlank()).map(name ->
                Dependency.itself(name, Optional.ofNullable(own.get(table + ".version")).map(VersionSpec::parse)
                        .orElse(VersionSpec.any()), path));
    }

    private static VersionSpec poetrySpec(String value) {
        if (value.startsWith("{")) {
            Matcher version = POETRY_VERSION.matcher(value);
            return version.find() ? VersionSpec.parse(version.group(1)) : VersionSpec.any();
        }
        List<String> strings = strings(value);
        return value.startsWith("[") || strings.isEmpty() ? VersionSpec.any() : VersionSpec.parse(strings.get(0));
    }

    private static Optional<Dependency> requirement(String text, String path) {
        Matcher matcher = REQUIREMENT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String spec = matcher.group(2).strip();
        return Optional.of(new Dependency(matcher.group(1), spec.isEmpty() ? VersionSpec.any() : VersionSpec.parse(spec), path));
    }

    /** Whether brackets or braces opened outside strings are still open. */
    private static boolean open(CharSequence value) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                while (i < value.length() && value.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth > 0;
    }

    private static List<String> strings(String value) {
        List<String> strings = new ArrayList<>();
        for (String line : value.split("\n")) {
            Matcher quoted = QUOTED.matcher(withoutComment(line));
            while (quoted.find()) {
                strings.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
            }
        }
        return strings;
    }

    private static String withoutComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
