package tech.jobbot.sdk.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import tech.jobbot.domain.mail.MailMessage;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.mail.MailOutbox.OutboxMail;
import tech.jobbot.ports.out.mail.MailSender;

/**
 * Delivers the mail outbox: claims due mails, sends them, and on failure schedules a retry with
 * exponential backoff, so an SMTP outage delays mail but loses none. A permanent refusal, or
 * {@link #MAX_ATTEMPTS} failures, ends the mail as dead. Logs never carry a mail's content.
 */
public final class MailDelivery {
    /** With the backoff capped at an hour, about three days of trying before a mail is given up. */
    static final int MAX_ATTEMPTS = 80;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(15);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** Longer than a batch can take even when each send runs into the SMTP timeouts (10 s + 30 s). */
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 5;
    private static final Logger LOG = System.getLogger(MailDelivery.class.getName());

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;
    private final Predicate<MailMessage> stillWanted;

    public MailDelivery(MailOutbox outbox, MailSender sender, Clock clock) {
        this(outbox, sender, clock, mail -> true);
    }

    /**
     * @param stillWanted asked right before each send: a mail no longer wanted (e.g. marketing to
     *                    someone who has since withdrawn consent) is ended unsent
     */
    public MailDelivery(MailOutbox outbox, MailSender sender, Clock clock, Predicate<MailMessage> stillWanted) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.stillWanted = stillWanted;
    }

    /** Delivers everything due now; returns how many mails were sent. */
    public int deliverDue() {
        int sent = 0;
        List<OutboxMail> batch;
        do {
            batch = outbox.claimDue(clock.instant(), BATCH, LEASE);
            for (OutboxMail mail : batch) {
                if (deliver(mail)) {
                    sent++;
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private boolean deliver(OutboxMail mail) {
        try {
            if (!stillWanted.test(mail.message())) {
                outbox.markDead(mail.id(), clock.instant(), "no longer wanted: consent withdrawn before delivery");
                return false;
            }
            sender.send(mail.message());
        } catch (RuntimeException e) {
            failed(mail, e);
            return false;
        }
        try {
            outbox.markSent(mail.id(), clock.instant());
        } catch (RuntimeException e) {
            // Sent but not recorded: the lease runs out and the mail goes out once more. At least
            // once is the promise; scheduling it as failed here would only add a third copy.
            LOG.log(Level.ERROR, "mail {0} was sent but could not be marked sent: {1}", mail.id(), describe(e));
        }
        return true;
    }

    private void failed(OutboxMail mail, RuntimeException e) {
        // Anything but a permanent refusal is worth another try later; a sender's unexpected
        // failure must not hold up the rest of the batch.
        boolean retryable = !(e instanceof JobbotException j) || j.retryable();
        int attempt = mail.attempts() + 1;
        Instant now = clock.instant();
        if (!retryable || attempt >= MAX_ATTEMPTS) {
            LOG.log(Level.WARNING, "mail {0} given up after {1} attempt(s): {2}", mail.id(), attempt, describe(e));
            outbox.markDead(mail.id(), now, describe(e));
        } else {
            Duration wait = backoff(attempt);
            LOG.log(Level.INFO, "mail {0} not delivered (attempt {1}), next try in {2}s: {3}", mail.id(), attempt,
                    wait.toSeconds(), describe(e));
            outbox.markFailed(mail.id(), now.plus(wait), describe(e));
        }
    }

    private static String describe(RuntimeException e) {
        return e instanceof JobbotException ? e.getMessage() : e.getClass().getName();
    }

    /** 15 s, 30 s, 1 min, ... doubling up to an hour. */
    static Duration backoff(int attempt) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
