package dev.mistralready.checks.models;

import java.util.List;

/** What one file holds: Mistral clients constructed and chat calls made. */
record FileCalls(String file, int clients, List<ChatCall> calls) {

    FileCalls {
        calls = List.copyOf(calls);
    }

    boolean usesMistral() {
        return clients > 0 || !calls.isEmpty();
    }
}
