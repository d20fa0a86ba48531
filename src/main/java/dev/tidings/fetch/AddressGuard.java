package dev.tidings.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Decides which resolved addresses may be connected to. Loopback, private, link-local, carrier
 * NAT, reserved and documentation ranges are refused unless the source is allowed the private
 * network; cloud metadata endpoints are refused always, since no publisher lives there. IPv6
 * forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
 */
final class AddressGuard {
    private AddressGuard() {}

    /** Returns why these addresses of {@code host} may not be fetched, or null when all may. */
    static String problem(String host, List<InetAddress> addresses, boolean allowPrivate) {
        if (addresses.isEmpty()) {
            return "host " + host + " has no address";
        }
        for (InetAddress address : addresses) {
            if (isMetadata(address)) {
                return "address " + address.getHostAddress() + " of host " + host + " is a cloud metadata endpoint";
            }
            if (!allowPrivate && !isPublic(address)) {
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
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isPublic(v4(embedded));
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
            boolean documentation =
                    (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8;
            boolean siteLocal = (b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0; // fec0::/10, deprecated
            return !uniqueLocal && !documentation && !siteLocal;
        }
        return isPublicV4(b);
    }

    private static boolean isPublicV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        boolean carrierNat = first == 100 && second >= 64 && second < 128; // 100.64.0.0/10
        boolean reserved = first == 0 || first >= 240; // "this network", class E and broadcast
        boolean protocolAssignments = first == 192 && second == 0 && third == 0; // 192.0.0.0/24
        boolean documentation = first == 192 && second == 0 && third == 2
                || first == 198 && second == 51 && third == 100
                || first == 203 && second == 0 && third == 113;
        boolean benchmarking = first == 198 && (second == 18 || second == 19); // 198.18.0.0/15
        return !carrierNat && !reserved && !protocolAssignments && !documentation && !benchmarking;
    }

    /** 169.254.169.254 (AWS, GCP, Azure, ...), fd00:ec2::254 (AWS IPv6) and 100.100.100.200 (Alibaba). */
    static boolean isMetadata(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            if (embedded != null) {
                return isMetadata(v4(embedded));
            }
            return (b[0] & 0xff) == 0xfd
                    && b[1] == 0
                    && (b[2] & 0xff) == 0x0e
                    && (b[3] & 0xff) == 0xc2
                    && allZero(b, 4, 14)
                    && b[14] == 0x02
                    && b[15] == 0x54;
        }
        int x = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        return x == 0xA9FEA9FE || x == 0x646464C8;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16);
        boolean nat64 =
                b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0x20 && b[1] == 0x02) { // 2002::/16, 6to4
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] b) {
        try {
            return Inet4Address.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
