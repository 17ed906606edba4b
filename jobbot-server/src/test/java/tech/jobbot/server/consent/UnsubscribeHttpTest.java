package tech.jobbot.server.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** RFC 8058 one-click unsubscribe, end to end: the mail's header, a POST without sign-in, and no more mail. */
class UnsubscribeHttpTest {
    private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile("List-Unsubscribe: <([^>]+)>");

    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn user;

    @BeforeEach
    void start() {
        server = TestServer.startWith(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        user = server.signIn("news@example.com");
        assertEquals(200, server.request("PUT", "/api/v1/me/consents", "{\"marketing.email\":true}",
                "Authorization", user.bearer()).status());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String state() {
        Map<String, String> states = new HashMap<>();
        for (JsonNode p : server.get("/api/v1/me/consents", "Authorization", user.bearer()).json().get("purposes")) {
            states.put(p.get("key").asText(), p.get("state").asText());
        }
        return states.get("marketing.email");
    }

    private long newsMails() {
        server.jobbot.deliverMail();
        return server.mails().stream().map(TestServer::read).filter(m -> m.contains("Subject: Autumn news")).count();
    }

    /** The path of the link in the delivered mail's List-Unsubscribe header. */
    private String linkPath() {
        String mail = server.mails().stream().map(TestServer::read).filter(m -> m.contains("Subject: Autumn news"))
                .findFirst().orElseThrow();
        assertTrue(mail.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"), mail);
        Matcher m = LIST_UNSUBSCRIBE.matcher(mail);
        assertTrue(m.find(), mail);
        URI link = URI.create(m.group(1));
        assertEquals("https", link.getScheme());
        return link.getPath();
    }

    private Response oneClick(String path) {
        return server.send(HttpRequest.newBuilder(server.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://mail.provider.example")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
    }

    @Test
    void a_mail_clients_one_click_post_withdraws_without_sign_in_and_the_mail_stops() {
        assertEquals(1, server.jobbot.sendMarketing("Autumn news", "Courses for autumn."));
        assertEquals(1, newsMails());
        String path = linkPath();

        Response opened = server.get(path);
        assertEquals(200, opened.status());
        assertTrue(opened.text().contains("<form method=\"post\""), opened.text());
        assertEquals("granted", state(), "opening the link (or a scanner fetching it) changes nothing");

        Response clicked = oneClick(path);
        assertEquals(200, clicked.status(), clicked.text());
        assertTrue(clicked.text().contains("You are unsubscribed"));
        assertEquals("withdrawn", state());
        JsonNode history = server.get("/api/v1/me/consents/history", "Authorization", user.bearer()).json()
                .get("records");
        assertEquals("email-link", history.get(history.size() - 1).get("method").asText());

        assertEquals(0, server.jobbot.sendMarketing("Autumn news", "More courses."));
        assertEquals(1, newsMails(), "no further marketing mail");
        assertEquals(200, oneClick(path).status(), "a second click is harmless");
    }

    @Test
    void a_forged_link_is_refused_and_changes_nothing() {
        Response forged = oneClick("/unsubscribe/" + java.util.UUID.randomUUID() + ".AAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(404, forged.status());
        assertTrue(forged.text().contains("not valid"));
        assertEquals(404, oneClick("/unsubscribe/nonsense").status());
        assertEquals("granted", state());
    }
}
