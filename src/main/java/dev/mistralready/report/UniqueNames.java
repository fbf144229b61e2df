package dev.mistralready.report;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out testcase names that are unique within one suite: a repeat of {@code name} becomes
 * {@code name #2}, {@code name #3}, ... GitLab keeps only the first of equal names and
 * mikepenz/action-junit-report merges them as retries of one flaky test, so repeats would hide findings.
 */
final class UniqueNames {

    private final Set<String> taken = new HashSet<>();

    String claim(String name) {
        String candidate = name;
        for (int repeat = 2; !taken.add(candidate); repeat++) {
            candidate = name + " #" + repeat;
        }
        return candidate;
    }
}
