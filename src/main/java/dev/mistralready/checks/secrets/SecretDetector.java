package dev.mistralready.checks.secrets;

import dev.mistralready.check.Secret;
import dev.mistralready.project.files.TextFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds secrets in one file. One pass of a keyword automaton comes first: a rule whose keywords do
 * not occur never runs its regex, and a rule whose match starts at its keyword tries the regex only
 * there (and, if the rule says the keyword is {@code assigned}, only where a string is assigned).
 * That pre-filter is what makes a scan fast, since most files mention no provider at all. A regex
 * that is a run of one character class is not run at all: {@link CharacterRun} walks the runs.
 * Where two rules match the same text, the earlier rule (the more specific) wins.
 *
 * <p>It reads the file's bytes as they are (see {@link ByteText}): nothing is decoded but what a
 * finding shows.
 */
final class SecretDetector {

    /** Inline markers that suppress findings on their line; gitleaks' is honoured so existing repos keep working. */
    static final List<String> ALLOW_MARKERS = List.of("mistral-ready:allow", "gitleaks:allow");

    /** The longest text a rule that starts at its keyword may match. */
    static final int MAX_MATCH = 4096;

    private final List<SecretRule> rules;
    private final KeywordAutomaton keywords;
    /** For each rule, the automaton's ids of its keywords. */
    private final int[][] keywordIds;

