package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.ports.out.job.PageFetch;
import tech.jobbot.ports.out.job.PageFetch.Fetched;
import tech.jobbot.ports.out.job.PageFetch.Refused;
import tech.jobbot.ports.out.job.PageFetch.Unreadable;

class HttpJobPageFetcherTest {
    private static final FetchSettings LOCAL = FetchSettings.defaults().withAllowedHosts("127.0.0.1", "localhost");
    private static final FetchSettings PUBLIC_ONLY = FetchSettings.defaults();
    /** Invented names under the reserved .test domain: only a test resolver knows them. */
    private static final FetchSettings INVENTED_HOSTS =
            FetchSettings.defaults().withAllowedHosts("pinned.jobbot.test", "other.jobbot.test", "rebind.jobbot.test");
    /** For links whose host is an IP literal: checking them must not need DNS. */
    private static final HostResolver NO_LOOKUPS = host -> {
        throw new AssertionError("no lookup expected, but asked for " + host);
    };
    private static final String POSTING_PAGE = """
            <!doctype html><html><head><title>Jobs</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Site Reliability Engineer",
             "hiringOrganization": {"name": "Orbit Freight"}, "description": "<p>Keep 40 services up.</p>",
             "skills": "Linux, Prometheus"}
            </script></head><body><h1>Site Reliability Engineer</h1></body></html>""";

    private HttpServer server;
    private ExecutorService handlers;
    private String local;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    /** How often a test resolver was asked for each name. */
    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();
    private final List<HttpJobPageFetcher> fetchers = new ArrayList<>();

    @BeforeAll
    static void no_test_here_can_send_a_dns_query() throws UnknownHostException {
        InetAddress.getAllByName("localhost");
        assertTrue(LoopbackOnlyResolverProvider.namesAsked().contains("localhost"),
                "the JVM must resolve through LoopbackOnlyResolverProvider, or invented names could reach real DNS");
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Slow handlers sleep; each gets its own thread so that they cannot hold up the others.
        handlers = Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
        local = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        fetchers.forEach(HttpJobPageFetcher::close);
        server.stop(0);
        handlers.shutdownNow();
    }

    // --- pages that are fetched -------------------------------------------------------------

    @Test
    void an_html_page_on_an_allowed_host_is_fetched_and_its_posting_read() {
        serve("/job", 200, "text/html; charset=utf-8", POSTING_PAGE);

        Fetched fetched = assertInstanceOf(Fetched.class, fetcher(LOCAL).fetch(URI.create(local + "/job")));

        assertEquals(Optional.of("Site Reliability Engineer"), fetched.posting().title());
        assertEquals(Optional.of("Orbit Freight"), fetched.posting().company());
        assertEquals("Keep 40 services up.", fetched.posting().description());
        assertEquals(List.of("Linux", "Prometheus"), fetched.posting().skills());
        assertEquals(URI.create(local + "/job"), fetched.finalUrl());
        assertEquals(List.of(FetchSettings.DEFAULT_USER_AGENT), userAgents);
    }

    @Test
    void a_redirect_chain_of_two_to_an_allowed_host_is_followed_to_the_page() {
        int port = server.getAddress().getPort();
        redirect("/start", 302, "http://localhost:" + port + "/middle");
        redirect("/middle", 301, "/job");
        serve("/job", 200, "text/html", POSTING_PAGE);

        Fetched fetched = assertInstanceOf(Fetched.class, fetcher(LOCAL).fetch(URI.create(local + "/start")));

        assertEquals(URI.create("http://localhost:" + port + "/job"), fetched.finalUrl());
        assertEquals(Optional.of("Site Reliability Engineer"), fetched.posting().title());
        assertEquals(List.of("/start", "/middle", "/job"), requested);
    }

    @Test
    void three_redirects_are_followed() {
        redirect("/hop3", 307, "/hop2");
        redirect("/hop2", 308, "/hop1");
        redirect("/hop1", 303, "/job");
        serve("/job", 200, "text/html", POSTING_PAGE);

        assertInstanceOf(Fetched.class, fetcher(LOCAL).fetch(URI.create(local + "/hop3")));
    }

    @Test
    void a_fourth_redirect_is_refused_and_not_followed() {
        redirect("/hop4", 302, "/hop3");
        redirect("/hop3", 302, "/hop2");
        redirect("/hop2", 302, "/hop1");
        redirect("/hop1", 302, "/job");
        serve("/job", 200, "text/html", POSTING_PAGE);

        PageFetch outcome = fetcher(LOCAL).fetch(URI.create(local + "/hop4"));

        assertEquals(new Refused("the link redirects more than 3 times"), outcome);
        assertEquals(List.of("/hop4", "/hop3", "/hop2", "/hop1"), requested);
    }

