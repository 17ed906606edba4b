package tech.jobbot.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;

/**
 * A real server on a free loopback port over a private H2 database, with mail written to the
 * outbox folder of a temporary data directory, as on the embedded defaults.
 */
public final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CODE = Pattern.compile("^\\s+(\\d{6})\\s*$", Pattern.MULTILINE);

    public final Jobbot jobbot;
    public final JobbotServer server;
    public final Path dataDir;
    public final TestClock clock = new TestClock();
    public final String databaseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path dataDir, Jobbot.Builder builder, String databaseUrl, JobbotServer.Options options) {
        this.dataDir = dataDir;
        this.databaseUrl = databaseUrl;
        this.jobbot = builder.clock(clock).build();
        this.server = JobbotServer.start(jobbot, options);
    }

    /** Generous per-client limits so a test's many sign-ins from 127.0.0.1 are not refused. */
    public static TestServer start(Path dataDir) {
        return start(dataDir, new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                new RateLimit("client-hourly", 10_000, Duration.ofHours(1))));
    }

    public static TestServer start(Path dataDir, CodeLimits limits) {
        return start(dataDir, limits, JobbotServer.Options.local(0));
    }

    /** The default test server with extra builder settings (e.g. hosts a job link may reach). */
    public static TestServer startWith(Path dataDir, java.util.function.UnaryOperator<Jobbot.Builder> customise) {
        return startWith(dataDir, customise, JobbotServer.Options.local(0));
    }

    public static TestServer startWith(Path dataDir, java.util.function.UnaryOperator<Jobbot.Builder> customise,
            JobbotServer.Options options) {
        String url = "jdbc:h2:mem:server-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new TestServer(dataDir, customise.apply(Jobbot.builder().dataDirectory(dataDir).database(url, "sa", "")
                .codeLimits(new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                        new RateLimit("client-hourly", 10_000, Duration.ofHours(1))))
                .backgroundWorkers(false)), url, options);
    }

    public static TestServer start(Path dataDir, CodeLimits limits, JobbotServer.Options options) {
        return start(dataDir, limits, options, b -> b);
    }

    public static TestServer start(Path dataDir, CodeLimits limits, JobbotServer.Options options,
            java.util.function.UnaryOperator<Jobbot.Builder> customise) {
        String url = "jdbc:h2:mem:server-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new TestServer(dataDir, customise.apply(Jobbot.builder().dataDirectory(dataDir).database(url, "sa", "")
                .codeLimits(limits).backgroundWorkers(false)), url, options);
    }

    public static TestServer startOn(Path dataDir, String jdbcUrl) {
        return startOn(dataDir, jdbcUrl, b -> b);
    }

    public static TestServer startOn(Path dataDir, String jdbcUrl,
            java.util.function.UnaryOperator<Jobbot.Builder> customise) {
        return new TestServer(dataDir, customise.apply(Jobbot.builder().dataDirectory(dataDir)
                .database(jdbcUrl, null, null).backgroundWorkers(false)), jdbcUrl, JobbotServer.Options.local(0));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    public Response request(String method, String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    public Response get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    /** Requests a code for the address and returns the flow id. */
    public String requestCode(String email) {
        Response r = post("/api/v1/auth/codes", "{\"email\":\"" + email + "\"}");
        if (r.status() != 202) {
            throw new AssertionError("code request answered " + r.status() + ": " + r.text());
        }
        return r.json().get("flowId").asText();
    }

    /** Delivers pending mail and returns the code of the newest mail written for {@code email}. */
    public String codeFromOutbox(String email) {
        jobbot.deliverMail();
        return latestMailTo(email).map(TestServer::codeIn)
                .orElseThrow(() -> new AssertionError("no mail to " + email + " in " + outbox()));
    }

    /** Delivers pending mail and returns the plain text of the newest mail written for {@code email}, decoded. */
    public String latestMailText(String email) {
        jobbot.deliverMail();
        String raw = latestMailTo(email).orElseThrow(() -> new AssertionError("no mail to " + email));
        try {
            jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                    jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return plainText(message.getContent());
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new AssertionError("cannot read the mail to " + email, e);
        }
    }

    private static String plainText(Object content) throws jakarta.mail.MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                return plainText(part.getContent());
            }
        }
        throw new AssertionError("no text part");
    }

    public Path outbox() {
        return dataDir.resolve("outbox");
    }

    public List<Path> mails() {
        if (!Files.isDirectory(outbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.Optional<String> latestMailTo(String email) {
        List<Path> mails = mails();
        for (int i = mails.size() - 1; i >= 0; i--) {
            String text = read(mails.get(i));
            if (text.contains("\nTo: " + email + "\r") || text.contains("\nTo: " + email + "\n")) {
                return java.util.Optional.of(text);
            }
        }
        return java.util.Optional.empty();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String codeIn(String mail) {
        Matcher m = CODE.matcher(mail);
        if (!m.find()) {
            throw new AssertionError("no code in mail");
        }
        return m.group(1);
    }

    /** Full sign-up or sign-in by code; returns the session JSON (token, csrfToken, ...). */
    /** Signs up or in, declaring the person an adult (as the web app asks at sign-up). */
    public SignedIn signIn(String email) {
        return signIn(email, ",\"adult\":true");
    }

    /** Signs up or in without an age declaration: the account keeps nothing beyond the email until one. */
    public SignedIn signInUndeclared(String email) {
        return signIn(email, "");
    }

    private SignedIn signIn(String email, String ageFields) {
        String flow = requestCode(email);
        String code = codeFromOutbox(email);
        Response r = post("/api/v1/auth/sessions", "{\"flowId\":\"" + flow + "\",\"email\":\"" + email
                + "\",\"code\":\"" + code + "\"" + ageFields + "}");
        if (r.status() != 201) {
            throw new AssertionError("sign-in answered " + r.status() + ": " + r.text());
        }
        return new SignedIn(r.json().get("token").asText(), r.json().get("csrfToken").asText(), r);
    }

    @Override
    public void close() {
        server.close();
        jobbot.close();
    }

    /** A signed-in session: its bearer token and CSRF token. */
    public record SignedIn(String token, String csrfToken, Response response) {
        public String bearer() {
            return "Bearer " + token;
        }
    }

    /** An HTTP answer with helpers for JSON and problem bodies. */
    public record Response(HttpResponse<byte[]> raw) {
        public int status() {
            return raw.statusCode();
        }

        public String text() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return raw.body();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public Map<String, List<String>> headers() {
            return raw.headers().map();
        }
    }
}
