package dev.mistralready.checks.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a Kubernetes Secret's {@code data:} map, decoded. Kubernetes stores them as base64,
 * so {@code MISTRAL_API_KEY: SGVsbG8…} hides the key from any rule that reads the file as written;
 * gitleaks decodes them, and so does this. Each value that decodes to text becomes a
 * {@link NotebookText.Piece} that reads as the YAML it stands for:
 *
 * <pre>
 * mistral-credentials:            (the Secret's metadata.name, or "secret")
 *   MISTRAL_API_KEY: the decoded value
 * </pre>
 *
 * so that the word Mistral in the Secret's name or in the entry's key is the statement's context, as
 * it would be in a ConfigMap. A value that decodes to several lines (a whole configuration file) is
 * its piece as it is. Every byte of the decoded value points into the base64 it was decoded from,
 * so a finding is reported at the {@code data:} line, at the value's column.
 *
 * <p>It reads the YAML line by line, the way Secrets are written: documents split by {@code ---},
 * {@code kind: Secret}, {@code metadata:} with its {@code name:}, and {@code data:} at the top level
 * with one {@code key: value} per line under it (quotes optional). Other shapes (flow maps, a
 * Secret inside a List, Helm templates writing {@code b64enc}) are read as plain text only.
 */
final class KubernetesSecretData {

    private static final Pattern KIND_SECRET = Pattern.compile("(?m)^kind:[ \\t]*[\"']?Secret[\"']?[ \\t]*(#.*)?\\r?$");
    private static final Pattern ENTRY = Pattern.compile(
            "^([ \\t]+)([\"']?)([A-Za-z0-9._-]+)\\2[ \\t]*:[ \\t]*([\"']?)([A-Za-z0-9+/]+={0,2})\\4[ \\t]*(#.*)?\\r?$");
    private static final Pattern NAME = Pattern.compile("^[ \\t]+name:[ \\t]*[\"']?([^\"'#\\s]+)[\"']?[ \\t]*(#.*)?\\r?$");
    /** The shortest base64 worth decoding: 16 bytes. */
    private static final int MIN_BASE64 = 24;

    private KubernetesSecretData() {
    }

    static boolean mayHold(String path, byte[] content) {
        String lower = path.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".yaml") || lower.endsWith(".yml"))
                && KIND_SECRET.matcher(new ByteText(content)).find();
    }

    /** One piece per decodable value of a {@code data:} map of a Secret in {@code content}. */
    static List<NotebookText.Piece> pieces(byte[] content) {
        List<NotebookText.Piece> pieces = new ArrayList<>();
        List<int[]> lines = lines(content);
        int document = 0;
        while (document < lines.size()) {
            int end = document;
            while (end < lines.size() && (end == document || !text(content, lines.get(end)).startsWith("---"))) {
                end++;
            }
            secret(content, lines.subList(document, end), pieces);
            document = end;
        }
        return pieces;
    }

    private static void secret(byte[] content, List<int[]> lines, List<NotebookText.Piece> pieces) {
        boolean isSecret = false;
        String name = "secret";
        int data = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = text(content, lines.get(i));
            if (KIND_SECRET.matcher(line).matches()) {
                isSecret = true;
            } else if (line.startsWith("metadata:")) {
                for (int j = i + 1; j < lines.size() && isIndented(text(content, lines.get(j))); j++) {
                    Matcher found = NAME.matcher(text(content, lines.get(j)));
                    if (found.matches() && indentOf(text(content, lines.get(j))) == indentOf(text(content, lines.get(i + 1)))) {
                        name = found.group(1);
                        break;
                    }
                }
            } else if (line.startsWith("data:") && line.substring(5).isBlank()) {
                data = i;
            }
        }
        if (!isSecret || data < 0) {
            return;
        }
        for (int i = data + 1; i < lines.size(); i++) {
            String line = text(content, lines.get(i));
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!isIndented(line)) {
                return;
            }
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches() && entry.group(5).length() >= MIN_BASE64) {
                piece(name, entry.group(3), lines.get(i)[0] + entry.start(5), entry.group(5)).ifPresent(pieces::add);
            }
        }
    }

    private static java.util.Optional<NotebookText.Piece> piece(String name, String key, int valueStart, String base64) {
        String decoded;
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return java.util.Optional.empty(); // not base64 or not text: nothing a rule reads
        }
        if (decoded.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            return java.util.Optional.empty();
        }
        String value = decoded.endsWith("\n") ? decoded.stripTrailing() : decoded;
        boolean oneLine = value.indexOf('\n') < 0;
        String prefix = oneLine ? name + ":\n  " + key + ": " : "";
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] body = value.getBytes(StandardCharsets.UTF_8);
        byte[] text = new byte[head.length + body.length + 1];
        System.arraycopy(head, 0, text, 0, head.length);
        System.arraycopy(body, 0, text, head.length, body.length);
        text[text.length - 1] = '\n';
        int[] origin = new int[text.length];
        int length = base64.length();
        for (int i = 0; i < text.length; i++) {
            int inValue = i - head.length;
            origin[i] = inValue <= 0 ? valueStart
                    : inValue >= body.length - 1 ? valueStart + length - 1
                    : valueStart + (int) ((long) inValue * length / body.length);
        }
        String place = "data." + key + " of Secret " + name + ", decoded from base64";
        return java.util.Optional.of(new NotebookText.Piece(place, text, origin));
    }

    /** Start and end offsets of each line, without its line break. */
    private static List<int[]> lines(byte[] content) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                if (i > start || i < content.length) {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String text(byte[] content, int[] line) {
        return new String(content, line[0], line[1] - line[0], StandardCharsets.ISO_8859_1);
    }

    private static boolean isIndented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        return indent;
    }
}
