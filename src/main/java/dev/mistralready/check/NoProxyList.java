package dev.mistralready.check;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code NO_PROXY} read as curl reads it: a comma-separated list of hosts that are reached
 * directly. {@code *} alone matches every host; a name matches itself and every host under it
 * ({@code example.com} and {@code .example.com} both match {@code api.example.com}; a leading
 * {@code *.} is read as {@code .}); an IP address matches itself, and with {@code /bits} (CIDR)
 * its network; {@code host:port} matches that host on that port only. Names are compared without
 * case and never resolved.
 */
final class NoProxyList {

    static final NoProxyList EMPTY = new NoProxyList(false, List.of());

    private static final Pattern DOTTED_QUAD = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final boolean everything;
    private final List<Entry> entries;

    private NoProxyList(boolean everything, List<Entry> entries) {
        this.everything = everything;
        this.entries = List.copyOf(entries);
    }

    /** One entry: a name (suffix match) or an address network, on every port or one. */
    private record Entry(Optional<String> name, Optional<byte[]> network, int bits, int port) {
        boolean matches(String host, Optional<byte[]> address, int hostPort) {
            if (port != -1 && port != hostPort) {
                return false;
            }
            if (name.isPresent()) {
                String suffix = name.get();
                return host.equals(suffix) || host.endsWith("." + suffix);
            }
            return address.isPresent() && inNetwork(address.get(), network.get(), bits);
        }
    }

    /**
     * @param variable for messages
     * @throws IllegalArgumentException naming the variable and the entry, when an entry cannot be read
     */
    static NoProxyList parse(String variable, String value) {
        boolean everything = false;
        List<Entry> entries = new ArrayList<>();
        for (String raw : value.split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals("*")) {
                everything = true;
                continue;
            }
            entries.add(entry(variable, entry));
        }
        return new NoProxyList(everything, entries);
    }

    private static Entry entry(String variable, String entry) {
        String host = entry;
        int port = -1;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                throw unreadable(variable, entry, "a `[` without its `]`");
            }
            String rest = host.substring(close + 1);
            host = host.substring(1, close);
            if (rest.startsWith("/")) { // [fd00::]/8, [fd00::]/8:443
                int colon = rest.indexOf(':');
                host += colon < 0 ? rest : rest.substring(0, colon);
                rest = colon < 0 ? "" : rest.substring(colon);
            }
            if (rest.startsWith(":")) {
                port = port(variable, entry, rest.substring(1));
            } else if (!rest.isEmpty()) {
                throw unreadable(variable, entry, "text after `]` that is not `:port`");
            }
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            port = port(variable, entry, host.substring(host.indexOf(':') + 1));
            host = host.substring(0, host.indexOf(':'));
        }
        int bits = -1;
        int slash = host.indexOf('/');
        if (slash >= 0) {
            String prefix = host.substring(slash + 1);
            host = host.substring(0, slash);
            if (!prefix.matches("[0-9]{1,3}")) {
                throw unreadable(variable, entry, "`/" + prefix + "` is not a CIDR prefix length");
            }
            bits = Integer.parseInt(prefix);
        }
        Optional<byte[]> address = literal(host);
        if (address.isPresent()) {
            int max = address.get().length * 8;
            if (bits > max) {
                throw unreadable(variable, entry, "a prefix of /" + bits + " is longer than the address (" + max
                        + " bits)");
            }
            return new Entry(Optional.empty(), address, bits == -1 ? max : bits, port);
        }
        if (bits != -1) {
            throw unreadable(variable, entry, "a CIDR prefix needs an IP address before the `/`");
        }
        if (host.startsWith("*.")) {
            host = host.substring(2);
        }
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || !host.matches("[a-z0-9_.-]+")) {
            throw unreadable(variable, entry, "not a host name, an IP address or `*`");
        }
        return new Entry(Optional.of(host), Optional.empty(), 0, port);
    }

    private static int port(String variable, String entry, String text) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) > 65535) {
            throw unreadable(variable, entry, "`" + text + "` is not a port number");
        }
        return Integer.parseInt(text);
    }

    private static IllegalArgumentException unreadable(String variable, String entry, String why) {
        return new IllegalArgumentException(variable + ": the entry `" + Quoted.excerpt(entry) + "` cannot be read: " + why
                + " (entries are host names, .domains, IP addresses, CIDR networks such as 10.0.0.0/8, each with an "
                + "optional :port, or `*`)");
    }

    /** Whether {@code host} (as a URL gives it, IPv6 in brackets or not) on {@code port} is reached directly. */
    boolean matches(String host, int port) {
        if (everything) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        Optional<byte[]> address = literal(name);
        for (Entry entry : entries) {
            if (entry.matches(name, address, port)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return !everything && entries.isEmpty();
    }

    /** The address of an IP literal, read without DNS; empty for a name. */
    static Optional<byte[]> literal(String host) {
        if (!DOTTED_QUAD.matcher(host).matches() && !IPV6.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            // A literal: InetAddress parses it without a lookup.
            return Optional.of(InetAddress.getByName(host).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean inNetwork(byte[] address, byte[] network, int bits) {
        if (address.length != network.length) {
            return false;
        }
        int length = address.length * 8;
        BigInteger mask = bits == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(length).subtract(BigInteger.ONE).shiftRight(length - bits).shiftLeft(length - bits);
        return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
    }
}
