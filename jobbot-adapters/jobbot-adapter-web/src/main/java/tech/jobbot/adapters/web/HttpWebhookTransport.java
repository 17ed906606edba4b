package tech.jobbot.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import tech.jobbot.ports.out.partner.WebhookTransport;

/**
 * Webhooks to partners over HTTP, safely: the endpoint's name is resolved once and every address
 * must be public (no private networks, no link-local metadata services, no loopback unless allowed
 * for development), and the connection is pinned to those addresses, so DNS rebinding cannot turn
 * the check around. No redirects are followed, the answer's body is not read, and one post never
 * takes longer than its timeout in all.
 */
public final class HttpWebhookTransport implements WebhookTransport, AutoCloseable {
    private final boolean allowLoopback;
    private final PinnedDnsResolver pinnedDns = new PinnedDnsResolver();
    private final CloseableHttpClient client;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    /** @param allowLoopback let endpoints on this machine be called (development only) */
    public HttpWebhookTransport(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
        Timeout limit = Timeout.ofSeconds(10);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinnedDns)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit)
                                .setSocketTimeout(limit).build())
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public int post(URI url, Map<String, String> headers, byte[] json, Duration timeout) {
        String host = FetchSettings.normaliseHost(url.getHost() == null ? "" : url.getHost());
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(new IOException("the endpoint's name does not resolve"));
        }
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            if (kind != AddressKind.PUBLIC && !(allowLoopback && kind == AddressKind.LOOPBACK)) {
                throw new UncheckedIOException(new IOException("the endpoint's address is not allowed"));
            }
        }
        HttpPost post = new HttpPost(url);
        post.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(timeout)).build());
        headers.forEach(post::setHeader);
        post.setHeader("User-Agent", "Jobbot-Webhooks/1");
        post.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        Future<Integer> call = calls.submit(() -> pinnedDns.pinned(host, addresses,
                () -> client.execute(post, response -> response.getCode())));
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            post.abort();
            call.cancel(true);
            throw new UncheckedIOException(new IOException("no answer within " + timeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException("no answer: " + e.getCause().getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }

    @Override
    public void close() throws IOException {
        calls.shutdownNow();
        client.close();
    }
}
