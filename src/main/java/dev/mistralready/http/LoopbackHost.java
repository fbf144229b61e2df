package dev.mistralready.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URL's host is this machine, decided from the host as written and never by DNS (a name
 * can resolve to anything). Only {@code localhost}, an IPv4 literal in 127.0.0.0/8 in plain dotted
 * decimal, and the IPv6 literal {@code ::1} count; shorthand such as {@code 127.1} or
 * {@code 0x7f000001} does not, because resolvers disagree about it.
 */
public final class LoopbackHost {

    /** The hosts that count, for messages. */
    public static final String DESCRIBED = "127.0.0.0/8, ::1, localhost";

    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]+");

    private LoopbackHost() {
    }

    /** @param host as {@link java.net.URI#getHost()} gives it: IPv6 literals in brackets */
    public static boolean is(String host) {
        String text = host.toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.equals("localhost") || isIpv4Loopback(text) || isIpv6Loopback(text);
    }

    private static boolean isIpv4Loopback(String text) {
        if (!DOTTED_QUAD.matcher(text).matches()) {
            return false;
        }
        String[] octets = text.split("\\.");
        for (String octet : octets) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return octets[0].equals("127");
    }

    /** {@code ::1}, also written out ({@code 0:0:0:0:0:0:0:1}) or with zeros shortened before the 1. */
    private static boolean isIpv6Loopback(String text) {
        if (!IPV6.matcher(text).matches() || text.indexOf("::") != text.lastIndexOf("::")) {
            return false;
        }
        String[] halves = text.split("::", -1);
        String[] head = groups(halves[0]);
        String[] tail = halves.length == 2 ? groups(halves[1]) : new String[0];
        int written = head.length + tail.length;
        boolean shortened = halves.length == 2;
        if (shortened ? written > 7 || tail.length == 0 : written != 8) {
            return false;
        }
        String[] all = new String[written];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        for (int i = 0; i < all.length; i++) {
            if (all[i].isEmpty() || all[i].length() > 4) {
                return false;
            }
            int value = Integer.parseInt(all[i], 16);
            if (value != (i == all.length - 1 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    private static String[] groups(String half) {
        return half.isEmpty() ? new String[0] : half.split(":", -1);
    }
}
