package dev.mistralready.process;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The last lines a command printed, in bounded memory: a ring of at most {@code maxLines} lines,
 * each cut to {@code maxLineChars}. Secrets are masked as each line completes, before it is cut,
 * so a cut never leaves part of a secret behind. Thread-safe: one thread feeds, another reads.
 */
public final class OutputTail {

    static final int MAX_LINES = 40;
    static final int MAX_LINE_CHARS = 500;

    private final int maxLines;
    private final int maxLineChars;
    private final SecretMask mask;
    /** How much of a line is kept before masking: enough that any secret starting in the kept part is whole. */
    private final int assemblyLimit;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private long droppedChars;
    private boolean afterCarriageReturn;
    private long totalLines;

    OutputTail(SecretMask mask) {
        this(MAX_LINES, MAX_LINE_CHARS, mask);
    }

    OutputTail(int maxLines, int maxLineChars, SecretMask mask) {
        this.maxLines = maxLines;
        this.maxLineChars = maxLineChars;
        this.mask = mask;
        this.assemblyLimit = maxLineChars + mask.longest();
    }

    /** Adds decoded output; {@code \n} and {@code \r\n} end lines, a lone {@code \r} restarts one (progress bars). */
    synchronized void accept(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c != '\n') {
                    current.setLength(0);
                    droppedChars = 0;
                }
            }
            if (c == '\n') {
                completeLine();
            } else if (c == '\r') {
                afterCarriageReturn = true;
            } else if (current.length() < assemblyLimit) {
                current.append(c);
            } else {
                droppedChars++;
            }
        }
    }

    /** Keeps a last line that did not end with a newline. */
    synchronized void finish() {
        if (current.length() > 0 || droppedChars > 0) {
            completeLine();
        }
        afterCarriageReturn = false;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized long totalLines() {
        return totalLines;
    }

    /** The kept lines under a header saying how many there were, for an outcome's details. */
    public synchronized String render() {
        if (totalLines == 0) {
            return "no output";
        }
        String header = totalLines > lines.size()
                ? "last " + lines.size() + " of " + totalLines + " lines of output:"
                : "output (" + totalLines + (totalLines == 1 ? " line):" : " lines):");
        return header + "\n" + String.join("\n", lines);
    }

    private void completeLine() {
        String line = mask.apply(current.toString());
        long cut = droppedChars;
        if (line.length() > maxLineChars) {
            int keep = Character.isHighSurrogate(line.charAt(maxLineChars - 1)) ? maxLineChars - 1 : maxLineChars;
            cut += line.length() - keep;
            line = line.substring(0, keep);
        }
        if (cut > 0) {
            line = line + "… (" + cut + " more chars)";
        }
        if (lines.size() == maxLines) {
            lines.removeFirst();
        }
        lines.addLast(line);
        totalLines++;
        current.setLength(0);
        droppedChars = 0;
    }
}
