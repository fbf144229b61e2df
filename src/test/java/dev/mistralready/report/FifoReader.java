package dev.mistralready.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@code cat} reading a FIFO, as the other end of a CI pipe would. If the FIFO was replaced by a file,
 * cat waits forever on the old one, so {@link #text()} gives up after a few seconds instead.
 */
public final class FifoReader implements AutoCloseable {

    private final Process cat;
    private final CompletableFuture<String> text;

    private FifoReader(Process cat) {
        this.cat = cat;
        this.text = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static FifoReader on(Path fifo) throws IOException {
        return new FifoReader(new ProcessBuilder("cat", fifo.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /** Everything cat read, once the writer closed the FIFO. */
    public String text() throws Exception {
        return text.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        cat.destroyForcibly();
    }
}
