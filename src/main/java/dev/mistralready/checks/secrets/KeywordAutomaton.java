package dev.mistralready.checks.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;

/**
 * Finds every occurrence of every keyword in one pass over the bytes, ignoring ASCII case
 * (Aho-Corasick, compiled to a full transition table over bytes). This pass is the pre-filter: a rule whose keywords do not
 * occur never runs its regex, and a rule that starts at its keyword runs it only at these positions.
 */
final class KeywordAutomaton {

    private static final int ALPHABET = 256;

    private final int keywordCount;
    private final int[] keywordLength;
    private final int longestKeyword;
    /**
     * {@code next[state * 256 + character]}: the state after reading that character, already
     * multiplied by 256, with bit 0 set when keywords end there: one load and one test per byte.
     */
    private final int[] next;
    /** The keywords that end in each state (its own and those of its suffix states). */
    private final int[][] endingHere;

    KeywordAutomaton(List<String> keywords) {
        this.keywordCount = keywords.size();
        this.keywordLength = keywords.stream().mapToInt(String::length).toArray();
        this.longestKeyword = Arrays.stream(keywordLength).max().orElse(0);
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        trie.add(emptyRow());
        outputs.add(new ArrayList<>());
        for (int id = 0; id < keywords.size(); id++) {
            int state = 0;
            for (char c : keywords.get(id).toLowerCase(Locale.ROOT).toCharArray()) {
                if (c >= ALPHABET) {
                    throw new IllegalArgumentException("keyword `" + keywords.get(id) + "` must be ASCII or Latin-1");
                }
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(emptyRow());
                    outputs.add(new ArrayList<>());
                }
                state = trie.get(state)[c];
            }
            outputs.get(state).add(id);
        }
        this.next = new int[trie.size() * ALPHABET];
        this.endingHere = new int[trie.size()][];
        link(trie, outputs);
    }

    private static int[] emptyRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Breadth-first: each state's missing transitions follow its failure state's, as in a DFA. */
    private void link(List<int[]> trie, List<List<Integer>> outputs) {
        int[] failure = new int[trie.size()];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int child = trie.get(0)[c];
            next[c] = child < 0 ? 0 : child;
            if (child > 0) {
                queue.add(child);
            }
        }
        endingHere[0] = toArray(outputs.get(0));
        while (!queue.isEmpty()) {
            int state = queue.remove();
            List<Integer> ending = new ArrayList<>(outputs.get(state));
            ending.addAll(List.of(Arrays.stream(endingHere[failure[state]]).boxed().toArray(Integer[]::new)));
            endingHere[state] = toArray(ending);
            for (int c = 0; c < ALPHABET; c++) {
                int child = trie.get(state)[c];
                if (child < 0) {
                    next[state * ALPHABET + c] = next[failure[state] * ALPHABET + c];
                } else {
                    failure[child] = next[failure[state] * ALPHABET + c];
                    next[state * ALPHABET + c] = child;
                    queue.add(child);
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            int target = next[i];
            next[i] = target * ALPHABET | (endingHere[target].length > 0 ? 1 : 0);
        }
        // Upper-case ASCII reads as lower case.
        for (int state = 0; state < trie.size(); state++) {
            for (int c = 'A'; c <= 'Z'; c++) {
                next[state * ALPHABET + c] = next[state * ALPHABET + c + ('a' - 'A')];
            }
        }
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Where each keyword starts in {@code text}. The two halves are walked at once: each step of one
     * walk waits on the table load of the step before, so a second, independent walk in the same
     * loop nearly doubles the bytes per second. The first walk runs on past the middle far enough
     * to finish every keyword that starts before it.
     */
    Hits scan(byte[] text) {
        int length = text.length;
        int half = length / 2;
        int[] table = next;
        // Where keywords end, each offset followed by the state there, both walks mixed. One local
        // array keeps the loop's state in registers: with one per walk it runs about 40% slower.
        int[] ends = new int[32];
        int count = 0;
        int a = 0;
        int b = 0;
        for (int i = 0, j = half; i < half; i++, j++) {
            int entryA = table[a + (text[i] & 0xFF)];
            int entryB = table[b + (text[j] & 0xFF)];
            a = entryA & ~1;
            b = entryB & ~1;
            if (((entryA | entryB) & 1) != 0) {
                if (count + 4 > ends.length) {
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                if ((entryA & 1) != 0) {
                    ends[count++] = i;
                    ends[count++] = a;
                }
                if ((entryB & 1) != 0) {
                    ends[count++] = j;
                    ends[count++] = b;
                }
            }
        }
        Hits hits = new Hits(keywordCount);
        for (int p = 0; p < count; p += 2) {
            if (ends[p] < half) {
                addEndingAt(hits, ends[p], ends[p + 1], half);
            }
        }
        for (int i = half, end = Math.min(length, half + longestKeyword - 1); i < end; i++) {
            int entry = table[a + (text[i] & 0xFF)];
            a = entry & ~1;
            if ((entry & 1) != 0) {
                addEndingAt(hits, i, a, half);
            }
        }
        for (int p = 0; p < count; p += 2) {
            if (ends[p] >= half) {
                addEndingAt(hits, ends[p], ends[p + 1], length);
            }
        }
        if (2 * half < length) { // the odd byte out
            int entry = table[b + (text[length - 1] & 0xFF)];
            if ((entry & 1) != 0) {
                addEndingAt(hits, length - 1, entry & ~1, length);
            }
        }
        return hits;
    }

    /** Adds the keywords that end at {@code offset}, in state {@code stateBase}, and start before {@code limit}. */
    private void addEndingAt(Hits hits, int offset, int stateBase, int limit) {
        for (int id : endingHere[stateBase / ALPHABET]) {
            int start = offset - keywordLength[id] + 1;
            if (start < limit) {
                hits.add(id, start);
            }
        }
    }

    /** Start offsets of each keyword's occurrences, in text order. */
    static final class Hits {
        private final int[][] positions;
        private final int[] counts;

        Hits(int keywords) {
            positions = new int[keywords][];
            counts = new int[keywords];
        }

        void add(int keyword, int position) {
            int[] list = positions[keyword];
            if (list == null) {
                list = positions[keyword] = new int[8];
            } else if (counts[keyword] == list.length) {
                list = positions[keyword] = Arrays.copyOf(list, list.length * 2);
            }
            list[counts[keyword]++] = position;
        }

        boolean any(int keyword) {
            return counts[keyword] > 0;
        }

        int count(int keyword) {
            return counts[keyword];
        }

        int position(int keyword, int index) {
            return positions[keyword][index];
        }
    }
}
