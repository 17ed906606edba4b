package tech.jobbot.server;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.account.AuthRoutes;
import tech.jobbot.server.account.DeviceRoutes;
import tech.jobbot.server.account.ProfileRoutes;
import tech.jobbot.server.consent.ConsentRoutes;
import tech.jobbot.server.consent.CookieConsentRoutes;
import tech.jobbot.server.consent.UnsubscribeRoutes;
import tech.jobbot.server.policy.PolicyRoutes;
import tech.jobbot.server.erasure.CancellationRoutes;
import tech.jobbot.server.export.ExportRoutes;
import tech.jobbot.server.http.AccessLogFilter;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.interview.InterviewRoutes;
import tech.jobbot.server.job.JobRoutes;
import tech.jobbot.server.recommendation.RecommendationRoutes;
import tech.jobbot.server.http.ClientAddress;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.analytics.AnalyticsRoutes;
import tech.jobbot.server.admin.AdminRoutes;
import tech.jobbot.server.admin.IncidentRoutes;
import tech.jobbot.server.partner.PartnerAccess;
import tech.jobbot.server.partner.PartnerRoutes;
import tech.jobbot.server.staff.StaffAccessRoutes;
import tech.jobbot.server.staff.StaffRoutes;
import tech.jobbot.server.web.WebApp;
import tech.jobbot.server.http.Problems;
import tech.jobbot.server.http.RouteTable;
import tech.jobbot.server.web.OpenApiDocument;
import tech.jobbot.server.inbox.InboxRoutes;
import tech.jobbot.server.minor.GuardianRoutes;
import tech.jobbot.server.minor.MinorRoutes;
import tech.jobbot.server.policy.PolicyStatusRoutes;
import tech.jobbot.server.request.RequestRoutes;
import tech.jobbot.server.sharing.ShareRoutes;
import tech.jobbot.server.http.SecurityHeaders;

/** The HTTP face of a {@link Jobbot}: REST API under {@code /api/v1}, health and metrics under {@code /observe}. */
public final class JobbotServer implements AutoCloseable {
    /** Helidon's own ceiling on a request body; each route sets a tighter one. */
    private static final long MAX_PAYLOAD_BYTES = 3L * 1024 * 1024;
    /** Open connections at most (fewer if the process may open fewer files); beyond it new ones wait. */
    private static final int MAX_CONNECTIONS = 10_000;
    private static final System.Logger LOG = System.getLogger(JobbotServer.class.getName());

    private final WebServer server;
    private final RouteTable routeTable;

