package tech.jobbot.ports.out.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;

/** Every person's in-site messages. Implementations keep subject and body encrypted under the person's data key. */
public interface Inbox {
    /**
     * Posts a message unless one with the same {@code dedupeKey} was posted to the recipient
     * before, so a retried batch posts nothing twice. Returns whether it was posted.
     */
    boolean post(InboxMessage message, String dedupeKey);

    /** The person's messages, newest first. */
    List<InboxMessage> messages(AccountId recipient);

    /** Marks one of the person's messages read (once); false if they have no such unread message. */
    boolean markRead(AccountId recipient, UUID messageId, Instant at);
}
