package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;

/** Code requests beyond the limits answer 429 with Retry-After, and send nothing. */
class RateLimitHttpTest {
    @TempDir
    Path dataDir;

    @Test
    void a_second_code_within_a_minute_gets_429_with_retry_after() {
        try (TestServer server = TestServer.start(dataDir)) {
            server.requestCode("hurry@example.com");
            Response again = server.post("/api/v1/auth/codes", "{\"email\":\"hurry@example.com\"}");
            assertEquals(429, again.status());
            assertEquals("application/problem+json", again.header("Content-Type"));
            long retryAfter = Long.parseLong(again.header("Retry-After"));
            assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
            server.jobbot.deliverMail();
            assertEquals(1, server.mails().size(), "the refused request sent nothing");
            server.clock.advance(Duration.ofSeconds(61));
            assertEquals(202, server.post("/api/v1/auth/codes", "{\"email\":\"hurry@example.com\"}").status());
        }
    }

    @Test
    void the_per_client_limit_holds_across_addresses() {
        CodeLimits tight = new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                new RateLimit("client-hourly", 30, Duration.ofHours(1)));
        try (TestServer server = TestServer.start(dataDir, tight)) {
            for (int i = 0; i < 30; i++) {
                assertEquals(202, server.post("/api/v1/auth/codes", "{\"email\":\"u" + i + "@example.com\"}").status());
            }
            Response refused = server.post("/api/v1/auth/codes", "{\"email\":\"u30@example.com\"}");
            assertEquals(429, refused.status());
            assertTrue(Long.parseLong(refused.header("Retry-After")) > 3000, "about an hour");
        }
    }

    @Test
    void the_client_ip_header_counts_only_from_a_trusted_proxy() {
        CodeLimits onePerClient = new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
                CodeLimits.DEFAULT.addressHourly(), new RateLimit("client-hourly", 1, Duration.ofHours(1)));
        try (TestServer direct = TestServer.start(dataDir.resolve("direct"), onePerClient)) {
            assertEquals(202, direct.post("/api/v1/auth/codes", "{\"email\":\"a@example.com\"}",
                    "X-Forwarded-For", "203.0.113.1").status());
            assertEquals(429, direct.post("/api/v1/auth/codes", "{\"email\":\"b@example.com\"}",
                    "X-Forwarded-For", "203.0.113.2").status(), "an untrusted peer cannot pick its address");
        }
        JobbotServer.Options behindProxy = JobbotServer.Options.local(0)
                .withTrustedProxies(List.of("127.0.0.1"), "X-Forwarded-For");
        try (TestServer proxied = TestServer.start(dataDir.resolve("proxied"), onePerClient, behindProxy)) {
            assertEquals(202, proxied.post("/api/v1/auth/codes", "{\"email\":\"a@example.com\"}",
                    "X-Forwarded-For", "198.51.100.7, 203.0.113.1").status());
            assertEquals(202, proxied.post("/api/v1/auth/codes", "{\"email\":\"b@example.com\"}",
                    "X-Forwarded-For", "203.0.113.2").status(), "each client behind the proxy counts alone");
            assertEquals(429, proxied.post("/api/v1/auth/codes", "{\"email\":\"c@example.com\"}",
                    "X-Forwarded-For", "203.0.113.2").status());
        }
    }
}
