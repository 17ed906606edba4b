package tech.jobbot.sdk.inbox;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.ports.in.inbox.ReadMessages;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.sdk.account.UnknownAccountException;

/** The in-site inbox. */
public final class InboxService implements ReadMessages {
    private final Inbox inbox;
    private final AccountRepository accounts;
    private final Clock clock;

    public InboxService(Inbox inbox, AccountRepository accounts, Clock clock) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public List<InboxMessage> messages(AccountId person) {
        return inbox.messages(person);
    }

    @Override
    public boolean markMessageRead(AccountId person, UUID messageId) {
        return inbox.markRead(person, messageId, clock.instant());
    }

    @Override
    public InboxMessage postMessage(AccountId person, MessageKind kind, String subject, String body) {
        InboxMessage message = InboxMessage.unread(person, kind, subject, body, clock.instant());
        if (accounts.findById(person).isEmpty()) {
            throw new UnknownAccountException(person);
        }
        inbox.post(message, "message:" + message.id());
        return message;
    }
}
