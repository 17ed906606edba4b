package tech.jobbot.sdk.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.sdk.JobbotHarness;
import tech.jobbot.sdk.account.UnknownAccountException;

/** The in-site inbox: messages per person, newest first, read and unread. */
class InboxTest {
    @TempDir
    Path dataDir;
    JobbotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void messages_are_the_recipients_own_newest_first_and_can_be_marked_read_once() {
        h = JobbotHarness.start(dataDir);
        AccountId ada = h.signInFully(JobbotHarness.email("ada@example.com")).account();
        AccountId bo = h.signInFully(JobbotHarness.email("bo@example.com")).account();
        InboxMessage notice = h.jobbot.postMessage(ada, MessageKind.SECURITY_NOTICE, "New sign-in",
                "Someone signed in from Firefox on Linux.");
        h.clock.advance(Duration.ofMinutes(1));
        InboxMessage reply = h.jobbot.postMessage(ada, MessageKind.COMPLAINT_REPLY, "About your complaint",
                "We have corrected your data.");

        List<InboxMessage> inbox = h.jobbot.messages(ada);
        assertEquals(List.of(reply.id(), notice.id()), inbox.stream().map(InboxMessage::id).toList());
        assertEquals("We have corrected your data.", inbox.get(0).body());
        assertTrue(inbox.stream().noneMatch(InboxMessage::isRead));
        assertEquals(List.of(), h.jobbot.messages(bo));

        assertFalse(h.jobbot.markMessageRead(bo, notice.id()), "not Bo's message");
        assertTrue(h.jobbot.markMessageRead(ada, notice.id()));
        assertFalse(h.jobbot.markMessageRead(ada, notice.id()), "already read");
        assertFalse(h.jobbot.markMessageRead(ada, UUID.randomUUID()));
        assertEquals(List.of(false, true), h.jobbot.messages(ada).stream().map(InboxMessage::isRead).toList());
    }

    @Test
    void a_message_needs_a_recipient_a_subject_line_and_a_body() {
        h = JobbotHarness.start(dataDir);
        AccountId ada = h.signInFully(JobbotHarness.email("ada@example.com")).account();
        assertThrows(UnknownAccountException.class, () -> h.jobbot.postMessage(new AccountId(UUID.randomUUID()),
                MessageKind.SECURITY_NOTICE, "Hi", "Body."));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.postMessage(ada, MessageKind.SECURITY_NOTICE,
                "Two\nlines", "Body."));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.postMessage(ada, MessageKind.SECURITY_NOTICE,
                "Subject", " "));
        assertEquals(List.of(), h.jobbot.messages(ada));
    }
}
