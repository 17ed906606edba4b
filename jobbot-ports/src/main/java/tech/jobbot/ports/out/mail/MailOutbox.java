package tech.jobbot.ports.out.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.mail.MailMessage;

/**
 * The transactional outbox: a mail enqueued in the same transaction as the change it reports
 * is committed with it, and a worker delivers it afterwards. Content is kept encrypted and is
 * destroyed once delivered.
 */
public interface MailOutbox {
    /** Enqueues a mail due now; returns its id. */
    String enqueue(MailMessage message, Instant now);

    /**
     * Claims up to {@code limit} due mails for {@code lease}: a claimed mail is not handed to
     * another worker (on any node) until the lease runs out. A mail that can no longer be opened
     * is marked dead instead of being returned.
     */
    List<OutboxMail> claimDue(Instant now, int limit, Duration lease);

    /** Delivered: the mail's content is destroyed. */
    void markSent(String id, Instant at);

    /** Not delivered this time: try again at {@code nextAttempt}. */
    void markFailed(String id, Instant nextAttempt, String reason);

    /** Given up (a permanent failure or too many attempts): content destroyed, reason kept. */
    void markDead(String id, Instant at, String reason);

    /**
     * Ends every mail still waiting for {@code recipient} unsent, its content destroyed: for a
     * person who is erased. Returns how many.
     */
    int dropPendingTo(EmailAddress recipient, Instant at);

    /** Forgets sent and dead mails (their content is gone already) finished before the cutoff. */
    int purgeFinishedBefore(Instant cutoff);

    /** Mails neither sent nor dead. */
    int pendingCount();

    /** One claimed mail: its id, content and how many attempts came before. */
    record OutboxMail(String id, MailMessage message, int attempts) {
    }
}
