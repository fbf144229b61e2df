package dev.mistralready.checklist;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistralready.check.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One gate as declared in checklist.yaml. Its {@code with:} options stay raw here: only the engine
 * knows the check type and so the options record they bind to.
 *
 * @param phase    when in a release the gate runs ({@code phase:}, default {@code pre-deploy})
 * @param disabled the rule ids whose findings the engine drops from this gate's outcome ({@code disable:})
 * @param pointer  JSON Pointer of the gate in the checklist ({@code /gates/2}), for locating option errors
 * @param position where the gate's mapping starts (its "own line" for findings without a file)
 */
public record Gate(String id, String type, String title, Severity severity, Phase phase, Optional<Duration> timeout,
                   List<String> disabled, ObjectNode options, String pointer, SourcePosition position) {

    public Gate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(timeout, "timeout");
        disabled = List.copyOf(disabled);
        options = options.deepCopy();
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(position, "position");
    }

    /** The title, or the id when the checklist gives none. */
    public String displayTitle() {
        return title.isBlank() ? id : title;
    }

    @Override
    public ObjectNode options() {
        return options.deepCopy();
    }
}
