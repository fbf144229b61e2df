package dev.mistralready.checks.secrets;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule regex of the form {@code (?<![C])(?<secret>[C]{m,n})(?![C])}: a whole run of one character
 * class, such as the 32 letters and digits of a Mistral key. Walking the runs finds the same matches
 * as the regex, many times faster than the regex engine trying every position of a file.
 */
final class CharacterRun {

    private static final String CLASS = "(\\[(?:[^\\[\\]\\\\]|\\\\.)+\\])";
    private static final Pattern FORM = Pattern.compile(
            "\\(\\?<!" + CLASS + "\\)\\(\\?<secret>" + CLASS + "\\{(\\d+)(,(\\d*))?\\}\\)\\(\\?!" + CLASS + "\\)");

    /** Receives the start and end offsets of a run. */
    interface Found {
        void run(int start, int end);
    }

    private final boolean[] inClass;
    private final int min;
    private final int max;

    private CharacterRun(boolean[] inClass, int min, int max) {
        this.inClass = inClass;
        this.min = min;
        this.max = max;
    }

    /** The run the regex describes, or empty if it has another form. */
    static Optional<CharacterRun> of(Pattern regex) {
        Matcher form = FORM.matcher(regex.pattern());
        if (regex.flags() != 0 || !form.matches()
                || !form.group(1).equals(form.group(2)) || !form.group(1).equals(form.group(6))) {
            return Optional.empty();
        }
        int min = Integer.parseInt(form.group(3));
        int max = form.group(4) == null ? min : form.group(5).isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(form.group(5));
        if (min == 0 || max < min) {
            return Optional.empty();
        }
        // The text is bytes, one character each: asking the class about all 256 is exact.
        Pattern characterClass = Pattern.compile(form.group(1));
        boolean[] inClass = new boolean[256];
        for (int c = 0; c < inClass.length; c++) {
            inClass[c] = characterClass.matcher(String.valueOf((char) c)).matches();
        }
        return Optional.of(new CharacterRun(inClass, min, max));
    }

    /** Each whole run in {@code text} whose length is within the bounds, in text order. */
    void forEach(byte[] text, Found found) {
        int length = text.length;
        int i = 0;
        while (i < length) {
            while (i < length && !inClass[text[i] & 0xFF]) {
                i++;
            }
            int start = i;
            while (i < length && inClass[text[i] & 0xFF]) {
                i++;
            }
            int run = i - start;
            if (run >= min && run <= max) {
                found.run(start, i);
            }
        }
    }
}
