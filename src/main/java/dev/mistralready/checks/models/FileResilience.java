package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import java.util.List;

/** What one file shows of timeouts, retries and error handling around its Mistral calls. */
record FileResilience(String file, List<ClientConstruction> clients, List<CallSettings> calls, List<Finding> errorHandling) {

    FileResilience {
        clients = List.copyOf(clients);
        calls = List.copyOf(calls);
        errorHandling = List.copyOf(errorHandling);
    }

    /** This file with only the clients of the official TS and Python SDKs. */
    FileResilience officialClientsOnly() {
        return new FileResilience(file, clients.stream()
                .filter(client -> !client.jvm() && !FrameworkResilienceRules.covers(client.sdk())).toList(),
                calls, errorHandling);
    }

    /** A TS/JS file without Mistral calls or clients: only its error handling, if it imports the SDK. */
    static FileResilience importer(String file, String text) {
        return new FileResilience(file, List.of(), List.of(), StatusFieldChecks.findInImporter(file, text));
    }
}
