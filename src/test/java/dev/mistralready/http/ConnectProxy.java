package dev.mistralready.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small real HTTPS proxy on loopback for tests: it answers each {@code CONNECT} with {@code 200},
 * records the request's head and the first bytes the client then sends through the tunnel (a TLS
 * ClientHello: encrypted from here on), and closes the tunnel without reaching anywhere.
 */
public final class ConnectProxy implements AutoCloseable {

    /** What came to the proxy on one connection. */
    public record Tunnel(List<String> head, byte[] firstBytes) {
        public String requestLine() {
            return head.isEmpty() ? "" : head.get(0);
        }

        public String header(String name) {
            return head.stream().skip(1).filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    private final ServerSocket socket;
    private final List<Tunnel> tunnels = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    public ConnectProxy() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "connect-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<Tunnel> tunnels() {
        synchronized (tunnels) {
            return List.copyOf(tunnels);
        }
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                InputStream in = client.getInputStream();
                List<String> head = new ArrayList<>();
                for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                    head.add(line);
                }
                OutputStream out = client.getOutputStream();
                out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                byte[] first = new byte[4096];
                int n = Math.max(0, in.read(first));
                tunnels.add(new Tunnel(List.copyOf(head), java.util.Arrays.copyOf(first, n)));
            } catch (IOException e) {
                // the next connection, or closed
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).replaceAll("\r$", "");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
