package tech.jobbot.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.ports.in.auth.SignInResult;

/** The mail outbox survives an outage of the mail server: mail is delayed, never lost or doubled. */
class MailOutageTest {
    private static final EmailAddress ALICE = EmailAddress.parse("alice@example.com");

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_mail_that_fails_twice_retryably_goes_out_exactly_once_after_the_backoff() {
        h.mail.failNext(2, true);
        FlowId flow = h.requestGranted(ALICE);

        assertEquals(0, h.deliverMail());
        assertEquals(1, h.jobbot.pendingMail());
        assertEquals(1, h.mail.calls());

        h.clock.advance(Duration.ofSeconds(14));
        assertEquals(0, h.deliverMail());
        assertEquals(1, h.mail.calls(), "no new attempt before the first backoff of 15 s is over");

        h.clock.advance(Duration.ofSeconds(1));
        assertEquals(0, h.deliverMail());
        assertEquals(2, h.mail.calls());
        assertEquals(1, h.jobbot.pendingMail());
        assertTrue(h.mail.sent().isEmpty());

        h.clock.advance(Duration.ofSeconds(29));
        assertEquals(0, h.deliverMail());
        assertEquals(2, h.mail.calls(), "the second backoff is 30 s");

        h.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, h.deliverMail());
        assertEquals(1, h.mail.sent().size());
        assertEquals(0, h.jobbot.pendingMail());

        h.clock.advance(Duration.ofHours(2));
        assertEquals(0, h.deliverMail());
        assertEquals(1, h.mail.sent().size(), "delivered exactly once");
        assertEquals(3, h.mail.calls());

        h.clock.advance(Duration.ofMinutes(-125));
        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, h.mail.lastCodeTo(ALICE)),
                "the delayed code still works within its lifetime");
    }

    @Test
    void a_mail_that_fails_permanently_is_given_up_and_never_sent() {
        h.mail.failNext(1, false);
        h.requestGranted(ALICE);

        assertEquals(0, h.deliverMail());
        assertEquals(0, h.jobbot.pendingMail());

        h.clock.advance(Duration.ofHours(3));
        assertEquals(0, h.deliverMail());
        assertEquals(1, h.mail.calls(), "a dead mail is not tried again");
        assertTrue(h.mail.sent().isEmpty());
    }

    @Test
    void a_mail_that_never_gets_through_is_given_up_after_about_three_days_of_attempts() {
        h.mail.failNext(Integer.MAX_VALUE, true);
        h.requestGranted(ALICE);

        for (int hour = 0; hour < 48; hour++) {
            h.deliverMail();
            h.clock.advance(Duration.ofHours(1));
        }
        assertEquals(1, h.jobbot.pendingMail(), "two days of outage lose nothing");

        for (int hour = 0; hour < 60; hour++) {
            h.deliverMail();
            h.clock.advance(Duration.ofHours(1));
        }
        assertEquals(80, h.mail.calls());
        assertEquals(0, h.jobbot.pendingMail());
    }

    @Test
    void during_an_outage_every_queued_mail_waits_and_then_each_goes_out_once() {
        h.mail.failNext(3, true);
        for (int i = 1; i <= 3; i++) {
            h.requestGranted(EmailAddress.parse("person" + i + "@example.com"));
        }

        assertEquals(0, h.deliverMail());
        assertEquals(3, h.jobbot.pendingMail());
        h.clock.advance(Duration.ofSeconds(15));
        assertEquals(3, h.deliverMail());
        assertEquals(0, h.jobbot.pendingMail());
        assertEquals(3, h.mail.sent().stream().map(m -> m.to()).distinct().count());
    }

    @Test
    void a_mail_whose_sender_fails_unexpectedly_does_not_hold_up_the_other_mail() {
        h.requestGranted(EmailAddress.parse("first@example.com"));
        h.requestGranted(EmailAddress.parse("second@example.com"));
        h.mail.failNextUnexpectedly(1);

        int sent = h.deliverMail();

        assertEquals(1, sent, "the other mail goes out in the same round");
        for (int round = 0; round < 20; round++) {
            h.clock.advance(Duration.ofHours(1));
            h.deliverMail();
        }
        assertEquals(0, h.jobbot.pendingMail(), "the failed mail is eventually sent or given up, never stuck");
    }
}
