package tech.jobbot.adapters.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * What kind of network an IP address belongs to, after the IANA special-purpose address
 * registries. Only {@link #PUBLIC} addresses may be fetched without an allowlist entry.
 *
 * <p>IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 {@code 64:ff9b::/96},
 * 6to4 {@code 2002::/16}) take the kind of the IPv4 address inside: otherwise
 * {@code ::ffff:127.0.0.1} would pass as a harmless IPv6 address while the operating system
 * connects to the loopback interface. IPv6 outside global unicast {@code 2000::/3} is never public.
 */
enum AddressKind {
    PUBLIC("a public address"),
    UNSPECIFIED("an unspecified address (0.0.0.0 or ::)"),
    LOOPBACK("a loopback address (this server itself)"),
    PRIVATE("a private network address"),
    SHARED("a carrier-grade NAT address"),
    LINK_LOCAL("a link-local address, such as a cloud metadata service"),
    MULTICAST("a multicast address"),
    BROADCAST("the broadcast address"),
    DOCUMENTATION("an address reserved for documentation"),
    BENCHMARKING("an address reserved for benchmarking"),
    RESERVED("a reserved address");

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", UNSPECIFIED),
            Block.of("10.0.0.0/8", PRIVATE),
            Block.of("100.64.0.0/10", SHARED),
            Block.of("127.0.0.0/8", LOOPBACK),
            Block.of("169.254.0.0/16", LINK_LOCAL),
            Block.of("172.16.0.0/12", PRIVATE),
            Block.of("192.0.0.0/24", RESERVED),
            Block.of("192.0.2.0/24", DOCUMENTATION),
            Block.of("192.88.99.0/24", RESERVED),
            Block.of("192.168.0.0/16", PRIVATE),
            Block.of("198.18.0.0/15", BENCHMARKING),
            Block.of("198.51.100.0/24", DOCUMENTATION),
            Block.of("203.0.113.0/24", DOCUMENTATION),
            Block.of("224.0.0.0/4", MULTICAST),
            Block.of("255.255.255.255/32", BROADCAST),
            Block.of("240.0.0.0/4", RESERVED));

    // First match wins, so the narrow blocks come before the 2000::/3 and ::/0 catch-alls.
    private static final List<Block> IPV6 = List.of(
            Block.of("::/128", UNSPECIFIED),
            Block.of("::1/128", LOOPBACK),
            Block.of("fc00::/7", PRIVATE),
            Block.of("fec0::/10", PRIVATE),
            Block.of("fe80::/10", LINK_LOCAL),
            Block.of("ff00::/8", MULTICAST),
            Block.of("2001:db8::/32", DOCUMENTATION),
            Block.of("3fff::/20", DOCUMENTATION),
            Block.of("2001:2::/48", BENCHMARKING),
            Block.of("2001::/23", RESERVED),
            Block.of("2000::/3", PUBLIC),
            Block.of("::/0", RESERVED));

    private static final byte[] NAT64_PREFIX = {0x00, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private final String phrase;

    AddressKind(String phrase) {
        this.phrase = phrase;
    }

    /** How a refusal names this kind, e.g. "a private network address". */
    String phrase() {
        return phrase;
    }

    boolean isPublic() {
        return this == PUBLIC;
    }

    static AddressKind of(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? ofIpv4(bytes) : ofIpv6(bytes);
    }

    private static AddressKind ofIpv4(byte[] bytes) {
        return IPV4.stream().filter(block -> block.contains(bytes)).map(Block::kind).findFirst().orElse(PUBLIC);
    }

    private static AddressKind ofIpv6(byte[] bytes) {
        if (startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff)) {
            return ofIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        if (startsWith(bytes, NAT64_PREFIX)) {
            return ofIpv4(Arrays.copyOfRange(bytes, 12, 16));
        }
        if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
            return ofIpv4(Arrays.copyOfRange(bytes, 2, 6));
        }
        if (startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) && !isUnspecifiedOrLoopback(bytes)) {
            // IPv4-compatible addresses are deprecated: nothing legitimate lives there.
            AddressKind embedded = ofIpv4(Arrays.copyOfRange(bytes, 12, 16));
            return embedded.isPublic() ? RESERVED : embedded;
        }
        return IPV6.stream().filter(block -> block.contains(bytes)).map(Block::kind).findFirst().orElse(RESERVED);
    }

    private static boolean isUnspecifiedOrLoopback(byte[] bytes) {
        return bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && (bytes[15] == 0 || bytes[15] == 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private record Block(byte[] network, int prefixLength, AddressKind kind) {
        static Block of(String cidr, AddressKind kind) {
            int slash = cidr.indexOf('/');
            String literal = cidr.substring(0, slash);
            try {
                // Brackets make the JDK parse an IPv6 literal and never ask DNS.
                InetAddress address = InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
                if (literal.contains(":") == address instanceof Inet4Address) {
                    throw new IllegalArgumentException("not a plain address block: " + cidr);
                }
                return new Block(address.getAddress(), Integer.parseInt(cidr.substring(slash + 1)), kind);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address block: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int fullBytes = prefixLength / 8;
            if (!Arrays.equals(address, 0, fullBytes, network, 0, fullBytes)) {
                return false;
            }
            int restBits = prefixLength % 8;
            if (restBits == 0) {
                return true;
            }
            int mask = (0xff << (8 - restBits)) & 0xff;
            return (address[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
