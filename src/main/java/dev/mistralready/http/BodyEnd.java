package dev.mistralready.http;

/**
 * Where a streamed body ends before its connection closes, such as the {@code data: [DONE]} of a
 * server-sent event stream. Asked after each read with everything read so far; an instance may keep
 * its place between calls, so use one per request.
 */
@FunctionalInterface
public interface BodyEnd {

    /**
     * @param contentType the answer's Content-Type, empty when it has none
     * @param body        the bytes read so far; only the first {@code length} count
     */
    boolean reachedIn(String contentType, byte[] body, int length);
}