    private JobbotServer(WebServer server, RouteTable routeTable) {
        this.routeTable = routeTable;
        this.server = server;
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public static JobbotServer start(Jobbot jobbot, Options options) {
        ClientAddress clientAddress = new ClientAddress(options.trustedProxies(), options.clientIpHeader());
        PartnerAccess partners = new PartnerAccess(jobbot);
        RouteTable table = new RouteTable();
        Authenticator authenticator = new Authenticator(jobbot, jobbot, jobbot, clientAddress, options.publicOrigin(),
                partners);
        PolicyRoutes policies = new PolicyRoutes(jobbot, authenticator, clientAddress, options.countryHeader());
        WebServer server = WebServer.builder()
                .host(options.host())
                .port(options.port())
                .shutdownHook(false)
                .shutdownGracePeriod(Duration.ofSeconds(10))
                .maxPayloadSize(MAX_PAYLOAD_BYTES)
                // Slow clients: a connection silent between requests or in its request line is
                // closed by the idle sweep, headers stop at Helidon's 16 KB and the request line at
                // 4 KB, and open connections are capped so a flood of stalled ones cannot exhaust
                // file descriptors (each costs a virtual thread, not a platform one).
                .idleConnectionTimeout(options.idleTimeout())
                .idleConnectionPeriod(options.idleTimeout())
                .maxTcpConnections(connectionCap())
                .featuresDiscoverServices(false)
                .addFeature(ObserveFeature.builder()
                        .addObserver(HealthObserver.builder()
                                .details(true)
                                .addCheck(() -> databaseCheck(jobbot), HealthCheckType.READINESS, "database")
                                .build())
                        .addObserver(MetricsObserver.create())
                        .build())
                .routing(routing -> routes(routing, jobbot, authenticator, clientAddress, options.sessionPolicy(),
                        policies, new AdminAuthenticator(options.adminTokenSha256(), jobbot.staff()),
                        options.accessLog(), partners, table))
                .build()
                .start();
        return new JobbotServer(server, table);
    }

    /**
     * At most {@link #MAX_CONNECTIONS}, and at most half the files the process may open: Helidon
     * stops listening for good if accepting a connection fails for want of file descriptors, so
     * the cap must be reached first (the rest is for the database pool, jars and logs).
     */
    static int connectionCap() {
        long files = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
        if (files <= 0) {
            return MAX_CONNECTIONS;
        }
        int cap = (int) Math.max(64, Math.min(MAX_CONNECTIONS, files / 2));
        if (cap < MAX_CONNECTIONS) {
            LOG.log(System.Logger.Level.WARNING, "the process may open only {0} files, so at most {1} connections are"
                    + " accepted at once; raise the limit (ulimit -n, or LimitNOFILE in systemd) to {2} or more",
                    files, cap, 2 * MAX_CONNECTIONS);
        }
        return cap;
    }

    private static void routes(HttpRouting.Builder routing, Jobbot jobbot, Authenticator authenticator,
            ClientAddress clientAddress, SessionPolicy sessionPolicy, PolicyRoutes policies, AdminAuthenticator admin,
            boolean accessLog, PartnerAccess partners, RouteTable table) {
        GuardianRoutes guardian = new GuardianRoutes(jobbot, authenticator);
        if (accessLog) {
            routing.addFilter(new AccessLogFilter(jobbot, clientAddress));
        }
        routing.addFilter(new SecurityHeaders());
        Problems.register(routing);
        List<HttpService> api = List.of(
                new AuthRoutes(jobbot, authenticator, clientAddress, sessionPolicy, policies),
                new ProfileRoutes(jobbot, authenticator, clientAddress),
                new DeviceRoutes(jobbot, authenticator),
                new JobRoutes(jobbot, authenticator),
                new InterviewRoutes(jobbot, authenticator),
                new RecommendationRoutes(jobbot, authenticator),
                new ConsentRoutes(jobbot, authenticator),
                new CookieConsentRoutes(jobbot, authenticator),
                policies,
                new PolicyStatusRoutes(jobbot, authenticator),
                new InboxRoutes(jobbot, authenticator),
                new ShareRoutes(jobbot, authenticator),
                new AnalyticsRoutes(jobbot, authenticator),
                new ExportRoutes(jobbot, authenticator),
                new CancellationRoutes(jobbot, authenticator),
                new RequestRoutes(jobbot, authenticator),
                new MinorRoutes(jobbot, authenticator, policies),
                guardian.api(),
                new AdminRoutes(jobbot, admin),
                new IncidentRoutes(jobbot, admin),
                new StaffRoutes(jobbot, admin, clientAddress),
                new StaffAccessRoutes(jobbot, authenticator),
                new PartnerRoutes(jobbot, admin, partners));
        for (HttpService service : api) {
            routing.register("/api/v1", table.recorded("/api/v1", service));
        }
        routing
                .any("/api/*", (req, res) -> {
                    throw ProblemException.notFound("no resource " + req.prologue().method().text() + " "
                            + req.path().path());
                })
                .get("/openapi", OpenApiDocument::serve)
                .get("/.well-known/gpc.json", (req, res) -> {
                    // Global Privacy Control support, as the GPC specification asks sites to declare it.
                    res.header(HeaderNames.CONTENT_TYPE, "application/json");
                    res.send("{\"gpc\":true,\"lastUpdate\":\"2026-11-29\"}");
                })
                .register("/unsubscribe", new UnsubscribeRoutes(jobbot, authenticator))
                .register("/guardian", guardian.pages())
                .get("/privacy", policies::page)
                .register("/", new WebApp(jobbot.mailOutboxFolder()));
    }

    private static HealthCheckResponse databaseCheck(Jobbot jobbot) {
        try {
            int pending = jobbot.pendingMail();
            return HealthCheckResponse.builder().status(true).detail("pendingMail", pending).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().status(false).detail("error", e.getClass().getSimpleName()).build();
        }
    }

    /** The API's routes as registered, e.g. {@code "GET /api/v1/jobs/{id}"}. */
    public List<String> routeTable() {
        return routeTable.routes();
    }

    public int port() {
        return server.port();
    }

    /** Stops accepting requests and lets running ones finish (up to the grace period). */
    @Override
    public void close() {
        server.stop();
    }

    /**
     * Where and how to listen.
     *
     * @param publicOrigin the origin browsers use, when a proxy in front rewrites the Host header
     * @param countryHeader the header in which a trusted proxy names the visitor's country (ISO
     *                      3166 alpha-2), deciding which region's policy an anonymous reader sees
     * @param adminTokenSha256 the hex SHA-256 of the operator's admin API token; none: no admin API
     * @param accessLog whether every request is written to the access log (on unless measuring its cost)
     * @param idleTimeout how long a connection may send nothing between requests or in its request
     *                    line before it is closed (checked as often); a client stalled inside its
     *                    headers is bounded by the 16 KB header limit and the connection cap, not by
     *                    this (Helidon does not time out a header read)
     */
    public record Options(String host, int port, List<String> trustedProxies, String clientIpHeader,
            SessionPolicy sessionPolicy, Optional<String> publicOrigin, Optional<String> countryHeader,
            Optional<String> adminTokenSha256, boolean accessLog, Duration idleTimeout) {
        /** The default {@link #idleTimeout}. */
        public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);

        public Options {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive");
            }
        }

