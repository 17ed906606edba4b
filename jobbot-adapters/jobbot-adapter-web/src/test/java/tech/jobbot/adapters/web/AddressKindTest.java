package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressKindTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // IPv4: public
            "93.184.215.14, PUBLIC",
            "8.8.8.8, PUBLIC",
            "1.1.1.1, PUBLIC",
            "100.63.255.255, PUBLIC",
            "100.128.0.0, PUBLIC",
            "172.15.255.255, PUBLIC",
            "172.32.0.0, PUBLIC",
            "192.167.255.255, PUBLIC",
            "198.17.255.255, PUBLIC",
            "198.20.0.0, PUBLIC",
            "223.255.255.255, PUBLIC",
            // IPv4: not public
            "0.0.0.0, UNSPECIFIED",
            "0.1.2.3, UNSPECIFIED",
            "127.0.0.1, LOOPBACK",
            "127.255.255.254, LOOPBACK",
            "10.0.0.1, PRIVATE",
            "10.255.255.255, PRIVATE",
            "172.16.0.1, PRIVATE",
            "172.31.255.255, PRIVATE",
            "192.168.1.1, PRIVATE",
            "100.64.0.1, SHARED",
            "100.127.255.255, SHARED",
            "169.254.169.254, LINK_LOCAL",
            "169.254.0.1, LINK_LOCAL",
            "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST",
            "255.255.255.255, BROADCAST",
            "240.0.0.1, RESERVED",
            "192.0.0.170, RESERVED",
            "192.88.99.1, RESERVED",
            "192.0.2.10, DOCUMENTATION",
            "198.51.100.7, DOCUMENTATION",
            "203.0.113.200, DOCUMENTATION",
            "198.18.0.1, BENCHMARKING",
            "198.19.255.255, BENCHMARKING",
            // IPv6: public
            "2606:4700:4700::1111, PUBLIC",
            "2a00:1450:4001:82a::200e, PUBLIC",
            "2001:4860:4860::8888, PUBLIC",
            // IPv6: not public
            "::, UNSPECIFIED",
            "::1, LOOPBACK",
            "fc00::1, PRIVATE",
            "fd12:3456:789a::1, PRIVATE",
            "fec0::1, PRIVATE",
            "fe80::1, LINK_LOCAL",
            "febf:ffff::1, LINK_LOCAL",
            "ff02::1, MULTICAST",
            "2001:db8::1, DOCUMENTATION",
            "3fff::1, DOCUMENTATION",
            "2001:2::1, BENCHMARKING",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2, RESERVED",
            "100::1, RESERVED",
            "64:ff9b:1::1, RESERVED",
            "4000::1, RESERVED",
            // IPv6 forms that carry an IPv4 address take its kind
            "::ffff:127.0.0.1, LOOPBACK",
            "::ffff:a9fe:a9fe, LINK_LOCAL",
            "::ffff:10.0.0.1, PRIVATE",
            "::ffff:8.8.8.8, PUBLIC",
            "::127.0.0.1, LOOPBACK",
            "::a00:1, PRIVATE",
            "::8.8.8.8, RESERVED",
            "64:ff9b::127.0.0.1, LOOPBACK",
            "64:ff9b::a9fe:a9fe, LINK_LOCAL",
            "64:ff9b::808:808, PUBLIC",
            "2002:7f00:1::, LOOPBACK",
            "2002:a00:1::1, PRIVATE",
            "2002:c0a8:101::1, PRIVATE",
            "2002:808:808::1, PUBLIC",
    })
    void classifies_addresses(String literal, AddressKind expected) throws UnknownHostException {
        assertEquals(expected, AddressKind.of(parse(literal)));
    }

    @Test
    void an_ipv4_mapped_address_kept_as_ipv6_is_classified_by_its_ipv4_part() throws UnknownHostException {
        // The JDK turns "::ffff:127.0.0.1" into an Inet4Address when parsing, but an Inet6Address
        // can still carry the mapped form; the classifier must not depend on which one it gets.
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
        assertInstanceOf(Inet6Address.class, address);

        assertEquals(AddressKind.LOOPBACK, AddressKind.of(address));
    }

    @Test
    void a_scoped_link_local_address_is_link_local() throws UnknownHostException {
        byte[] linkLocal = InetAddress.getByName("[fe80::1]").getAddress();

        assertEquals(AddressKind.LINK_LOCAL, AddressKind.of(Inet6Address.getByAddress(null, linkLocal, 2)));
    }

    @Test
    void only_public_addresses_count_as_public() {
        for (AddressKind kind : AddressKind.values()) {
            assertEquals(kind == AddressKind.PUBLIC, kind.isPublic(), kind.name());
        }
    }

    @Test
    void every_kind_reads_as_a_noun_phrase_for_a_refusal() {
        for (AddressKind kind : AddressKind.values()) {
            assertTrue(kind.phrase().matches("(a|an|the) [a-z].*"), kind.phrase());
            assertFalse(kind.phrase().endsWith("."), kind.phrase());
        }
    }

    private static InetAddress parse(String literal) throws UnknownHostException {
        // Brackets make the JDK parse the literal instead of asking DNS.
        return InetAddress.getByName(literal.contains(":") ? "[" + literal + "]" : literal);
    }
}
