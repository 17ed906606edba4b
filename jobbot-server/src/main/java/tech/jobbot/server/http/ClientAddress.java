package tech.jobbot.server.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;

import io.helidon.webserver.http.ServerRequest;

/**
 * The client's IP for per-client limits: the socket's peer, unless that peer is a configured
 * trusted proxy, in which case the address the proxy reports in the configured header. A header
 * from anyone else is ignored, so clients cannot choose their own address.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;
    private final String header;

    public ClientAddress(List<String> trustedProxies, String header) {
        this.trustedProxies = Set.copyOf(trustedProxies);
        this.header = header;
    }

    public String of(ServerRequest req) {
        String peer = peerIp(req.remotePeer().address());
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        return req.headers().first(io.helidon.http.HeaderNames.create(header))
                .map(value -> {
                    // X-Forwarded-For lists client, proxy1, proxy2...; the last hop our proxy added is rightmost.
                    String[] hops = value.split(",");
                    return hops[hops.length - 1].strip();
                })
                .filter(ip -> !ip.isEmpty())
                .orElse(peer);
    }

    private static String peerIp(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }
}
