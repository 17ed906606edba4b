package tech.jobbot.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Looks up the addresses of a host name, so that {@link HttpJobPageFetcher} can check every one
 * of them before it connects. Tests replace it to play a DNS server that answers with private or
 * mixed addresses.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * All addresses of {@code host} (a name, never an IP literal).
     *
     * @throws UnknownHostException when the name has no address
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver ({@link InetAddress#getAllByName}), the one the HTTP client connects with. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
