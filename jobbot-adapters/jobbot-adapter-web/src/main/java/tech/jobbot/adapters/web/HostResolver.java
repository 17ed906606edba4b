package tech.jobbot.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Looks up the addresses of a host name, so that {@link HttpJobPageFetcher} can check every one
 * of them before it connects, and then connect to those addresses only: the fetcher asks once per
 * request and never resolves the name any other way. Tests replace it to play a DNS server that
 * answers with private or mixed addresses, or changes its answer between calls.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * All addresses of {@code host} (a name, never an IP literal).
     *
     * @throws UnknownHostException when the name has no address
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver ({@link InetAddress#getAllByName}), with its address cache. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
