package dev.mistralready.project.manifests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dependencies of a Gradle {@code build.gradle} or {@code build.gradle.kts}: every
 * string literal in {@code group:artifact[:version]} notation, outside comments, named
 * {@code group:artifact}. {@code $name} and {@code ${name}} in a version are resolved from simple
 * assignments in the same file ({@code val name = "1.8.0"}, {@code def name = '1.8.0'},
 * {@code ext.name = '1.8.0'}); a dependency without a version takes that of a
 * {@code platform("group:...-bom:version")} of its group. Versions from {@code gradle.properties},
 * version catalogues or plugins are not read: such a version is unknown.
 */
final class GradleBuild {

    private static final Pattern COORDINATE = Pattern.compile(
            "([A-Za-z0-9_.\\-]+):([A-Za-z0-9_.\\-]+)(?::([^:@\\s]+))?(?:[:@][^\\s]*)?");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?:\\bval|\\bvar|\\bdef|\\bext\\.|\\bString)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*String\\s*)?=\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_.]*)}?");

    private GradleBuild() {
    }

    static Manifest read(String path, String text) {
        List<int[]> strings = new ArrayList<>();
        String code = withoutComments(text, strings);
        Map<String, String> variables = new HashMap<>();
        for (int[] literal : strings) {
            String before = code.substring(Math.max(0, code.lastIndexOf('\n', literal[0]) + 1), literal[0]);
            Matcher assignment = ASSIGNMENT.matcher(before);
            if (assignment.find()) {
                variables.put(assignment.group(1), code.substring(literal[0] + 1, literal[1] - 1));
            }
        }
        List<String[]> coordinates = new ArrayList<>();
        Map<String, String> platforms = new HashMap<>();
        for (int[] literal : strings) {
            String value = code.substring(literal[0] + 1, literal[1] - 1);
            Matcher matcher = COORDINATE.matcher(value);
            if (!matcher.matches() || !matcher.group(1).contains(".")) {
                continue;
            }
            String version = matcher.group(3) == null ? "" : resolve(matcher.group(3), variables);
            coordinates.add(new String[] {matcher.group(1), matcher.group(2), version});
            String before = code.substring(Math.max(0, literal[0] - 40), literal[0]);
            if (before.matches("(?s).*\\bplatform\\s*\\(\\s*$") && !version.isEmpty()) {
                platforms.putIfAbsent(matcher.group(1), version);
            }
        }
        List<Dependency> declared = new ArrayList<>();
        for (String[] coordinate : coordinates) {
            String version = coordinate[2].isEmpty() ? platforms.getOrDefault(coordinate[0], "") : coordinate[2];
            declared.add(new Dependency(coordinate[0] + ":" + coordinate[1], MavenPom.spec(version), path));
        }
        return Manifest.of(path, declared);
    }

    private static String resolve(String version, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(version);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = variables.getOrDefault(name, "${" + name + "}");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The text with comments blanked out (lengths kept), and the spans of its string literals,
     * quotes included, in {@code strings}.
     */
    private static String withoutComments(String text, List<int[]> strings) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                boolean line = text.charAt(i + 1) == '/';
                int end = line ? text.indexOf('\n', i) : text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : line ? end : end + 2;
                for (int j = i; j < end; j++) {
                    if (code.charAt(j) != '\n') {
                        code.setCharAt(j, ' ');
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, text.length() - 1);
                if (text.charAt(end) == c) {
                    strings.add(new int[] {i, end + 1});
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return code.toString();
    }
}
