package dev.mistralready.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Drains a command's merged stdout and stderr into an {@link OutputTail} on its own thread, so a
 * chatty command never stalls on a full pipe. Decodes UTF-8 leniently (bad bytes become U+FFFD).
 *
 * <p>It only reads bytes that are already there and never blocks in {@code read()}: a background
 * process the command started may keep the pipe open long after the command exited, and a reader
 * blocked on that pipe could never be stopped. {@link #finish} therefore always ends the thread.
 */
final class OutputReader {

    private static final long IDLE_POLL_MILLIS = 15;
    /** After the command exited, what is left in the pipe is read up to this much (a background writer may never stop). */
    private static final long FINAL_DRAIN_BYTES = 1 << 20;

    private final InputStream input;
    private final OutputTail tail;
    private final Thread thread;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] chunk = new byte[8192];
    private final ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
    private final CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
    private volatile boolean finishing;

    private OutputReader(InputStream input, OutputTail tail, String threadName) {
        this.input = input;
        this.tail = tail;
        this.thread = new Thread(this::pump, threadName);
        this.thread.setDaemon(true);
    }

    static OutputReader start(InputStream input, OutputTail tail, String threadName) {
        OutputReader reader = new OutputReader(input, tail, threadName);
        reader.thread.start();
        return reader;
    }

    /**
     * Call once the process has exited or been killed: reads what is left, closes the stream and
     * waits (at most {@code wait}) for the thread to end.
     */
    void finish(Duration wait) {
        finishing = true;
        boolean interrupted = false;
        long deadline = System.nanoTime() + wait.toNanos();
        while (thread.isAlive()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                thread.interrupt();
                break;
            }
            try {
                thread.join(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void pump() {
        try {
            while (true) {
                boolean last = finishing; // read before draining: all the process wrote is in the pipe by now
                long read = drain(last ? FINAL_DRAIN_BYTES : Long.MAX_VALUE);
                if (last || read < 0) {
                    break;
                }
                if (read == 0) {
                    Thread.sleep(IDLE_POLL_MILLIS);
                }
            }
        } catch (IOException | InterruptedException e) {
            // stream closed or told to stop: keep what was read
        } finally {
            decodeRest();
            tail.finish();
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** Reads what is available without blocking; the number of bytes, or -1 at end of stream. */
    private long drain(long limit) throws IOException {
        long total = 0;
        int available;
        while (total < limit && (available = input.available()) > 0) {
            int n = input.read(chunk, 0, Math.min(available, chunk.length));
            if (n < 0) {
                return total > 0 ? total : -1;
            }
            decode(n);
            total += n;
        }
        return total;
    }

    private void decode(int length) {
        pending.put(chunk, 0, length);
        pending.flip();
        while (decoder.decode(pending, chars, false).isOverflow()) {
            flushChars();
        }
        flushChars();
        pending.compact();
    }

    private void decodeRest() {
        pending.flip();
        decoder.decode(pending, chars, true);
        decoder.flush(chars);
        flushChars();
        pending.clear();
    }

    private void flushChars() {
        chars.flip();
        tail.accept(chars);
        chars.clear();
    }
}
