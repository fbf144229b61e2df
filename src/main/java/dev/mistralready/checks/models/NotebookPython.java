package dev.mistralready.checks.models;

import dev.mistralready.check.Finding;
import dev.mistralready.check.Location;
import dev.mistralready.project.source.NotebookCells;
import dev.mistralready.project.source.Token;
import dev.mistralready.project.source.Value;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Jupyter notebook linted as Python: its code cells are read by {@link PythonCalls} and
 * {@link ClientSettings#python} as one Python file, and every place they give (a call, a model id,
 * a temperature, a client) is moved back to where it is written in the {@code .ipynb} file before
 * any rule sees it, so findings, the calls they name ({@code (line 40)}) and the details all speak
 * of the notebook's own lines. {@link #label} then names the cell in a finding's message.
 *
 * <p>A notebook whose kernel is not Python (R, Julia, a Deno kernel) is read but has no calls.
 */
record NotebookPython(String file, NotebookCells cells) {

    NotebookPython {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(cells, "cells");
    }

    FileCalls calls() {
        if (!cells.isPython()) {
            return new FileCalls(file, 0, List.of());
        }
        FileCalls calls = PythonCalls.find(file, cells.python());
        return new FileCalls(file, calls.clients(), calls.calls().stream().map(this::moved).toList());
    }

    FileResilience resilience() {
        if (!cells.isPython()) {
            return new FileResilience(file, List.of(), List.of(), List.of());
        }
        FileResilience found = ClientSettings.python(file, cells.python());
        return new FileResilience(file,
                found.clients().stream().map(client -> new ClientConstruction(client.sdk(), client.written(),
                        moved(client.at()), moved(client.timeout()), moved(client.retries()), client.name())).toList(),
                found.calls().stream().map(call -> new CallSettings(moved(call.at()), moved(call.timeout()),
                        moved(call.retries()), call.receiver())).toList(),
                found.errorHandling().stream().map(this::moved).toList());
    }

    /** The finding with the cell it is in named at the end of its message: {@code … (cell 4)}. */
    Finding label(Finding finding) {
        Optional<Location> at = finding.location().filter(location -> location.file().equals(file));
        if (at.isEmpty()) {
            return finding;
        }
        var cell = cells.cellAt(at.get().line(), at.get().column());
        if (cell.isEmpty()) {
            return finding;
        }
        return new Finding(finding.ruleId(), finding.severity(), finding.message() + " (cell " + cell.getAsInt() + ")",
                finding.location(), finding.fix(), finding.fingerprint());
    }

    private ChatCall moved(ChatCall call) {
        return new ChatCall(call.sdk(), call.callee(), moved(call.at()), moved(call.model()), moved(call.maxTokens()),
                moved(call.temperature()), call.optionsVisible(), call.otherMaxTokensSpelling(),
                call.rejected().stream().map(rejected -> new ChatCall.Rejected(rejected.name(), moved(rejected.at()))).toList(),
                call.endpoint(), call.renamed().stream()
                        .map(renamed -> new ChatCall.Renamed(renamed.name(), renamed.replacement(), moved(renamed.at()))).toList());
    }

    private Finding moved(Finding finding) {
        return finding.location().map(location -> finding.at(moved(location))).orElse(finding);
    }

    private Parameter moved(Parameter parameter) {
        return parameter instanceof Parameter.Given given ? new Parameter.Given(moved(given.value())) : parameter;
    }

    /** Values that carry a token: the token's place is what rules report. */
    private Value moved(Value value) {
        if (value instanceof Value.Text text) {
            return new Value.Text(text.text(), moved(text.where()));
        }
        if (value instanceof Value.Number number) {
            return new Value.Number(number.number(), moved(number.where()));
        }
        if (value instanceof Value.Nothing nothing) {
            return new Value.Nothing(moved(nothing.where()));
        }
        return value;
    }

    private Token moved(Token token) {
        NotebookCells.Origin origin = cells.origin(token.line(), token.column());
        return new Token(token.kind(), token.text(), token.value(), origin.line(), origin.column(), token.template());
    }

    private Location moved(Location location) {
        NotebookCells.Origin origin = cells.origin(location.line(), location.column());
        return new Location(location.file(), origin.line(), origin.column());
    }
}