        public Options(String host, int port, List<String> trustedProxies, String clientIpHeader,
                SessionPolicy sessionPolicy, Optional<String> publicOrigin, Optional<String> countryHeader,
                Optional<String> adminTokenSha256) {
            this(host, port, trustedProxies, clientIpHeader, sessionPolicy, publicOrigin, countryHeader,
                    adminTokenSha256, true, IDLE_TIMEOUT);
        }

        public static Options local(int port) {
            return new Options("127.0.0.1", port, List.of(), "X-Forwarded-For", SessionPolicy.DEFAULT,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Options withTrustedProxies(List<String> proxies, String header) {
            return new Options(host, port, proxies, header, sessionPolicy, publicOrigin, countryHeader,
                    adminTokenSha256, accessLog, idleTimeout);
        }

        public Options withCountryHeader(String header) {
            return new Options(host, port, trustedProxies, clientIpHeader, sessionPolicy, publicOrigin,
                    Optional.of(header), adminTokenSha256, accessLog, idleTimeout);
        }

        /** Turns the admin API on for the token whose hex SHA-256 this is. */
        public Options withAdminToken(String sha256Hex) {
            return new Options(host, port, trustedProxies, clientIpHeader, sessionPolicy, publicOrigin, countryHeader,
                    Optional.of(sha256Hex), accessLog, idleTimeout);
        }

        /** Without the access log (for measuring what it costs; the product keeps it on). */
        public Options withoutAccessLog() {
            return new Options(host, port, trustedProxies, clientIpHeader, sessionPolicy, publicOrigin, countryHeader,
                    adminTokenSha256, false, idleTimeout);
        }

        /** With another {@link #idleTimeout}. */
        public Options withIdleTimeout(Duration timeout) {
            return new Options(host, port, trustedProxies, clientIpHeader, sessionPolicy, publicOrigin, countryHeader,
                    adminTokenSha256, accessLog, timeout);
        }
    }
}
