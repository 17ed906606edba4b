package tech.jobbot.server.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * The client's address for per-client limits: the socket's peer, unless that peer is a configured
 * trusted proxy, in which case the address the proxy reports in the configured header. A header
 * from anyone else is ignored, so clients cannot choose their own address. IPv6 clients count per
 * /64 network, since one host can hold a whole /64.
 */
public final class ClientAddress {
    private final Set<InetAddress> trustedProxies;
    private final String header;

    public ClientAddress(List<String> trustedProxies, String header) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddress::literal)
                .collect(Collectors.toUnmodifiableSet());
        this.header = header;
    }

    /** The key a client is counted under for rate limits (an IPv6 client: its /64). */
    public String of(ServerRequest req) {
        return address(req).map(ClientAddress::limitKey).orElse(String.valueOf(req.remotePeer().address()));
    }

    /** The client's IP address as text, when there is one. */
    public Optional<String> ipOf(ServerRequest req) {
        return address(req).map(InetAddress::getHostAddress);
    }

    /**
     * A header's value, believed only when a trusted proxy sent the request (anyone else could
     * write anything in it).
     */
    public Optional<String> fromTrustedProxy(ServerRequest req, String headerName) {
        if (!fromTrustedPeer(peerAddress(req.remotePeer().address()))) {
            return Optional.empty();
        }
        // The last value is the one our proxy set: one it appended after a forged one still wins.
        List<String> values = req.headers().all(HeaderNames.create(headerName), List::of);
        return values.isEmpty() ? Optional.empty()
                : Optional.of(values.get(values.size() - 1).strip()).filter(v -> !v.isEmpty());
    }

    private boolean fromTrustedPeer(Optional<InetAddress> peer) {
        return peer.isPresent() && trustedProxies.contains(peer.get());
    }

    private Optional<InetAddress> address(ServerRequest req) {
        Optional<InetAddress> peer = peerAddress(req.remotePeer().address());
        Optional<InetAddress> client = peer;
        if (fromTrustedPeer(peer)) {
            client = req.headers().first(HeaderNames.create(header))
                    .map(value -> {
                        // X-Forwarded-For lists client, proxy1, ...; the hop our proxy added is rightmost.
                        String[] hops = value.split(",");
                        return hops[hops.length - 1].strip();
                    })
                    .flatMap(ClientAddress::parse)
                    .or(() -> peer);
        }
        return client;
    }

    private static String limitKey(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix + ":/64";
        }
        return address.getHostAddress();
    }

    private static Optional<InetAddress> peerAddress(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return Optional.of(inet.getAddress());
        }
        return Optional.empty();
    }

    /** An IP literal only: a header value must never trigger a DNS lookup. */
    private static Optional<InetAddress> parse(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!literal.matches("[0-9A-Fa-f:.]+") || !(literal.contains(".") || literal.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InetAddress literal(String text) {
        return parse(text.strip()).orElseThrow(() -> new IllegalArgumentException(
                "trusted proxy '" + text + "' must be an IP address"));
    }
}
