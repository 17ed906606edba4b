package tech.jobbot.ports.in.inbox;

import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;

/** A person's in-site inbox: policy updates, security notices and replies to complaints. */
public interface ReadMessages {
    /** Newest first. */
    List<InboxMessage> messages(AccountId person);

    /** Marks one of the person's messages read; false if they have no such unread message. */
    boolean markMessageRead(AccountId person, UUID messageId);

    /** An operator (or Jobbot itself) writes to a person, e.g. a security notice or a reply to a complaint. */
    InboxMessage postMessage(AccountId person, MessageKind kind, String subject, String body);
}
