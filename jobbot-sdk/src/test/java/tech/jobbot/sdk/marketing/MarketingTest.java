package tech.jobbot.sdk.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;

/** Marketing mail (policy §3, §7): opt-in only, one-click unsubscribe, and it stops once withdrawn. */
class MarketingTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());

    @TempDir
    Path dataDir;
    JobbotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private AccountId person(String email, boolean consents) {
        AccountId id = h.signInFully(JobbotHarness.email(email)).account();
        if (consents) {
            h.jobbot.changeConsents(id, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        }
        return id;
    }

    private List<MailMessage> newsTo(String email) {
        h.deliverMail();
        return h.mail.sentTo(JobbotHarness.email(email)).stream().filter(m -> m.subject().equals("Spring courses"))
                .toList();
    }

    @Test
    void only_those_who_opted_in_get_it_each_with_their_own_one_click_link() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example/")));
        person("yes@example.com", true);
        person("no@example.com", false);
        AccountId withdrew = person("withdrew@example.com", true);
        h.jobbot.changeConsents(withdrew, Map.of(PurposeKey.MARKETING_EMAIL, false), SETTINGS);

        assertEquals(1, h.jobbot.sendMarketing("Spring courses", "New <courses> & coaching.\n\nSee you!"));
        List<MailMessage> mine = newsTo("yes@example.com");
        assertEquals(1, mine.size());
        assertEquals(List.of(), newsTo("no@example.com"), "never without consent");
        assertEquals(List.of(), newsTo("withdrew@example.com"), "never after withdrawal");
        MailMessage mail = mine.get(0);
        URI link = mail.unsubscribe().orElseThrow();
        assertTrue(link.toString().startsWith("https://jobbot.example/unsubscribe/"), link.toString());
        assertTrue(mail.text().contains(link.toString()) && mail.html().contains(link.toString()));
        assertTrue(mail.html().contains("New &lt;courses&gt; &amp; coaching."), mail.html());
    }

    @Test
    void the_link_withdraws_the_consent_without_sign_in_and_the_next_mail_stops() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        AccountId yes = person("yes@example.com", true);
        AccountId other = person("other@example.com", true);
        h.jobbot.sendMarketing("Spring courses", "News.");
        String link = newsTo("yes@example.com").get(0).unsubscribe().orElseThrow().toString();
        String token = link.substring(link.lastIndexOf('/') + 1);

        ConsentContext viaMail = new ConsentContext(ConsentMethod.SETTINGS, Optional.of("203.0.113.9"), Optional.empty());
        assertTrue(h.jobbot.unsubscribe(token, viaMail));
        assertTrue(h.jobbot.unsubscribe(token, viaMail), "repeating is harmless");
        List<ConsentRecord> history = h.jobbot.consentHistory(yes).stream().filter(r -> r.choice().decisive()).toList();
        ConsentRecord last = history.get(history.size() - 1);
        assertEquals(PurposeKey.MARKETING_EMAIL, last.purpose());
        assertEquals(ConsentMethod.EMAIL_LINK, last.method(), "recorded as the email link");
        assertEquals(2, history.size(), "one grant, one withdrawal: the repeat recorded nothing");

        assertEquals(1, h.jobbot.sendMarketing("Spring courses", "More news."));
        assertEquals(1, newsTo("yes@example.com").size(), "no second mail after unsubscribing");
        assertEquals(2, newsTo("other@example.com").size(), "the others still get theirs");
        assertFalse(h.jobbot.consentHistory(other).stream().anyMatch(r -> r.method() == ConsentMethod.EMAIL_LINK),
                "one person's link touches no one else");
    }

    @Test
    void a_withdrawal_also_stops_copies_already_queued() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        AccountId yes = person("yes@example.com", true);
        person("still@example.com", true);
        assertEquals(2, h.jobbot.sendMarketing("Spring courses", "News."));
        h.jobbot.changeConsents(yes, Map.of(PurposeKey.MARKETING_EMAIL, false), SETTINGS);
        assertEquals(List.of(), newsTo("yes@example.com"), "queued before the withdrawal, not sent after it");
        assertEquals(1, newsTo("still@example.com").size());
        assertEquals(0, h.jobbot.pendingMail(), "the withdrawn copy is ended, not retried");
    }

    @Test
    void a_forged_or_altered_token_does_nothing() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        AccountId yes = person("yes@example.com", true);
        h.jobbot.sendMarketing("Spring courses", "News.");
        String link = newsTo("yes@example.com").get(0).unsubscribe().orElseThrow().toString();
        String token = link.substring(link.lastIndexOf('/') + 1);
        String otherId = java.util.UUID.randomUUID().toString();
        for (String forged : List.of("", "nonsense", yes.value() + ".AAAAAAAAAAAAAAAAAAAAAA",
                otherId + token.substring(token.indexOf('.')), token.substring(0, token.length() - 1) + "x")) {
            assertFalse(h.jobbot.unsubscribe(forged, SETTINGS), forged);
        }
        assertEquals(1, h.jobbot.consentHistory(yes).stream().filter(r -> r.choice().decisive()).count(),
                "still only the grant");
    }

    @Test
    void without_a_public_url_or_with_bad_content_nothing_is_sent() {
        h = JobbotHarness.start(dataDir);
        person("yes@example.com", true);
        assertThrows(IllegalStateException.class, () -> h.jobbot.sendMarketing("Spring courses", "News."));
        h.close();
        h = JobbotHarness.start(dataDir.resolve("second"), b -> b.publicUrl(URI.create("https://jobbot.example")));
        person("yes@example.com", true);
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.sendMarketing("Two\nlines", "News."));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.sendMarketing("Spring courses", " "));
        assertEquals(List.of(), newsTo("yes@example.com"));
        assertEquals(0, h.mail.sent().stream().filter(m -> m.unsubscribe().isPresent()).count());
    }
}
