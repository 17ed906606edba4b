package tech.jobbot.server;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import tech.jobbot.adapters.catalog.PartnerFeedSettings;
import tech.jobbot.adapters.mail.SmtpSettings;
import tech.jobbot.adapters.openai.OpenAiSettings;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.sdk.config.KeyFile;
import tech.jobbot.server.config.ServerSettings;

/** Starts the standalone server: {@code java -jar jobbot-server.jar [--port N] [--data-dir DIR] [--config FILE]}. */
public final class Main {
    private static final Logger LOG = System.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("rotate-master-key")) {
            System.exit(rotateMasterKey(java.util.Arrays.copyOfRange(args, 1, args.length)));
            return;
        }
        ServerSettings settings;
        try {
            settings = ServerSettings.load(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("jobbot: " + e.getMessage());
            System.exit(2);
            return;
        }
        Running running;
        try {
            running = start(settings);
        } catch (IllegalArgumentException e) {
            System.err.println("jobbot: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "jobbot-shutdown"));
        stopped.await();
    }

    /**
     * {@code jobbot rotate-master-key}: a new master key, every data key re-wrapped under it, then
     * the old one forgotten. With the generated key file it does all three (an interrupted run is
     * resumed by running it again); with keys from the environment, set the new key as
     * {@code secrets.master-key} and the old one as {@code secrets.previous-master-key}, run it, then
     * remove the previous key. Run it while the server is stopped, or with the previous key given to
     * every node too.
     */
    static int rotateMasterKey(String[] args) {
        try {
            ServerSettings settings = ServerSettings.load(args, System.getenv());
            Path dataDir = Path.of(settings.string("data-dir", "jobbot-data")).toAbsolutePath();
            Jobbot.Builder builder = Jobbot.builder().dataDirectory(dataDir).backgroundWorkers(false);
            settings.get("database.url").ifPresent(url -> builder.database(url,
                    settings.string("database.user", ""), settings.string("database.password", "")));
            var master = settings.get("secrets.master-key");
            Path keyFile = settings.get("secrets.key-file").map(Path::of)
                    .orElse(dataDir.resolve("keys").resolve("jobbot.keys"));
            if (master.isPresent()) {
                builder.masterKeys(KeyFile.fromBase64(master.get(), settings.get("secrets.digest-key").orElseThrow(
                        () -> new IllegalArgumentException("set secrets.digest-key")),
                        settings.get("secrets.previous-master-key").orElseThrow(() -> new IllegalArgumentException(
                                "set secrets.previous-master-key to the master key being replaced"))));
            } else {
                builder.masterKeys(KeyFile.beginRotation(keyFile));
            }
            try (Jobbot jobbot = builder.build()) {
                var done = jobbot.rewrapDataKeys();
                System.out.println("jobbot: " + done.rewrapped() + " of " + done.examined()
                        + " data keys re-wrapped under the new master key");
            }
            if (master.isEmpty()) {
                KeyFile.finishRotation(keyFile);
                System.out.println("jobbot: rotation finished; the old master key is gone from " + keyFile);
            } else {
                System.out.println("jobbot: rotation finished; remove secrets.previous-master-key now");
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("jobbot: rotation failed (run it again to resume): " + e.getMessage());
            return 1;
        }
    }

    /** The server and the Jobbot under it; closing stops the server first, then Jobbot. */
    public record Running(JobbotServer server, Jobbot jobbot) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            jobbot.close();
        }
    }

    public static Running start(ServerSettings settings) {
        Path dataDir = Path.of(settings.string("data-dir", "jobbot-data")).toAbsolutePath();
        SessionPolicy sessions = new SessionPolicy(
                settings.duration("session.idle-timeout", SessionPolicy.DEFAULT.idleTimeout()),
                settings.duration("session.absolute-lifetime", SessionPolicy.DEFAULT.absoluteLifetime()));
        CodeLimits defaults = CodeLimits.DEFAULT;
        CodeLimits limits = new CodeLimits(
                new RateLimit(defaults.addressCooldown().name(), 1,
                        settings.duration("limits.code-cooldown", defaults.addressCooldown().window())),
                new RateLimit(defaults.addressHourly().name(), settings.integer("limits.codes-per-address-per-hour",
                        defaults.addressHourly().max(), 1, 1000), defaults.addressHourly().window()),
                new RateLimit(defaults.clientHourly().name(), settings.integer("limits.codes-per-client-per-hour",
                        defaults.clientHourly().max(), 1, 100_000), defaults.clientHourly().window()));
        Jobbot.Builder builder = Jobbot.builder()
                .dataDirectory(dataDir)
                .sessionPolicy(sessions)
                .codeLimits(limits)
                .mailFrom(settings.string("mail.from", "Jobbot <no-reply@jobbot.local>"));
        settings.get("database.url").ifPresent(url -> builder.database(url,
                settings.string("database.user", ""), settings.string("database.password", ""))
                .maxConnections(settings.integer("database.max-connections", 10, 1, 1000)));
        settings.get("smtp.host").ifPresent(host -> builder.smtp(smtp(settings, host)));
        builder.cancellationGracePeriod(settings.duration("accounts.cancellation-grace", Cancellation.DEFAULT_GRACE));
        builder.requestResponseTime(settings.duration("requests.response-time", PrivacyRequest.DEFAULT_RESPONSE_TIME));
        builder.jobLinkAllowedHosts(settings.list("jobs.link-allowed-hosts").toArray(String[]::new));
        settings.get("ai.base-url").ifPresent(url -> builder.openAi(openAi(settings, url)));
        settings.get("catalog.partner-feed-url").ifPresent(url -> builder.partnerCatalog(partnerFeed(settings, url)));
        var masterKey = settings.get("secrets.master-key");
        var digestKey = settings.get("secrets.digest-key");
        if (masterKey.isPresent() != digestKey.isPresent()) {
            throw new IllegalArgumentException("set both secrets.master-key and secrets.digest-key, or neither");
        }
        if (masterKey.isPresent()) {
            // During a rotation the previous master key still opens the data keys not yet re-wrapped.
            builder.masterKeys(settings.get("secrets.previous-master-key")
                    .map(previous -> KeyFile.fromBase64(masterKey.get(), digestKey.get(), previous))
                    .orElseGet(() -> KeyFile.fromBase64(masterKey.get(), digestKey.get())));
        } else {
            settings.get("secrets.key-file").ifPresent(f -> builder.masterKeys(KeyFile.loadOrCreate(Path.of(f))));
        }
        // The base of the one-click unsubscribe link in marketing mail (RFC 8058 wants HTTPS). Without
        // an HTTPS public origin no marketing mail is sent: a link to a bind address would not work.
        settings.get("http.public-origin").ifPresentOrElse(origin -> {
            java.net.URI uri;
            try {
                uri = java.net.URI.create(origin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("http.public-origin is not a URL: " + origin, e);
            }
            if ("https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null) {
                builder.publicUrl(uri);
            } else {
                LOG.log(Level.INFO, "http.public-origin is not an https origin: marketing mail is off");
            }
        }, () -> LOG.log(Level.INFO, "no http.public-origin: marketing mail (which needs an unsubscribe link) is off"));
        Jobbot jobbot = builder.build();
        settings.get("staff.bootstrap-administrator").ifPresent(raw -> {
            EmailAddress first;
            try {
                first = EmailAddress.parse(raw);
            } catch (IllegalArgumentException e) {
                jobbot.close();
                throw new IllegalArgumentException("staff.bootstrap-administrator " + e.getMessage());
            }
            if (jobbot.staff().bootstrapAdministrator(first, "Administrator").isPresent()) {
                LOG.log(Level.INFO, "The first staff administrator was created; they sign in at"
                        + " /api/v1/staff/auth/codes and set up their second factor on the first sign-in");
            }
        });
        JobbotServer server;
        try {
            server = JobbotServer.start(jobbot, new JobbotServer.Options(
                    settings.string("host", "127.0.0.1"),
                    settings.integer("port", 8080, 0, 65535),
                    settings.list("http.trusted-proxies"),
                    settings.string("http.client-ip-header", "X-Forwarded-For"),
                    sessions,
                    settings.get("http.public-origin"),
                    settings.get("http.country-header"),
                    settings.get("admin.token-sha256")));
        } catch (RuntimeException e) {
            jobbot.close();
            throw e;
        }
        LOG.log(Level.INFO, "Jobbot is listening on http://{0}:{1,number,#}/ with data in {2}",
                settings.string("host", "127.0.0.1"), server.port(), dataDir);
        LOG.log(Level.INFO, "Open http://localhost:{0,number,#}/ in a browser to use the website", server.port());
        if (settings.get("smtp.host").isEmpty()) {
            LOG.log(Level.INFO, "Mail is not sent: each mail is written as an .eml file to {0}",
                    dataDir.resolve("outbox"));
        }
        return new Running(server, jobbot);
    }

    private static OpenAiSettings openAi(ServerSettings settings, String baseUrl) {
        OpenAiSettings ai = OpenAiSettings.of(baseUrl, settings.get("ai.model").orElseThrow(
                () -> new IllegalArgumentException("ai.model is required with ai.base-url")));
        var key = settings.get("ai.api-key");
        if (key.isPresent()) {
            ai = ai.withApiKey(key.get());
        }
        return ai.withRequestTimeout(settings.duration("ai.request-timeout", OpenAiSettings.DEFAULT_REQUEST_TIMEOUT))
                .withMaxRetries(settings.integer("ai.max-retries", OpenAiSettings.DEFAULT_MAX_RETRIES, 0, 10));
    }

    private static PartnerFeedSettings partnerFeed(ServerSettings settings, String url) {
        PartnerFeedSettings feed;
        try {
            feed = PartnerFeedSettings.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("catalog.partner-feed-url: " + e.getMessage());
        }
        var key = settings.get("catalog.partner-feed-api-key");
        if (key.isPresent()) {
            feed = feed.withApiKey(key.get());
        }
        return feed.withTtl(settings.duration("catalog.partner-feed-ttl", PartnerFeedSettings.DEFAULT_TTL));
    }

    private static SmtpSettings smtp(ServerSettings settings, String host) {
        String security = settings.string("smtp.security", "starttls").toUpperCase(Locale.ROOT);
        SmtpSettings.Security mode;
        try {
            mode = SmtpSettings.Security.valueOf(security);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("smtp.security must be none, starttls or tls");
        }
        int defaultPort = switch (mode) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
        SmtpSettings smtp = SmtpSettings.of(host, settings.integer("smtp.port", defaultPort, 1, 65535), mode,
                settings.string("mail.from", "Jobbot <no-reply@jobbot.local>"));
        var user = settings.get("smtp.username");
        if (user.isPresent()) {
            smtp = smtp.withCredentials(user.get(), settings.string("smtp.password", ""));
        }
        return smtp.withTimeouts(settings.duration("smtp.connect-timeout", SmtpSettings.DEFAULT_CONNECT_TIMEOUT),
                settings.duration("smtp.read-timeout", SmtpSettings.DEFAULT_READ_TIMEOUT));
    }

}
