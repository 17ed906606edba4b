package tech.jobbot.adapters.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only source of addresses: it answers with the addresses the fetcher checked
 * for the exchange running on the current thread, and never asks DNS. A second lookup at connect
 * time is what DNS rebinding exploits (public address for the check, private one for the
 * connection), so there is none.
 *
 * <p>A name other than the checked one (or a lookup outside {@link #pinned}) is answered with
 * {@link UnknownHostException}: the connection fails rather than go somewhere unchecked.
 */
final class PinnedDnsResolver implements DnsResolver {

    /** An exchange with the HTTP client that may connect to the pinned addresses. */
    @FunctionalInterface
    interface Exchange<T> {
        T run() throws IOException;
    }

    private record Pin(String host, List<InetAddress> addresses) {}

    // The classic client connects on the thread that executes the request, so the thread is the scope.
    private final ThreadLocal<Pin> pins = new ThreadLocal<>();

    /**
     * Runs {@code exchange} on this thread with {@code host} (as {@link FetchSettings#normaliseHost}
     * leaves it) resolving to exactly {@code addresses}, in their order.
     */
    <T> T pinned(String host, List<InetAddress> addresses, Exchange<T> exchange) throws IOException {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no addresses to pin " + host + " to");
        }
        pins.set(new Pin(Objects.requireNonNull(host, "host"), List.copyOf(addresses)));
        try {
            return exchange.run();
        } finally {
            pins.remove();
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        Pin pin = pins.get();
        if (pin == null || !pin.host().equals(FetchSettings.normaliseHost(host))) {
            throw new UnknownHostException(host + " was not checked before connecting");
        }
        return pin.addresses().toArray(InetAddress[]::new);
    }

    /** The name as given: asking DNS for a canonical name would be a lookup nobody checked. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
