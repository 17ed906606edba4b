package tech.jobbot.server.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.out.policy.PolicyDocuments;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Region-specific policies (policy header, §9): the right one for the reader, never another region's. */
class PolicyHttpTest {
    @TempDir
    Path dataDir;

    private static final CodeLimits LIMITS = new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
            CodeLimits.DEFAULT.addressHourly(), new RateLimit("client-hourly", 10_000, Duration.ofHours(1)));

    private static void assertNoPolicyFor(String region, Response r) {
        assertNoPolicyFor(region, r, 404);
    }

    private static void assertNoPolicyFor(String region, Response r, int status) {
        assertEquals(status, r.status(), r.text());
        assertEquals("application/problem+json", r.header("Content-Type"));
        assertTrue(r.json().get("type").asText().endsWith("no-policy-for-region"), r.text());
        assertTrue(r.json().get("detail").asText().contains(region), r.text());
    }

    @Test
    void an_anonymous_reader_gets_the_global_policy_and_older_versions_stay_readable() {
        try (TestServer server = TestServer.start(dataDir)) {
            Response current = server.get("/api/v1/policies/current");
            assertEquals(200, current.status(), current.text());
            JsonNode doc = current.json();
            assertEquals("GLOBAL", doc.get("region").asText());
            assertEquals(1, doc.get("version").asInt());
            assertEquals("default", doc.get("regionFrom").asText());
            assertTrue(doc.get("text").asText().startsWith("Privacy Policy"));
            assertFalse(doc.get("effectiveFrom").asText().isEmpty());

            JsonNode versions = server.get("/api/v1/policies/GLOBAL").json().get("versions");
            assertEquals(1, versions.size());
            assertEquals(1, versions.get(0).get("version").asInt());
            assertEquals(doc.get("text"), server.get("/api/v1/policies/global/1").json().get("text"));
            assertEquals(404, server.get("/api/v1/policies/GLOBAL/2").status());
            assertEquals(0, server.get("/api/v1/policies/EU").json().get("versions").size());
            Response badRegion = server.get("/api/v1/policies/US");
            assertEquals(400, badRegion.status());
            assertEquals("region", badRegion.json().get("errors").get(0).get("field").asText());
            assertEquals(400, server.get("/api/v1/policies/GLOBAL/one").status());
        }
    }

    @Test
    void eu_and_china_readers_are_never_shown_the_global_policy() {
        try (TestServer server = TestServer.start(dataDir)) {
            assertNoPolicyFor("EU", server.get("/api/v1/policies/current?region=EU"));
            assertNoPolicyFor("CN", server.get("/api/v1/policies/current?region=cn"));

            SignedIn user = server.signIn("berlin@example.com");
            assertEquals("GLOBAL", server.get("/api/v1/policies/current", "Authorization", user.bearer()).json()
                    .get("region").asText(), "no country yet: GLOBAL");
            assertEquals(200, server.request("PATCH", "/api/v1/me", "{\"country\":\"DE\"}",
                    "Authorization", user.bearer()).status());
            assertNoPolicyFor("EU", server.get("/api/v1/policies/current", "Authorization", user.bearer()));
            assertEquals(404, server.get("/privacy", "Authorization", user.bearer()).status());
        }
    }

    @Test
    void a_visitors_country_comes_only_from_a_trusted_proxy_and_sign_up_is_refused_where_no_policy_applies() {
        CodeLimits limits = new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                new RateLimit("client-hourly", 10_000, Duration.ofHours(1)));
        try (TestServer proxied = TestServer.start(dataDir.resolve("proxied"), limits, JobbotServer.Options.local(0)
                .withTrustedProxies(List.of("127.0.0.1"), "X-Forwarded-For").withCountryHeader("X-Country"))) {
            assertNoPolicyFor("CN", proxied.get("/api/v1/policies/current", "X-Country", "CN"));
            assertNoPolicyFor("EU", proxied.get("/api/v1/policies/current", "X-Country", "fr"));
            JsonNode us = proxied.get("/api/v1/policies/current", "X-Country", "US").json();
            assertEquals("GLOBAL", us.get("region").asText());
            assertEquals("location", us.get("regionFrom").asText());
            assertEquals("default", proxied.get("/api/v1/policies/current", "X-Country", "not a country").json()
                    .get("regionFrom").asText());

            Response refused = proxied.post("/api/v1/auth/codes", "{\"email\":\"paris@example.com\"}",
                    "X-Country", "FR");
            assertEquals(403, refused.status(), refused.text());
            assertTrue(refused.json().get("type").asText().endsWith("no-policy-for-region"), refused.text());
            assertTrue(refused.json().get("detail").asText().contains("EU"), refused.text());
            proxied.jobbot.deliverMail();
            assertEquals(List.of(), proxied.mails(), "no code is sent where no policy applies");
            assertEquals(202, proxied.post("/api/v1/auth/codes", "{\"email\":\"ny@example.com\"}",
                    "X-Country", "US").status(), "where the GLOBAL policy applies, sign-up goes on");
        }
        try (TestServer direct = TestServer.start(dataDir.resolve("direct"), limits,
                JobbotServer.Options.local(0).withCountryHeader("X-Country"))) {
            JsonNode doc = direct.get("/api/v1/policies/current", "X-Country", "CN").json();
            assertEquals("GLOBAL", doc.get("region").asText(), "a header from anyone but a trusted proxy is ignored");
            assertEquals("default", doc.get("regionFrom").asText());
        }
    }

    @Test
    void the_privacy_page_shows_the_readers_policy_escaped() {
        try (TestServer server = TestServer.start(dataDir)) {
            Response page = server.get("/privacy");
            assertEquals(200, page.status());
            assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
            assertTrue(page.text().contains("Region GLOBAL, version 1"), page.text());
            assertTrue(page.text().contains("<p>Privacy Policy</p>"), "the text, one paragraph per block");
            assertTrue(page.text().contains("1. Scope of Application"));
            assertFalse(page.text().contains("<script"));
            assertEquals(200, server.get("/privacy?version=1").status());
            assertEquals(404, server.get("/privacy?version=9").status());
            assertEquals(400, server.get("/privacy?version=x").status());
            Response missing = server.get("/privacy?region=EU");
            assertEquals(404, missing.status());
            assertTrue(missing.header("Content-Type").startsWith("text/html"), "a page, not JSON, for a browser");
            assertTrue(missing.text().contains("no privacy policy is published for region EU"), missing.text());
            assertEquals("private, no-store", page.header("Cache-Control"), "never cached for another reader");
        }
    }

    @Test
    void a_published_regional_policy_is_shown_to_its_residents_whatever_a_link_asks_for_and_escaped() {
        PolicyDocuments published = () -> List.of(
                new PolicyDocument("GLOBAL", 1, LocalDate.parse("2026-01-01"), "First.", "Global text"),
                new PolicyDocument("EU", 1, LocalDate.parse("2026-01-01"), "<b>GDPR</b> edition",
                        "EU text <script>alert('x')</script> & more"));
        try (TestServer server = TestServer.startWith(dataDir, b -> b.policyDocuments(published))) {
            SignedIn user = server.signIn("lyon@example.com");
            server.request("PATCH", "/api/v1/me", "{\"country\":\"FR\"}", "Authorization", user.bearer());
            JsonNode mine = server.get("/api/v1/policies/current?region=GLOBAL", "Authorization", user.bearer()).json();
            assertEquals("EU", mine.get("region").asText(), "the account's region wins over a link's ?region=");
            assertEquals("account", mine.get("regionFrom").asText());
            assertEquals("GLOBAL", server.get("/api/v1/policies/current?region=GLOBAL").json().get("region").asText(),
                    "a reader Jobbot knows nothing about may pick");

            String page = server.get("/privacy?region=GLOBAL", "Authorization", user.bearer()).text();
            assertTrue(page.contains("EU text &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), page);
            assertTrue(page.contains("&lt;b&gt;GDPR&lt;/b&gt; edition"), page);
            assertFalse(page.contains("<script>") || page.contains("<b>"), page);
        }
    }

    @Test
    void with_a_policy_for_the_region_sign_up_from_there_goes_on() {
        PolicyDocuments published = () -> List.of(
                new PolicyDocument("GLOBAL", 1, LocalDate.parse("2026-01-01"), "First.", "Global text"),
                new PolicyDocument("EU", 1, LocalDate.parse("2026-01-01"), "First EU.", "EU text"));
        try (TestServer server = TestServer.start(dataDir, LIMITS, JobbotServer.Options.local(0)
                .withTrustedProxies(List.of("127.0.0.1"), "X-Forwarded-For").withCountryHeader("X-Country"),
                b -> b.policyDocuments(published))) {
            assertEquals(202, server.post("/api/v1/auth/codes", "{\"email\":\"paris@example.com\"}",
                    "X-Country", "FR").status());
            assertNoPolicyFor("CN", server.post("/api/v1/auth/codes", "{\"email\":\"pudong@example.com\"}",
                    "X-Country", "US", "X-Country", "CN"), 403);
        }
    }
}
