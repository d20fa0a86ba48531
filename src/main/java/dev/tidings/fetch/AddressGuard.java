package dev.tidings.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to loopback, private, link-local (cloud metadata) or otherwise
 * non-public addresses, so a feed cannot make Tidings probe the network it runs in.
 */
final class AddressGuard {

    /** Returns why the host may not be fetched, or null when it may. */
    String check(String host) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (!isPublic(address)) {
                return "address " + address.getHostAddress() + " of host " + host + " is not public";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress()
                || a.isSiteLocalAddress()
                || a.isLinkLocalAddress()
                || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second < 128;
        boolean reserved = first == 0 || first >= 240;
        return !carrierNat && !reserved;
    }
}
