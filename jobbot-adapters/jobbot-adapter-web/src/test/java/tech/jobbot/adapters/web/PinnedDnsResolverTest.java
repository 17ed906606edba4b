package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

class PinnedDnsResolverTest {
    private final PinnedDnsResolver dns = new PinnedDnsResolver();

    @Test
    void outside_an_exchange_no_name_resolves() {
        assertThrows(UnknownHostException.class, () -> dns.resolve("jobs.example.com"));
        assertThrows(UnknownHostException.class, () -> dns.resolve("localhost"));
    }

    @Test
    void during_an_exchange_the_pinned_name_resolves_to_exactly_its_addresses_in_order() throws IOException {
        List<InetAddress> checked = List.of(address(93, 184, 215, 14), address(93, 184, 215, 15));

        InetAddress[] answer = dns.pinned("jobs.example.com", checked, () -> dns.resolve("Jobs.Example.COM."));

        assertArrayEquals(checked.toArray(), answer);
    }

    @Test
    void during_an_exchange_any_other_name_is_unknown() {
        assertThrows(UnknownHostException.class,
                () -> dns.pinned("jobs.example.com", List.of(address(93, 184, 215, 14)), () -> dns.resolve("intranet.example.com")));
    }

    @Test
    void the_pin_ends_with_its_exchange_even_when_the_exchange_fails() {
        assertThrows(IOException.class, () -> dns.pinned("jobs.example.com", List.of(address(93, 184, 215, 14)), () -> {
            throw new IOException("connection reset");
        }));

        assertThrows(UnknownHostException.class, () -> dns.resolve("jobs.example.com"));
    }

    @Test
    void the_canonical_name_is_the_name_itself_without_asking_dns() {
        assertEquals("jobs.example.com", dns.resolveCanonicalHostname("jobs.example.com"));
    }

    private static InetAddress address(int... octets) throws UnknownHostException {
        byte[] bytes = new byte[octets.length];
        for (int i = 0; i < octets.length; i++) {
            bytes[i] = (byte) octets[i];
        }
        return InetAddress.getByAddress(bytes);
    }
}
