package tech.jobbot.server.minor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Minors over HTTP: the age step, the refused avatar, and the guardian's page, code and revocation. */
class MinorHttpTest {
    private static final Pattern LINK = Pattern.compile("/guardian/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("enter this code: (\\d{6})");

    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn kid;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        kid = server.signInUndeclared("kid@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String yearsAgo(int years) {
        return LocalDate.ofInstant(server.clock.instant(), ZoneOffset.UTC).minusYears(years).toString();
    }

    private Response uploadAvatar() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/me/avatar"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray()))
                .header("Content-Type", "image/png").header("Authorization", kid.bearer()));
    }

    private Response form(String path, String body) {
        return server.send(HttpRequest.newBuilder(server.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void the_age_is_declared_once_and_bad_declarations_say_what_is_wrong() {
        JsonNode before = server.get("/api/v1/me/age", "Authorization", kid.bearer()).json();
        assertFalse(before.get("declared").asBoolean());
        Response bad = server.request("PUT", "/api/v1/me/age", "{\"birthDate\":\"next tuesday\"}", "Authorization",
                kid.bearer());
        assertEquals(400, bad.status(), bad.text());
        assertEquals(400, server.request("PUT", "/api/v1/me/age", "{}", "Authorization", kid.bearer()).status());
        assertEquals(400, server.request("PUT", "/api/v1/me/age", "{\"birthDate\":\"" + yearsAgo(-1) + "\"}",
                "Authorization", kid.bearer()).status(), "not born yet");

        Response declared = server.request("PUT", "/api/v1/me/age", "{\"birthDate\":\"" + yearsAgo(15) + "\"}",
                "Authorization", kid.bearer());
        assertEquals(200, declared.status(), declared.text());
        assertEquals("minor", declared.json().get("band").asText());
        assertTrue(declared.json().get("supervised").asBoolean());
        assertFalse(declared.json().get("sensitiveDataAllowed").asBoolean());
        assertEquals(409, server.request("PUT", "/api/v1/me/age", "{\"adult\":true}", "Authorization", kid.bearer())
                .status(), "a minor cannot declare themselves adult afterwards");
    }

    @Test
    void a_minor_without_guardian_consent_cannot_upload_an_avatar_until_the_guardian_consents() throws IOException {
        server.request("PUT", "/api/v1/me/age", "{\"birthDate\":\"" + yearsAgo(15) + "\"}", "Authorization",
                kid.bearer());
        Response refused = uploadAvatar();
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.json().get("type").asText().endsWith("guardian-consent-required"));
        Response marketing = server.request("PUT", "/api/v1/me/consents", "{\"marketing.email\":true}",
                "Authorization", kid.bearer());
        assertEquals(403, marketing.status(), marketing.text());

        Response asked = server.post("/api/v1/me/guardian", "{\"email\":\"parent@example.com\"}", "Authorization",
                kid.bearer());
        assertEquals(202, asked.status(), asked.text());
        String mail = server.latestMailText("parent@example.com");
        Matcher link = LINK.matcher(mail);
        Matcher code = CODE.matcher(mail);
        assertTrue(link.find() && code.find(), mail);
        String page = "/guardian/" + link.group(1);

        Response shown = server.get(page);
        assertEquals(200, shown.status());
        assertTrue(shown.text().contains("What Jobbot collects") && shown.text().contains("marketing.email"));
        String wrong = code.group(1).equals("000000") ? "111111" : "000000";
        assertEquals(400, form(page, "code=" + wrong + "&decision=consent").status());
        Response consented = form(page, "code=" + code.group(1) + "&decision=consent");
        assertEquals(200, consented.status(), consented.text());
        assertEquals("given", server.get("/api/v1" + page).json().get("guardian").asText());

        assertEquals(200, uploadAvatar().status(), "allowed once the guardian consented");
        assertFalse(server.get("/api/v1/me", "Authorization", kid.bearer()).json().get("avatarUrl").isNull());

        assertEquals(204, server.post("/api/v1" + page + "/revocation", "").status());
        assertTrue(server.get("/api/v1/me", "Authorization", kid.bearer()).json().get("avatarUrl").isNull(),
                "the photo is deleted when the guardian revokes");
        assertEquals(403, uploadAvatar().status(), "revoked: refused again");
        assertEquals(404, server.post("/api/v1" + page + "/revocation", "").status(), "nothing left to revoke");
        assertEquals(404, server.get("/guardian/" + "A".repeat(43)).status());
    }

    @Test
    void under_the_minimum_age_nothing_beyond_the_email_is_accepted() {
        server.request("PUT", "/api/v1/me/age", "{\"birthDate\":\"" + yearsAgo(11) + "\"}", "Authorization",
                kid.bearer());
        Response job = server.post("/api/v1/jobs", "{\"title\":\"Barista\"}", "Authorization", kid.bearer());
        assertEquals(403, job.status(), job.text());
        Response profile = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Kid\"}", "Authorization",
                kid.bearer());
        assertEquals(403, profile.status(), profile.text());
        assertEquals(0, server.get("/api/v1/jobs", "Authorization", kid.bearer()).json().get("jobs").size());
    }
}
