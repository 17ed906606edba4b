package tech.jobbot.server.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Publishing a policy over the admin API; the banner, the inbox and the acknowledgement over the user API. */
class PolicyPublicationHttpTest {
    private static final String ADMIN_TOKEN = "operator-secret-for-tests-only";
    private static final String ADMIN = "Bearer " + ADMIN_TOKEN;
    private static final CodeLimits LIMITS = new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
            CodeLimits.DEFAULT.addressHourly(), new RateLimit("client-hourly", 10_000, Duration.ofHours(1)));

    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir, LIMITS, JobbotServer.Options.local(0)
                .withAdminToken(HexFormat.of().formatHex(AdminAuthenticator.sha256(ADMIN_TOKEN))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String today() {
        return LocalDate.ofInstant(server.clock.instant(), ZoneOffset.UTC).toString();
    }

    private String policy(String region, int version) {
        return "{\"region\":\"" + region + "\",\"version\":" + version + ",\"effectiveFrom\":\"" + today()
                + "\",\"summary\":\"We now measure page dwell time.\",\"text\":\"The whole policy, version "
                + version + ".\",\"changedPurposes\":[\"analytics.usage\"]}";
    }

    private JsonNode status(SignedIn user) {
        Response r = server.get("/api/v1/me/policy", "Authorization", user.bearer());
        assertEquals(200, r.status(), r.text());
        return r.json();
    }

    @Test
    void without_the_operators_token_there_is_no_admin_api() {
        Response none = server.post("/api/v1/admin/policies", policy("GLOBAL", 2));
        assertEquals(401, none.status(), none.text());
        assertEquals(401, server.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization",
                "Bearer wrong").status());
        SignedIn user = server.signIn("ada@example.com");
        assertEquals(401, server.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization",
                user.bearer()).status(), "a user's session is no operator's key");
        assertEquals(1, server.get("/api/v1/policies/GLOBAL").json().get("versions").size(), "nothing published");

        try (TestServer plain = TestServer.start(dataDir.resolve("plain"))) {
            assertEquals(404, plain.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization", ADMIN)
                    .status(), "not configured: the admin API does not exist");
        }
    }

    @Test
    void a_bad_draft_is_refused_with_what_was_wrong_and_nothing_is_published() {
        Response missing = server.post("/api/v1/admin/policies", "{\"region\":\"MARS\",\"version\":\"two\","
                + "\"changedPurposes\":[\"essential.service\",\"made.up\"],\"extra\":1}", "Authorization", ADMIN);
        assertEquals(400, missing.status(), missing.text());
        String problems = missing.json().get("errors").toString();
        for (String field : List.of("region", "version", "effectiveFrom", "summary", "text", "changedPurposes",
                "extra")) {
            assertTrue(problems.contains("\"" + field + "\""), field + " in " + problems);
        }
        Response skipped = server.post("/api/v1/admin/policies", policy("GLOBAL", 3), "Authorization", ADMIN);
        assertEquals(409, skipped.status(), skipped.text());
        assertTrue(skipped.json().get("detail").asText().contains("next version of the GLOBAL policy is 2"));
        assertEquals(1, server.get("/api/v1/policies/GLOBAL").json().get("versions").size());
    }

    @Test
    void a_new_version_reaches_everyone_by_inbox_and_mail_and_the_banner_stays_until_acknowledged() {
        SignedIn ada = server.signIn("ada@example.com");
        SignedIn bo = server.signIn("bo@example.com");
        server.request("PUT", "/api/v1/me/consents", "{\"analytics.usage\":true}", "Authorization", ada.bearer());
        assertFalse(status(ada).get("needsAcknowledgement").asBoolean());
        int mailsBefore = server.mails().size();

        Response published = server.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization", ADMIN);
        assertEquals(201, published.status(), published.text());
        assertEquals("/api/v1/policies/GLOBAL/2", published.header("Location"));
        assertEquals(409, server.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization", ADMIN)
                .status(), "published once");
        server.jobbot.notifyPolicyUpdates(1000);
        server.jobbot.deliverMail();
        assertEquals(mailsBefore + 2, server.mails().size(), "one mail each for Ada and Bo");

        JsonNode inbox = server.get("/api/v1/me/messages", "Authorization", ada.bearer()).json();
        assertEquals(1, inbox.get("unread").asInt());
        JsonNode message = inbox.get("messages").get(0);
        assertEquals("policy-update", message.get("kind").asText());
        assertTrue(message.get("body").asText().contains("We now measure page dwell time."));
        assertTrue(message.get("body").asText().contains("analytics.usage"), "says which consent is asked again");

        JsonNode banner = status(ada);
        assertTrue(banner.get("needsAcknowledgement").asBoolean());
        assertEquals(2, banner.get("current").get("version").asInt());
        assertEquals("[\"analytics.usage\"]", banner.get("askAgain").toString());
        assertEquals("outdated", server.get("/api/v1/me/consents", "Authorization", ada.bearer()).json()
                .get("purposes").findValues("state").get(3).asText());

        Response old = server.post("/api/v1/me/policy/acknowledgements", "{\"version\":1}", "Authorization",
                ada.bearer());
        assertEquals(409, old.status(), old.text());
        Response ack = server.post("/api/v1/me/policy/acknowledgements", "{\"version\":2}", "Authorization",
                ada.bearer());
        assertEquals(200, ack.status(), ack.text());
        assertFalse(ack.json().get("needsAcknowledgement").asBoolean());
        assertTrue(status(bo).get("needsAcknowledgement").asBoolean(), "Bo has not acknowledged yet");
        assertEquals(400, server.post("/api/v1/me/policy/acknowledgements", "{}", "Authorization", bo.bearer())
                .status());

        String id = message.get("id").asText();
        assertEquals(404, server.post("/api/v1/me/messages/" + id + "/read", "", "Authorization", bo.bearer())
                .status(), "not Bo's message");
        assertEquals(204, server.post("/api/v1/me/messages/" + id + "/read", "", "Authorization", ada.bearer())
                .status());
        assertEquals(204, server.post("/api/v1/me/messages/" + id + "/read", "", "Authorization", ada.bearer())
                .status(), "marking read again is harmless");
        assertEquals(0, server.get("/api/v1/me/messages", "Authorization", ada.bearer()).json().get("unread")
                .asInt());
        assertEquals(404, server.post("/api/v1/me/messages/not-an-id/read", "", "Authorization", ada.bearer())
                .status());
    }

    @Test
    void an_eu_resident_gets_the_eu_policy_once_published_and_never_the_global_one() {
        SignedIn eu = server.signIn("eu@example.com");
        server.request("PATCH", "/api/v1/me", "{\"country\":\"FR\"}", "Authorization", eu.bearer());
        assertTrue(status(eu).path("current").isMissingNode(), "no EU policy yet, and not the GLOBAL one");
        assertEquals(404, server.get("/api/v1/policies/current", "Authorization", eu.bearer()).status());

        server.post("/api/v1/admin/policies", policy("GLOBAL", 2), "Authorization", ADMIN);
        server.jobbot.notifyPolicyUpdates(1000);
        assertEquals(0, server.get("/api/v1/me/messages", "Authorization", eu.bearer()).json().get("unread").asInt(),
                "a GLOBAL update is not the EU resident's");

        assertEquals(201, server.post("/api/v1/admin/policies", policy("EU", 1), "Authorization", ADMIN).status());
        server.jobbot.notifyPolicyUpdates(1000);
        JsonNode current = server.get("/api/v1/policies/current", "Authorization", eu.bearer()).json();
        assertEquals("EU", current.get("region").asText());
        assertEquals(1, server.get("/api/v1/me/messages", "Authorization", eu.bearer()).json().get("unread").asInt());
        assertTrue(status(eu).get("needsAcknowledgement").asBoolean());
    }

    @Test
    void a_mailing_is_sent_once_per_campaign_and_a_message_reaches_one_inbox() {
        SignedIn ada = server.signIn("ada@example.com");
        Response off = server.post("/api/v1/admin/mailings",
                "{\"campaignId\":\"dec\",\"subject\":\"News\",\"text\":\"Hello.\"}", "Authorization", ADMIN);
        assertEquals(409, off.status(), "no https public URL: marketing is off: " + off.text());
        assertEquals(400, server.post("/api/v1/admin/mailings", "{\"subject\":\"News\"}", "Authorization", ADMIN)
                .status());

        String accountId = server.get("/api/v1/me", "Authorization", ada.bearer()).json().get("id").asText();
        Response posted = server.post("/api/v1/admin/messages", "{\"accountId\":\"" + accountId
                + "\",\"kind\":\"complaint-reply\",\"subject\":\"Your complaint\",\"body\":\"We fixed it.\"}",
                "Authorization", ADMIN);
        assertEquals(201, posted.status(), posted.text());
        JsonNode inbox = server.get("/api/v1/me/messages", "Authorization", ada.bearer()).json();
        assertEquals("complaint-reply", inbox.get("messages").get(0).get("kind").asText());
        assertEquals(404, server.post("/api/v1/admin/messages", "{\"accountId\":\"" + java.util.UUID.randomUUID()
                + "\",\"kind\":\"security-notice\",\"subject\":\"S\",\"body\":\"B\"}", "Authorization", ADMIN)
                .status());
        assertEquals(400, server.post("/api/v1/admin/messages", "{\"accountId\":\"" + accountId
                + "\",\"kind\":\"gossip\",\"subject\":\"S\",\"body\":\"B\"}", "Authorization", ADMIN).status());
    }
}
