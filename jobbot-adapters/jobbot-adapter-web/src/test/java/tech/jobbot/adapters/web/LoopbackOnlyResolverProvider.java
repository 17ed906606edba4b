package tech.jobbot.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * The JVM's resolver while this module's tests run (registered in {@code META-INF/services}):
 * {@code localhost} is the loopback address, every other name is unknown, and no query ever
 * leaves the machine. So a test that names an invented host cannot send a DNS packet even if the
 * fetcher wrongly asked the system, and {@link #namesAsked()} shows whether it did.
 */
public final class LoopbackOnlyResolverProvider extends InetAddressResolverProvider {
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();

    /** Every name the JVM was asked to resolve in this test run, in order. */
    static List<String> namesAsked() {
        return List.copyOf(ASKED);
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                ASKED.add(host);
                if (!host.equalsIgnoreCase("localhost")) {
                    throw new UnknownHostException(host + ": these tests resolve nothing but localhost");
                }
                boolean ipv4 = (policy.characteristics() & LookupPolicy.IPV4) != 0
                        || (policy.characteristics() & LookupPolicy.IPV6) == 0;
                return Stream.of(InetAddress.getByAddress("localhost", ipv4
                        ? new byte[] {127, 0, 0, 1}
                        : new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                throw new UnknownHostException("these tests make no reverse lookups");
            }
        };
    }

    @Override
    public String name() {
        return "loopback only (jobbot-adapter-web tests)";
    }
}