    @Test
    void the_charset_named_in_the_content_type_decodes_the_page() {
        serve("/job", 200, "text/html; charset=ISO-8859-1",
                "<html><body><main><h1>Caf\u00e9 Manager</h1></main></body></html>".getBytes(StandardCharsets.ISO_8859_1));

        Fetched fetched = assertInstanceOf(Fetched.class, fetcher(LOCAL).fetch(URI.create(local + "/job")));

        assertEquals(Optional.of("Caf\u00e9 Manager"), fetched.posting().title());
    }

    @Test
    void without_a_charset_in_the_content_type_the_page_is_read_as_utf_8() {
        serve("/job", 200, "application/xhtml+xml", "<html><body><h1>Sj\u00f6sk\u00f6terska</h1></body></html>");

        Fetched fetched = assertInstanceOf(Fetched.class, fetcher(LOCAL).fetch(URI.create(local + "/job")));

        assertEquals(Optional.of("Sj\u00f6sk\u00f6terska"), fetched.posting().title());
    }

    // --- links that are refused -------------------------------------------------------------

    @Test
    void the_loopback_address_is_refused_without_an_allowlist_and_never_contacted() {
        serve("/job", 200, "text/html", POSTING_PAGE);

        PageFetch outcome = fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create(local + "/job"));

