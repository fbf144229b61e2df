package dev.mistralready.checks.models;

import dev.mistralready.check.Location;
import java.util.Objects;

/** A model id a chat call sends, and where the id is written (which may be a constant above the call). */
record ModelReference(String id, Location writtenAt, ChatCall call) {

    ModelReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(call, "call");
    }
}
