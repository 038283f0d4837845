package org.newsgraph.serve;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which outside resources a served query or update may reach: {@code SERVICE} in a query and {@code LOAD} in an
 * update. {@code file:} and every scheme but http(s) are always refused; http(s) only when the operator allowed it,
 * and never to a host that resolves to a loopback, private, link-local or otherwise non-public address (so a reader
 * cannot make the server send requests into its own network).
 *
 * @param service whether {@code SERVICE <http...>} may run (a flag of {@code serve})
 * @param load    whether {@code LOAD <http...>} may run for a logged-in writer (a flag of {@code serve})
 */
public record RemoteAccess(boolean service, boolean load) {

    /** Nothing outside the store: the default. */
    public static final RemoteAccess NONE = new RemoteAccess(false, false);

    /** Refused access to a resource outside the store. */
    public static final class DeniedException extends RuntimeException {
        DeniedException(String message) {
            super(message);
        }
    }

    /** @throws DeniedException unless a {@code SERVICE} call to {@code iri} is allowed */
    public void checkService(String iri) {
        check(iri, "SERVICE", service, "--allow-service");
    }

    /** @throws DeniedException unless {@code LOAD} from {@code iri} is allowed */
    public void checkLoad(String iri) {
        check(iri, "LOAD", load, "--allow-load");
    }

    private static void check(String iri, String what, boolean allowed, String flag) {
        URI uri;
        try {
            uri = URI.create(iri);
        } catch (IllegalArgumentException e) {
            throw new DeniedException(what + " refused: not a valid IRI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DeniedException(what + " refused: only http(s) IRIs may be used, never " + (scheme.isEmpty() ? "relative" : scheme + ":") + " IRIs");
        }
        if (!allowed) throw new DeniedException(what + " is disabled on this server (the operator enables it with " + flag + ")");
        String host = uri.getHost();
        if (host == null || host.isEmpty()) throw new DeniedException(what + " refused: the IRI has no host");
        if (uri.getUserInfo() != null) throw new DeniedException(what + " refused: credentials in the IRI");
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(IDN.toASCII(host.startsWith("[") ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new DeniedException(what + " refused: unknown host");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) throw new DeniedException(what + " refused: the host is a loopback or private address");
        }
    }

    /** Whether an address is on the public internet (not this machine, its networks or a reserved range). */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return isPublic4(b);
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) return false; // unique local fc00::/7
            boolean mapped = true; // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address
            for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
            if (mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return isPublic4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) return isPublic4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
            if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) return false; // documentation
            return true;
        }
        return false;
    }

    private static boolean isPublic4(byte[] b) {
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff;
        if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) return false; // this network, private, loopback, multicast, reserved
        if (a0 == 100 && a1 >= 64 && a1 <= 127) return false; // shared address space (carrier NAT)
        if (a0 == 169 && a1 == 254) return false; // link-local
        if (a0 == 172 && a1 >= 16 && a1 <= 31) return false;
        if (a0 == 192 && a1 == 168) return false;
        if (a0 == 192 && a1 == 0 && (b[2] & 0xff) <= 2) return false; // IETF protocol assignments, documentation
        if (a0 == 198 && (a1 == 18 || a1 == 19)) return false; // benchmarking
        return true;
    }
}