        assertEquals(new Refused("the link points to a loopback address (this server itself)"), outcome);
        assertEquals(List.of(), requested);
    }

    @Test
    void a_private_network_address_is_refused() {
        assertEquals(new Refused("the link points to a private network address"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://10.0.0.1/")));
    }

    @Test
    void the_cloud_metadata_address_is_refused() {
        assertEquals(new Refused("the link points to a link-local address, such as a cloud metadata service"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://169.254.169.254/latest/meta-data/")));
    }

    @Test
    void the_ipv6_loopback_address_is_refused() {
        assertEquals(new Refused("the link points to a loopback address (this server itself)"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://[::1]/")));
    }

    @Test
    void an_ipv4_mapped_ipv6_loopback_address_is_refused() {
        assertEquals(new Refused("the link points to a loopback address (this server itself)"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://[::ffff:127.0.0.1]/")));
    }

    @Test
    void an_ipv4_mapped_metadata_address_in_hex_is_refused() {
        assertEquals(new Refused("the link points to a link-local address, such as a cloud metadata service"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://[::ffff:a9fe:a9fe]/")));
    }

    @Test
    void a_decimal_ip_address_is_refused_because_the_jdk_reads_it_as_loopback() throws UnknownHostException {
        assertTrue(InetAddress.getByName("2130706433").isLoopbackAddress(), "what the JDK makes of 2130706433");

        assertEquals(new Refused("the link points to an IP address written in an unusual form; write it as four decimal numbers"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://2130706433/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://0177.0.0.1/", "http://0x7f000001/", "http://127.000.000.001/", "http://1.2.3/",
            "http://127.1/", "http://0x7f.1/", "http://localhost.2130706433/"})
    void other_unusual_numeric_hosts_are_refused(String link) {
        assertInstanceOf(Refused.class, fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create(link)));
    }

    @Test
    void a_host_name_resolving_to_a_private_address_is_refused() throws UnknownHostException {
        HostResolver dns = dns(Map.of("jobs.example.com", List.of(InetAddress.getByName("10.1.2.3"))));

        assertEquals(new Refused("the link points to a private network address"),
                fetcher(PUBLIC_ONLY, dns).fetch(URI.create("https://jobs.example.com/posting/42")));
    }

    @Test
    void a_host_name_resolving_to_one_public_and_one_private_address_is_refused() throws UnknownHostException {
        HostResolver dns = dns(Map.of("careers.example.com",
                List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("192.168.0.10"))));

        assertEquals(new Refused("the link points to a private network address"),
                fetcher(PUBLIC_ONLY, dns).fetch(URI.create("https://careers.example.com/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://metadata.google.internal/computeMetadata/v1/", "http://localhost/",
            "http://printer.local/", "http://intranet/", "http://router.home.arpa/", "http://LOCALHOST./"})
    void host_names_that_only_exist_inside_a_network_are_refused_before_any_lookup(String link) {
        assertEquals(new Refused("the link points to a host name that only works inside a private network"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create(link)));
    }

    @Test
    void an_allowed_host_redirecting_to_a_private_address_is_refused_at_the_redirect() {
        redirect("/job", 302, "http://10.0.0.1/admin");

        PageFetch outcome = fetcher(FetchSettings.defaults().withAllowedHosts("127.0.0.1"), NO_LOOKUPS)
                .fetch(URI.create(local + "/job"));

        assertEquals(new Refused("the link redirects to a private network address"), outcome);
    }

    @Test
    void an_allowed_host_redirecting_to_a_host_that_is_not_allowed_is_refused() {
        redirect("/job", 301, "http://localhost:" + server.getAddress().getPort() + "/job2");

        PageFetch outcome = fetcher(FetchSettings.defaults().withAllowedHosts("127.0.0.1"), NO_LOOKUPS)
                .fetch(URI.create(local + "/job"));

        assertEquals(new Refused("the link redirects to a host name that only works inside a private network"), outcome);
        assertEquals(List.of("/job"), requested);
    }

    @Test
    void a_redirect_to_a_file_link_is_refused() {
        redirect("/job", 302, "file:///etc/passwd");

        assertEquals(new Refused("the link redirects to a link that is not http or https"),
                fetcher(LOCAL).fetch(URI.create(local + "/job")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/job.html", "file:///etc/passwd", "gopher://example.com/",
            "jar:file:/app.jar!/x", "mailto:jobs@example.com", "/relative/path"})
    void links_other_than_http_and_https_are_refused(String link) {
        assertEquals(new Refused("only http and https links are fetched"),
                fetcher(LOCAL, NO_LOOKUPS).fetch(URI.create(link)));
    }

    @Test
    void a_link_with_a_user_name_and_password_is_refused() {
        assertEquals(new Refused("links with a user name or password are not fetched"),
                fetcher(LOCAL).fetch(URI.create("http://admin:secret@127.0.0.1:" + server.getAddress().getPort() + "/")));
    }

    @Test
    void an_ipv6_link_with_a_zone_is_refused() {
        assertEquals(new Refused("the link does not name a valid host"),
                fetcher(PUBLIC_ONLY, NO_LOOKUPS).fetch(URI.create("http://[fe80::1%25eth0]/")));
    }

    // --- pages that cannot be read ----------------------------------------------------------

    @Test
    void a_page_that_is_not_html_is_unreadable() {
        serve("/job.pdf", 200, "application/pdf", "%PDF-1.7");

        assertEquals(new Unreadable("the link leads to application/pdf content, not an HTML page"),
                fetcher(LOCAL).fetch(URI.create(local + "/job.pdf")));
    }

    @Test
    void a_page_without_a_content_type_is_unreadable() {
        serve("/job", 200, null, POSTING_PAGE);

        assertEquals(new Unreadable("the link does not lead to an HTML page"),
                fetcher(LOCAL).fetch(URI.create(local + "/job")));
    }

    @Test
    void a_three_megabyte_page_announced_by_its_length_is_unreadable() {
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        serve("/huge", 200, "text/html", huge);

        assertEquals(new Unreadable("the page is larger than 2 MB"), fetcher(LOCAL).fetch(URI.create(local + "/huge")));
    }

    @Test
    void a_three_megabyte_page_streamed_without_a_length_is_unreadable() {
        server.createContext("/stream", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 48; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher stops reading past the limit
            }
        });

        assertEquals(new Unreadable("the page is larger than 2 MB"), fetcher(LOCAL).fetch(URI.create(local + "/stream")));
    }

    @Test
    void a_page_just_within_the_size_limit_is_read() {
        String page = "<html><body><h1>Within limits</h1></body></html>";
        serve("/job", 200, "text/html", page);

        PageFetch outcome = fetcher(LOCAL.withMaxBytes(page.length())).fetch(URI.create(local + "/job"));

        assertInstanceOf(Fetched.class, outcome);
        assertEquals(new Unreadable("the page is larger than 47 bytes"),
                fetcher(LOCAL.withMaxBytes(page.length() - 1)).fetch(URI.create(local + "/job")));
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_unreadable_when_the_time_is_up() {
        server.createContext("/slow", exchange -> {
            sleep(Duration.ofSeconds(7));
            send(exchange, 200, "text/html", POSTING_PAGE.getBytes(StandardCharsets.UTF_8));
        });
        HttpJobPageFetcher fetcher = fetcher(LOCAL.withTimeout(Duration.ofSeconds(1)));

        long start = System.nanoTime();
        PageFetch outcome = fetcher.fetch(URI.create(local + "/slow"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(new Unreadable("the page did not answer within 1 second"), outcome);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void a_server_that_trickles_its_body_is_stopped_by_the_same_deadline() {
        server.createContext("/drip", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 70; i++) {
                    out.write("<p>still going</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(Duration.ofMillis(100));
                }
            } catch (IOException clientHungUp) {
                // expected: the fetcher gives up at its deadline
            }
        });
        HttpJobPageFetcher fetcher = fetcher(LOCAL.withTimeout(Duration.ofSeconds(1)));

        long start = System.nanoTime();
        PageFetch outcome = fetcher.fetch(URI.create(local + "/drip"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(new Unreadable("the page did not answer within 1 second"), outcome);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void a_missing_page_is_unreadable_with_its_status() {
        serve("/gone", 404, "text/html", "<h1>Not found</h1>");

        assertEquals(new Unreadable("the page answered with HTTP status 404"),
                fetcher(LOCAL).fetch(URI.create(local + "/gone")));
    }

    @Test
    void a_redirect_without_a_location_is_unreadable() {
        serve("/job", 302, "text/html", "");

        assertEquals(new Unreadable("the page redirects without saying where to"),
                fetcher(LOCAL).fetch(URI.create(local + "/job")));
    }

    @Test
    void a_host_name_without_addresses_is_unreadable() {
        assertEquals(new Unreadable("the site's host name could not be found"),
                fetcher(PUBLIC_ONLY, dns(Map.of())).fetch(URI.create("https://no-such-host.example.com/")));
    }

    @Test
    void a_server_that_refuses_connections_is_unreadable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        assertEquals(new Unreadable("the site could not be reached"),
                fetcher(LOCAL).fetch(URI.create("http://127.0.0.1:" + closedPort + "/")));
    }

    @Test
    void an_allowlisted_ipv6_literal_skips_the_address_check() {
        PageFetch outcome = fetcher(FetchSettings.defaults().withAllowedHosts("[::1]").withTimeout(Duration.ofSeconds(1)),
                NO_LOOKUPS).fetch(URI.create("http://[0:0:0:0:0:0:0:1]:1/"));

        assertInstanceOf(Unreadable.class, outcome);
    }

    // --- the connection goes where the check looked -----------------------------------------

    @Test
    void a_host_name_only_the_resolver_knows_is_fetched_from_the_address_the_resolver_gave() {
        serve("/job", 200, "text/html", POSTING_PAGE);
        int port = server.getAddress().getPort();

        PageFetch outcome = fetcher(INVENTED_HOSTS, counting(Map.of("pinned.jobbot.test", List.of(loopback(1)))))
                .fetch(URI.create("http://pinned.jobbot.test:" + port + "/job"));

        Fetched fetched = assertInstanceOf(Fetched.class, outcome);
        assertEquals(Optional.of("Site Reliability Engineer"), fetched.posting().title());
        assertEquals(List.of("pinned.jobbot.test:" + port), hostHeaders);
        assertFalse(LoopbackOnlyResolverProvider.namesAsked().contains("pinned.jobbot.test"),
                "the JVM's resolver was asked: " + LoopbackOnlyResolverProvider.namesAsked());
    }

    @Test
    void each_hop_looks_its_host_up_exactly_once() {
        int port = server.getAddress().getPort();
        redirect("/start", 302, "http://other.jobbot.test:" + port + "/middle");
        redirect("/middle", 301, "/job");
        serve("/job", 200, "text/html", POSTING_PAGE);
        HostResolver dns = counting(Map.of(
                "pinned.jobbot.test", List.of(loopback(1)),
                "other.jobbot.test", List.of(loopback(1))));

        PageFetch outcome = fetcher(INVENTED_HOSTS, dns).fetch(URI.create("http://pinned.jobbot.test:" + port + "/start"));

        assertEquals(URI.create("http://other.jobbot.test:" + port + "/job"), assertInstanceOf(Fetched.class, outcome).finalUrl());
        assertEquals(Map.of("pinned.jobbot.test", 1, "other.jobbot.test", 2), lookups);
        assertEquals(List.of("/start", "/middle", "/job"), requested);
    }

    @Test
    void a_resolver_that_changes_its_answer_is_asked_once_and_the_connection_uses_its_first_answer() {
        serve("/job", 200, "text/html", POSTING_PAGE);
        // The server listens on 127.0.0.1 only: had the connection looked the name up again, it would
        // have been sent to 127.0.0.2 (loopback too, so harmless) and been refused there.
        HostResolver rebinding = host -> List.of(lookups.merge(host, 1, Integer::sum) == 1 ? loopback(1) : loopback(2));

        PageFetch outcome = fetcher(INVENTED_HOSTS, rebinding)
                .fetch(URI.create("http://rebind.jobbot.test:" + server.getAddress().getPort() + "/job"));

        assertInstanceOf(Fetched.class, outcome);
        assertEquals(Map.of("rebind.jobbot.test", 1), lookups);
        assertEquals(List.of("/job"), requested);
    }

    @Test
    void https_to_a_pinned_address_still_names_the_host_in_the_tls_handshake() throws Exception {
        try (ServerSocket tls = new ServerSocket(0, 1, loopback(1))) {
            Future<byte[]> clientHello = handlers.submit(() -> firstTlsRecord(tls));

            PageFetch outcome = fetcher(INVENTED_HOSTS, counting(Map.of("pinned.jobbot.test", List.of(loopback(1)))))
                    .fetch(URI.create("https://pinned.jobbot.test:" + tls.getLocalPort() + "/job"));

            assertEquals(new Unreadable("the site's secure connection could not be established"), outcome);
            String hello = new String(clientHello.get(5, TimeUnit.SECONDS), StandardCharsets.ISO_8859_1);
            assertTrue(hello.contains("pinned.jobbot.test"), "the ClientHello carries no server name");
        }
    }

    @Test
    void an_allowlisted_ipv6_literal_is_fetched_from_that_address() throws IOException {
        HttpServer ipv6;
        try {
            ipv6 = HttpServer.create(new InetSocketAddress(InetAddress.getByName("::1"), 0), 0);
        } catch (IOException noIpv6Loopback) {
            Assumptions.abort("this machine has no IPv6 loopback");
            return;
        }
        ipv6.createContext("/job", exchange -> send(exchange, 200, "text/html", POSTING_PAGE.getBytes(StandardCharsets.UTF_8)));
        ipv6.start();
        try {
            PageFetch outcome = fetcher(FetchSettings.defaults().withAllowedHosts("::1"), NO_LOOKUPS)
                    .fetch(URI.create("http://[0:0:0:0:0:0:0:1]:" + ipv6.getAddress().getPort() + "/job"));

            assertInstanceOf(Fetched.class, outcome);
        } finally {
            ipv6.stop(0);
        }
    }

    @Test
    void a_resolver_that_does_not_answer_ends_the_fetch_at_the_deadline() {
        HostResolver hanging = host -> {
            sleep(Duration.ofSeconds(30));
            throw new UnknownHostException(host);
        };

        long start = System.nanoTime();
        PageFetch outcome = fetcher(PUBLIC_ONLY.withTimeout(Duration.ofSeconds(1)), hanging)
                .fetch(URI.create("https://slow-dns.example.com/job"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(new Unreadable("the page did not answer within 1 second"), outcome);
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    @Test
    void a_link_with_a_port_out_of_range_is_refused() {
        assertEquals(new Refused("the link cannot be fetched"),
                fetcher(LOCAL, NO_LOOKUPS).fetch(URI.create("http://127.0.0.1:70000/job")));
    }

    // --- helpers ----------------------------------------------------------------------------

    private HttpJobPageFetcher fetcher(FetchSettings settings) {
        return fetcher(settings, HostResolver.system());
    }

    private HttpJobPageFetcher fetcher(FetchSettings settings, HostResolver resolver) {
        HttpJobPageFetcher fetcher = new HttpJobPageFetcher(settings, resolver);
        fetchers.add(fetcher);
        return fetcher;
    }

    private static HostResolver dns(Map<String, List<InetAddress>> records) {
        return host -> {
            List<InetAddress> addresses = records.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            return addresses;
        };
    }

    /** {@link #dns} that counts in {@link #lookups} how often it is asked for each name. */
    private HostResolver counting(Map<String, List<InetAddress>> records) {
        HostResolver dns = dns(records);
        return host -> {
            lookups.merge(host, 1, Integer::sum);
            return dns.resolve(host);
        };
    }

    /** 127.0.0.{@code last}, made without any lookup. */
    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Accepts one connection, reads the first TLS record (the ClientHello), and hangs up. */
    private static byte[] firstTlsRecord(ServerSocket server) throws IOException {
        server.setSoTimeout(5_000);
        try (Socket client = server.accept(); InputStream in = client.getInputStream()) {
            client.setSoTimeout(5_000);
            byte[] header = in.readNBytes(5);
            int length = ((header[3] & 0xff) << 8) | (header[4] & 0xff);
            return in.readNBytes(length);
        }
    }

    private void serve(String path, int status, String contentType, String body) {
        serve(path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> send(exchange, status, contentType, body));
    }

    private void redirect(String path, int status, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, status, "text/html", new byte[0]);
        });
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        requested.add(exchange.getRequestURI().getPath());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientHungUp) {
            // expected when the fetcher stops reading early
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
