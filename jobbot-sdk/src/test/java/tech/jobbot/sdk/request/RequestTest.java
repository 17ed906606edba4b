package tech.jobbot.sdk.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.sdk.JobbotHarness;

/** Complaints and requests: a due date, staff replies by inbox and mail, overdue ones flagged. */
class RequestTest {
    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir, b -> b.requestResponseTime(Duration.ofDays(10)));
        me = h.signInFully(JobbotHarness.email("me@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_request_is_due_in_the_response_time_and_flagged_when_unanswered_past_it() {
        PrivacyRequest filed = h.jobbot.fileRequest(me, RequestKind.COMPLAINT, "Wrong feedback",
                "The feedback on my answer about SQL is wrong.");
        assertEquals(filed.filedAt().plus(Duration.ofDays(10)), filed.dueAt(), "the configured response time");
        assertEquals(PrivacyRequest.Status.OPEN, filed.status());
        assertEquals(List.of(filed), h.jobbot.requests(me));
        assertEquals(List.of(filed), h.jobbot.openRequests(10));

        h.clock.advance(Duration.ofDays(10));
        assertFalse(h.jobbot.openRequests(10).get(0).overdueAt(h.clock.instant()), "due, not yet overdue");
        h.clock.advance(Duration.ofSeconds(1));
        assertTrue(h.jobbot.openRequests(10).get(0).overdueAt(h.clock.instant()), "flagged to staff");
    }

    @Test
    void a_reply_reaches_the_inbox_and_the_mailbox_and_closing_ends_the_request() {
        PrivacyRequest filed = h.jobbot.fileRequest(me, RequestKind.CORRECTION, "My name",
                "Please spell my name with an accent.");
        PrivacyRequest answered = h.jobbot.replyToRequest(filed.id(), "We corrected it.", false);
        assertEquals(PrivacyRequest.Status.ANSWERED, answered.status());
        assertEquals(MessageKind.COMPLAINT_REPLY, h.jobbot.messages(me).get(0).kind());
        assertEquals("Re: My name", h.jobbot.messages(me).get(0).subject());
        h.deliverMail();
        assertTrue(h.mail.sentTo(JobbotHarness.email("me@example.com")).stream()
                .anyMatch(m -> m.subject().equals("Re: My name") && m.text().contains("We corrected it.")));

        h.clock.advance(Duration.ofDays(30));
        assertFalse(answered.overdueAt(h.clock.instant()), "answered in time: not overdue");
        PrivacyRequest closed = h.jobbot.replyToRequest(filed.id(), "Anything else, tell us.", true);
        assertEquals(PrivacyRequest.Status.CLOSED, closed.status());
        assertEquals(3, h.jobbot.requests(me).get(0).history().size(), "the request and two replies");
        assertEquals(List.of(), h.jobbot.openRequests(10));
        assertThrows(IllegalStateException.class, () -> h.jobbot.replyToRequest(filed.id(), "More.", false));
        assertThrows(NoSuchElementException.class, () -> h.jobbot.replyToRequest(UUID.randomUUID(), "x", false));
    }

    @Test
    void a_request_needs_a_subject_line_and_a_text() {
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.fileRequest(me, RequestKind.QUESTION, "Two\nlines",
                "Text."));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.fileRequest(me, RequestKind.QUESTION, "Sub\rject",
                "Text."), "no control character either: a reply's subject line is built from it");
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.fileRequest(me, RequestKind.QUESTION, "Subject",
                " "));
        assertEquals(List.of(), h.jobbot.requests(me));
    }
}
