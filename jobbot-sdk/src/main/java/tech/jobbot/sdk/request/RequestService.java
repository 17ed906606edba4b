package tech.jobbot.sdk.request;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.ports.in.request.HandleRequests;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.request.PrivacyRequests;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;

/** Requests and complaints; a reply is recorded, posted to the inbox and mailed in one transaction. */
public final class RequestService implements HandleRequests {
    private final Transactions tx;
    private final PrivacyRequests requests;
    private final AccountRepository accounts;
    private final Inbox inbox;
    private final MailOutbox outbox;
    private final Duration responseTime;
    private final Clock clock;

    public RequestService(Transactions tx, PrivacyRequests requests, AccountRepository accounts, Inbox inbox,
            MailOutbox outbox, Duration responseTime, Clock clock) {
        this.tx = tx;
        this.requests = requests;
        this.accounts = accounts;
        this.inbox = inbox;
        this.outbox = outbox;
        this.responseTime = responseTime;
        this.clock = clock;
    }

    @Override
    public PrivacyRequest fileRequest(AccountId person, RequestKind kind, String subject, String body) {
        PrivacyRequest request = PrivacyRequest.file(person, kind, subject, body, clock.instant(), responseTime);
        tx.run(() -> {
            accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
            requests.add(request);
        });
        return request;
    }

    @Override
    public List<PrivacyRequest> requests(AccountId person) {
        return requests.of(person);
    }

    @Override
    public List<PrivacyRequest> openRequests(int limit) {
        return requests.notClosed(limit);
    }

    @Override
    public PrivacyRequest replyToRequest(UUID id, String text, boolean close) {
        return tx.inTransaction(() -> {
            PrivacyRequest request = requests.findForUpdate(id)
                    .orElseThrow(() -> new NoSuchElementException("no request " + id));
            if (request.closedAt().isPresent()) {
                throw new IllegalStateException("the request is closed");
            }
            PrivacyRequest replied = request.reply(text, close, clock.instant());
            requests.update(replied);
            String subject = "Re: " + request.subject();
            String body = text.strip() + (close ? "\n\nWe consider your request answered and have closed it. If it"
                    + " is not, file a new one or contact the data protection authority." : "");
            String line = subject.length() > InboxMessage.MAX_SUBJECT ? subject.substring(0, InboxMessage.MAX_SUBJECT)
                    : subject;
            inbox.post(InboxMessage.unread(request.requester(), MessageKind.COMPLAINT_REPLY, line, body,
                    clock.instant()), "request:" + id + ":" + replied.history().size());
            Optional<Account> account = accounts.findById(request.requester());
            account.flatMap(Account::email).ifPresent(email -> outbox.enqueue(new MailMessage(email, line, body,
                    Html.paragraphs(body), Optional.empty()), clock.instant()));
            return replied;
        });
    }
}
