package dev.mistralready.checks.models;

import dev.mistralready.project.source.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls the lint could check only in part, counted per reason for the details: a real
 * repository has hundreds, and one line each would bury the rest. Each reason gets one line with
 * how many calls in how many files and notebooks, and the first few as examples:
 * {@code 12 calls in 2 files and 3 notebooks: the options are built outside the file, not checked:
 * a.py:4:1 `client.chat.complete`, …, and 9 more}.
 */
final class NotChecked {

    /** How many calls each line names; the count covers them all. */
    static final int EXAMPLES = 3;

    private enum Reason {
        OPTIONS_ELSEWHERE("the options are built outside the file"),
        MODEL_NOT_WRITTEN("the model is not written in the file (a variable, an argument or a setting)");

        private final String why;

        Reason(String why) {
            this.why = why;
        }
    }

    private final Set<String> notebooks;
    private final Map<Reason, List<String>> examples = new EnumMap<>(Reason.class);
    private final Map<Reason, Set<String>> files = new EnumMap<>(Reason.class);

    /** @param notebooks the files that are notebooks, counted as such */
    NotChecked(Set<String> notebooks) {
        this.notebooks = Set.copyOf(notebooks);
    }

    void add(ChatCall call) {
        String where = call.at() + " `" + call.callee() + "`";
        Endpoint endpoint = call.endpoint();
        if (!endpoint.namesModel() && !endpoint.takesMaxTokens() && !endpoint.takesTemperature()) {
            return; // a conversation's continuation: nothing of it is the lint's to check
        }
        boolean modelUnseen = endpoint.namesModel() && call.model() instanceof Parameter.Unseen;
        if (!call.optionsVisible() || modelUnseen) {
            // not built in the file, or spread from something it does not build (`**request`)
            add(Reason.OPTIONS_ELSEWHERE, call, where);
        } else if (call.model() instanceof Parameter.Given given && given.value() instanceof Value.Unknown unknown) {
            add(Reason.MODEL_NOT_WRITTEN, call, where + " (`" + unknown.source() + "`)");
        }
    }

    private void add(Reason reason, ChatCall call, String example) {
        examples.computeIfAbsent(reason, key -> new ArrayList<>()).add(example);
        files.computeIfAbsent(reason, key -> new LinkedHashSet<>()).add(call.file());
    }

    /** One line per reason that applies, in a fixed order. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        examples.forEach((reason, calls) -> {
            long inNotebooks = files.get(reason).stream().filter(notebooks::contains).count();
            String shown = String.join(", ", calls.subList(0, Math.min(EXAMPLES, calls.size())))
                    + (calls.size() > EXAMPLES ? ", and " + (calls.size() - EXAMPLES) + " more" : "");
            lines.add(calls.size() + (calls.size() == 1 ? " call" : " calls") + " in "
                    + files(files.get(reason).size() - inNotebooks, inNotebooks) + ": " + reason.why + ", not checked: "
                    + shown);
        });
        return lines;
    }

    /** {@code 2 files}, {@code 1 notebook}, {@code 2 files and 1 notebook}. */
    static String files(long sources, long notebooks) {
        String plain = sources + (sources == 1 ? " file" : " files");
        String books = notebooks + (notebooks == 1 ? " notebook" : " notebooks");
        if (notebooks == 0) {
            return plain;
        }
        return sources == 0 ? books : plain + " and " + books;
    }
}