    SecretDetector(List<SecretRule> rules) {
        this.rules = List.copyOf(rules);
        List<String> all = new ArrayList<>();
        this.keywordIds = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            List<String> ruleKeywords = rules.get(r).keywords();
            keywordIds[r] = new int[ruleKeywords.size()];
            for (int k = 0; k < ruleKeywords.size(); k++) {
                int id = all.indexOf(ruleKeywords.get(k));
                if (id < 0) {
                    id = all.size();
                    all.add(ruleKeywords.get(k));
                }
                keywordIds[r][k] = id;
            }
        }
        this.keywords = new KeywordAutomaton(all);
    }

    /**
     * Scans one file's {@code content}. A notebook ({@code .ipynb}) is read as the text of its cells
     * and outputs ({@link NotebookText}), and reported at the lines of the file that hold it; one that
     * is not JSON is scanned as bytes, like any other file. A file marked as UTF-16 is read as the
     * text it holds ({@link #asUtf8}).
     */
    List<SecretMatch> scan(String path, byte[] raw) {
        byte[] content = asUtf8(raw);
        KeywordAutomaton.Hits hits = keywords.scan(content);
        if (KubernetesSecretData.mayHold(path, content)) {
            return scanWithSecretData(path, content, hits);
        }
        if (!isNotebook(path) || !anyRuleApplies(path, hits)) {
            return scan(path, new Placement(content), content, hits);
        }
        Optional<NotebookText.Parsed> notebook = NotebookText.parse(content);
        if (notebook.isEmpty()) {
            return scan(path, new Placement(content), content, hits);
        }
        byte[] rest = notebook.get().rest();
        List<SecretMatch> found = new ArrayList<>(scan(path, new Placement(rest), rest, keywords.scan(rest)));
        Placement file = new Placement(content);
        for (NotebookText.Piece piece : notebook.get().pieces()) {
            for (SecretMatch match : scan(path, file.of(piece), piece.text(), keywords.scan(piece.text()))) {
                if (found.stream().noneMatch(match::overlaps)) {
                    found.add(match);
                }
            }
        }
        found.sort(Comparator.comparingInt(SecretMatch::start));
        return found;
    }

    /**
     * A YAML file holding a Kubernetes Secret: the values of its {@code data:} maps are scanned
     * decoded ({@link KubernetesSecretData}), and the file as written, too. A finding in a decoded
     * value wins over one in the same base64 as written.
     */
    private List<SecretMatch> scanWithSecretData(String path, byte[] content, KeywordAutomaton.Hits hits) {
        Placement file = new Placement(content);
        List<SecretMatch> found = new ArrayList<>();
        for (NotebookText.Piece piece : KubernetesSecretData.pieces(content)) {
            found.addAll(scan(path, file.of(piece), piece.text(), keywords.scan(piece.text())));
        }
        for (SecretMatch match : scan(path, file, content, hits)) {
            if (found.stream().noneMatch(match::overlaps)) {
                found.add(match);
            }
        }
        found.sort(Comparator.comparingInt(SecretMatch::start));
        return found;
    }

    /**
     * The text as UTF-8, which is what the rules read: the bytes themselves, or, after a UTF-16 byte
     * order mark, the text decoded and written as UTF-8 (lines and columns are those of the text).
     */
    static byte[] asUtf8(byte[] raw) {
        return TextFiles.hasUtf16ByteOrderMark(raw) ? TextFiles.decode(raw).getBytes(StandardCharsets.UTF_8) : raw;
    }

    static boolean isNotebook(String path) {
        return path.regionMatches(true, path.length() - ".ipynb".length(), ".ipynb", 0, ".ipynb".length());
    }

    private boolean anyRuleApplies(String path, KeywordAutomaton.Hits hits) {
        for (int r = 0; r < rules.size(); r++) {
            if (anyKeyword(keywordIds[r], hits) && rules.get(r).appliesTo(path)) {
                return true;
            }
        }
        return false;
    }

    /** Scans {@code content}, which is the file's own bytes or a part of it decoded, as {@code placement} says. */
    private List<SecretMatch> scan(String path, Placement placement, byte[] content, KeywordAutomaton.Hits hits) {
        ByteText bytes = new ByteText(content);
        FileScan scan = new FileScan(path, bytes, placement);
        for (int r = 0; r < rules.size(); r++) {
            SecretRule rule = rules.get(r);
            if (!anyKeyword(keywordIds[r], hits) || !rule.appliesTo(path)) {
                continue;
            }
            if (rule.run().isPresent()) {
                rule.run().get().forEach(content, (start, end) -> scan.consider(rule, start, end));
                continue;
            }
            Matcher matcher = rule.regex().matcher(bytes).useTransparentBounds(true).useAnchoringBounds(false);
            if (rule.startsAtKeyword()) {
                for (int k = 0; k < keywordIds[r].length; k++) {
                    int id = keywordIds[r][k];
                    int keywordLength = rule.keywords().get(k).length();
                    for (int i = 0; i < hits.count(id); i++) {
                        int at = hits.position(id, i);
                        if (rule.assigned() && !StringAssignment.follows(content, at + keywordLength)) {
                            continue;
                        }
                        matcher.region(at, Math.min(content.length, at + MAX_MATCH));
                        if (matcher.lookingAt()) {
                            scan.consider(rule, matcher);
                        }
                    }
                }
            } else {
                while (matcher.find()) {
                    scan.consider(rule, matcher);
                }
            }
        }
        return scan.matches();
    }

    /**
     * Where the text being scanned is written in the file: the file's own bytes, or a piece of a
     * notebook whose every byte knows the offset in the file it was decoded from.
     */
    private static final class Placement {
        private final ByteText file;
        private final Optional<NotebookText.Piece> piece;
        private LineIndex lines;

        Placement(byte[] file) {
            this(new ByteText(file), Optional.empty());
        }

        private Placement(ByteText file, Optional<NotebookText.Piece> piece) {
            this.file = file;
            this.piece = piece;
        }

        Placement of(NotebookText.Piece part) {
            Placement placement = new Placement(file, Optional.of(part));
            placement.lines = lines(); // one index of the file's lines for all its pieces
            return placement;
        }

        int inFile(int offset) {
            return piece.map(part -> part.origin()[offset]).orElse(offset);
        }

        LineIndex lines() {
            if (lines == null) {
                lines = new LineIndex(file);
            }
            return lines;
        }

        ByteText file() {
            return file;
        }

        Optional<String> place() {
            return piece.map(NotebookText.Piece::place);
        }
    }

    private static boolean anyKeyword(int[] ids, KeywordAutomaton.Hits hits) {
        if (ids.length == 0) {
            return true;
        }
        for (int id : ids) {
            if (hits.any(id)) {
                return true;
            }
        }
        return false;
    }

    /** The matches of one file so far, and the checks every candidate must pass. */
    private static final class FileScan {
        private final String path;
        private final ByteText text;
        private final Placement placement;
        private final List<SecretMatch> found = new ArrayList<>();
        private LineIndex lines;

        FileScan(String path, ByteText text, Placement placement) {
            this.path = path;
            this.text = text;
            this.placement = placement;
        }

        void consider(SecretRule rule, Matcher matcher) {
            boolean named = rule.hasSecretGroup();
            int start = named ? matcher.start("secret") : matcher.start();
            if (start >= 0) {
                consider(rule, start, named ? matcher.end("secret") : matcher.end());
            }
        }

        void consider(SecretRule rule, int start, int end) {
            String secret = text.utf8(start, end);
            if (!rule.shape().accepts(secret) || Placeholders.isPlaceholder(secret)) {
                return;
            }
            if (lines == null) {
                lines = new LineIndex(text);
            }
            int line = lines.lineOf(start);
            String lineText = lines.line(line);
            if (allowedInline(lineText) || rule.allows(secret, lineText)) {
                return;
            }
            if (rule.notInBase64() && Base64Blob.contains(text.bytes(), start, end)) {
                return;
            }
            if (rule.context().isPresent() && !rule.context().get().matcher(ContextWindow.around(lines, line, path)).find()
                    && !inReach(rule, lineText.substring(0, Math.min(lineText.length(), lines.columnOf(start) - 1)), line)) {
                return;
            }
            // After the context: whether the file uses the run as a name is a search of the whole text.
            if (rule.notIdentifier() && IdentifierName.isName(text.bytes(), start, end)) {
                return;
            }
            // Where the secret is written in the file, which is where the text came from unless it was decoded.
            int from = placement.inFile(start);
            int to = placement.inFile(end - 1) + 1;
            LineIndex fileLines = placement.place().isPresent() ? placement.lines() : lines;
            int fileLine = fileLines.lineOf(from);
            int lineStart = from - fileLines.columnOf(from) + 1;
            int column = placement.file().utf8(lineStart, from).length() + 1;
            SecretMatch match = new SecretMatch(rule, path, fileLine, column, from, to, Secret.of(secret), placement.place());
            if (found.stream().noneMatch(match::overlaps)) {
                found.add(match);
            }
        }

        /** Whether a reach of the rule applies to the text before the match, and finds its context within reach. */
        private boolean inReach(SecretRule rule, String before, int line) {
            for (ContextReach reach : rule.reach()) {
                if (reach.before().matcher(before).find()
                        && reach.context().orElse(rule.context().get()).matcher(reach.around(lines, line)).find()) {
                    return true;
                }
            }
            return false;
        }

        List<SecretMatch> matches() {
            found.sort(Comparator.comparingInt(SecretMatch::start));
            return found;
        }
    }

    private static boolean allowedInline(String line) {
        for (String marker : ALLOW_MARKERS) {
            if (line.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
