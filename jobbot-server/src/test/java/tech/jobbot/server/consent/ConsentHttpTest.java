package tech.jobbot.server.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Consents over HTTP: derived from the ledger, changed by appending, provable by receipt, GPC honoured. */
class ConsentHttpTest {
    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn user;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        user = server.signIn("consent@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> states() {
        Map<String, String> states = new HashMap<>();
        for (JsonNode p : server.get("/api/v1/me/consents", "Authorization", user.bearer()).json().get("purposes")) {
            states.put(p.get("key").asText(), p.get("state").asText());
        }
        return states;
    }

    /** Grants and withdrawals; the acknowledgement of the policy at sign-up is not counted. */
    private int records() {
        return choices().size();
    }

    private List<JsonNode> choices() {
        List<JsonNode> choices = new ArrayList<>();
        server.get("/api/v1/me/consents/history", "Authorization", user.bearer()).json().get("records")
                .forEach(r -> {
                    if (!r.get("choice").asText().equals("acknowledged")) {
                        choices.add(r);
                    }
                });
        return choices;
    }

    @Test
    void consent_based_purposes_start_off_and_essential_ones_need_no_consent() {
        Map<String, String> states = states();
        assertEquals("not-needed", states.get("essential.service"));
        assertEquals("missing", states.get("marketing.email"));
        assertEquals("missing", states.get("analytics.usage"));
        assertEquals("missing", states.get("personalization.recommendations"));
    }

    @Test
    void granting_and_withdrawing_append_records_with_receipts() {
        Response granted = server.request("PUT", "/api/v1/me/consents",
                "{\"marketing.email\":true,\"analytics.usage\":true}", "Authorization", user.bearer());
        assertEquals(200, granted.status(), granted.text());
        assertEquals("granted", states().get("marketing.email"));
        assertEquals(2, records());

        server.request("PUT", "/api/v1/me/consents", "{\"marketing.email\":false}", "Authorization", user.bearer());
        assertEquals("withdrawn", states().get("marketing.email"));
        assertEquals(3, records(), "a withdrawal is a new record, the grant stays in the history");
        server.request("PUT", "/api/v1/me/consents", "{\"marketing.email\":false}", "Authorization", user.bearer());
        assertEquals(3, records(), "only changes are recorded");

        JsonNode first = choices().get(0);
        JsonNode receipt = server.get("/api/v1/me/consents/receipts/" + first.get("id").asText(), "Authorization",
                user.bearer()).json();
        assertEquals("KI-CR-v1.1.0", receipt.get("version").asText());
        assertEquals(first.get("id").asText(), receipt.get("consentReceiptID").asText());
        assertEquals("GLOBAL", receipt.get("jurisdiction").asText());
        assertEquals("Qgenius (Jobbot)", receipt.get("piiControllers").get(0).get("piiController").asText());
        assertTrue(receipt.get("policyUrl").asText().startsWith("https://www.jobbot.tech/privacy"));

        SignedIn other = server.signIn("someone.else@example.com");
        assertEquals(404, server.get("/api/v1/me/consents/receipts/" + first.get("id").asText(), "Authorization",
                other.bearer()).status(), "receipts belong to their person");
    }

    @Test
    void essential_unknown_and_non_boolean_choices_are_refused_and_nothing_is_recorded() {
        Response r = server.request("PUT", "/api/v1/me/consents",
                "{\"essential.service\":false,\"telemetry.everything\":true,\"marketing.email\":\"yes\"}",
                "Authorization", user.bearer());
        assertEquals(400, r.status());
        assertEquals(3, r.json().get("errors").size(), r.text());
        assertEquals(0, records());
    }

    @Test
    void global_privacy_control_withdraws_analytics_marketing_and_sharing_once() {
        server.request("PUT", "/api/v1/me/consents",
                "{\"marketing.email\":true,\"analytics.usage\":true,\"functional.preferences\":true}", "Authorization",
                user.bearer());
        int before = records();
        server.get("/api/v1/me", "Authorization", user.bearer(), "Sec-GPC", "1");
        Map<String, String> states = states();
        assertEquals("withdrawn", states.get("marketing.email"));
        assertEquals("withdrawn", states.get("analytics.usage"));
        assertEquals("granted", states.get("functional.preferences"), "GPC is about sale and sharing, not preferences");
        int after = records();
        assertTrue(after > before);
        JsonNode last = choices().get(after - 1);
        assertEquals("gpc", last.get("method").asText());
        server.get("/api/v1/me", "Authorization", user.bearer(), "Sec-GPC", "1");
        assertEquals(after, records(), "recorded once");

        Response gpc = server.get("/.well-known/gpc.json");
        assertEquals(200, gpc.status());
        assertTrue(gpc.json().get("gpc").asBoolean());
    }
}
