package tech.jobbot.sdk.erasure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.erasure.ErasureRecord;
import tech.jobbot.domain.erasure.ErasureRecord.KeptWithdrawal;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.erasure.CancelAccounts;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.crypto.BlindIndex;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.event.EventOutbox;
import tech.jobbot.ports.out.erasure.Cancellations;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.retention.RetentionStore;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;

/**
 * Cancellation with a grace period, then erasure. An erasure runs in one transaction per account:
 * it keeps the consent withdrawals in pseudonymous form, drops mail still queued for the person,
 * forgets their code flows and rate-limit events, deletes the account (the database cascades to
 * every row that belongs to it) and destroys its data key. A backup taken before still holds that
 * key, wrapped under the master key of its time: the erasure reaches backups when that master key
 * is retired (rotate it on the backup schedule, see docs/configuration.md).
 */
public final class CancellationService implements CancelAccounts {
    private final EventOutbox events;
    private final Transactions tx;
    private final Cancellations cancellations;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final ConsentLedger ledger;
    private final CodeChallengeRepository challenges;
    private final RateLimitLedger rateLimits;
    private final MailOutbox outbox;
    private final Inbox inbox;
    private final KeyVault vault;
    private final Duration grace;
    private final RetentionStore holds;
    private final Clock clock;

    public CancellationService(Transactions tx, Cancellations cancellations, AccountRepository accounts,
            SessionRepository sessions, ConsentLedger ledger, CodeChallengeRepository challenges,
            RateLimitLedger rateLimits, MailOutbox outbox, Inbox inbox, KeyVault vault, Duration grace,
            RetentionStore holds, EventOutbox events, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.cancellations = cancellations;
        this.accounts = accounts;
        this.sessions = sessions;
        this.ledger = ledger;
        this.challenges = challenges;
        this.rateLimits = rateLimits;
        this.outbox = outbox;
        this.inbox = inbox;
        this.vault = vault;
        this.grace = grace;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public Cancellation cancelAccount(AccountId person) {
        return tx.inTransaction(() -> {
            Account account = accounts.findForUpdate(person).orElseThrow(() -> new UnknownAccountException(person));
            Instant now = clock.instant();
            Optional<Cancellation> earlier = cancellations.find(person);
            if (earlier.isPresent()) {
                // Still: no session survives a cancellation, however it was reached again.
                sessions.revokeAllExcept(person, new SessionId(UUID.randomUUID()), now);
                return earlier.get();
            }
            Cancellation cancellation = cancellations.cancel(Cancellation.of(person, now, grace));
            // No session survives: a random id to keep matches none.
            sessions.revokeAllExcept(person, new SessionId(UUID.randomUUID()), now);
            account.email().ifPresent(email -> outbox.enqueue(cancelledMail(email, cancellation), now));
            return cancellation;
        });
    }

    private static MailMessage cancelledMail(EmailAddress to, Cancellation c) {
        String text = """
                Your Jobbot account is cancelled and every session has ended.

                It will be erased on %s. Until then, signing in again with a code restores it as it was.

                After the erasure, Jobbot keeps no data about you: your profile, photo, jobs, interviews, \
                messages and consents are deleted, mail still waiting for you is dropped, and the key your \
                data was encrypted with is destroyed, so backup copies can no longer be read once the \
                backups from before the erasure have aged out with the master key they were made under.
                What the law asks us to keep, we keep without anything that points back to you: the record \
                that an account was erased, and the consents you withdrew (which purpose, when and how), as \
                proof that we respected your choices.
                """.formatted(c.eraseAfter());
        return new MailMessage(to, "Your Jobbot account is cancelled", text, Html.paragraphs(text),
                Optional.empty());
    }

    @Override
    public Optional<Cancellation> cancellation(AccountId person) {
        return cancellations.find(person);
    }

    /** The owner signed in again: within the grace period, the account is theirs again. */
    public boolean restoreIfCancelled(AccountId person) {
        return tx.inTransaction(() -> {
            Optional<Cancellation> found = cancellations.findForUpdate(person);
            if (found.isEmpty() || !found.get().restorableAt(clock.instant())) {
                return false;
            }
            cancellations.restore(person);
            inbox.post(InboxMessage.unread(person, MessageKind.SECURITY_NOTICE, "Your account is restored",
                    "You signed in during the grace period after cancelling, so your account was not erased."
                            + " If you still want it gone, cancel it again in your settings.", clock.instant()),
                    "restored:" + found.get().cancelledAt());
            return true;
        });
    }

    /**
     * Erases the account for this address now if its grace period is over: a sign-in after the
     * grace starts afresh rather than bringing back an account that was due to be gone.
     */
    public boolean eraseIfDue(EmailAddress email) {
        return accounts.findByEmail(email).map(Account::id)
                .filter(id -> cancellations.find(id).map(c -> !c.restorableAt(clock.instant())).orElse(false))
                // The code flow being used to sign in now belongs to the new start: it is kept.
                .map(id -> erase(id, false))
                .orElse(false);
    }

    @Override
    public int eraseDueAccounts(int max) {
        int erased = 0;
        for (AccountId id : cancellations.dueBefore(clock.instant(), max)) {
            if (erase(id, true)) {
                erased++;
            }
        }
        return erased;
    }

    /**
     * Erases one account whose grace is over; false if another node did, or it was restored.
     *
     * @param forgetCodeFlows whether the address's code flows go too (not while one is signing in)
     */
    boolean erase(AccountId person, boolean forgetCodeFlows) {
        return tx.inTransaction(() -> {
            Optional<Cancellation> cancellation = cancellations.findForUpdate(person);
            Instant now = clock.instant();
            if (cancellation.isEmpty() || cancellation.get().restorableAt(now)) {
                return false;
            }
            if (holds.heldAtAll(person)) {
                // A legal hold (on everything, or on one record) wins over erasure: the account waits,
                // cancelled, until every hold is released.
                return false;
            }
            Optional<Account> account = accounts.findById(person);
            List<KeptWithdrawal> kept = ledger.history(person).stream()
                    .filter(r -> r.choice() == ConsentChoice.WITHDRAWN)
                    .map(r -> new KeptWithdrawal(r.purpose().value(), r.at(), r.method(), r.policyVersion(),
                            r.region()))
                    .toList();
            account.flatMap(Account::email).ifPresent(email -> {
                outbox.dropPendingTo(email, now);
                String index = BlindIndex.email(vault, email);
                if (forgetCodeFlows) {
                    challenges.deleteForEmailIndex(index);
                    rateLimits.forget("code-address:" + index);
                }
            });
            rateLimits.forget("job-links:" + person.value());
            holds.forgetReleasedHolds(person);
            accounts.delete(person);
            vault.destroy(KeyScope.account(person));
            cancellations.keep(new ErasureRecord(UUID.randomUUID(), cancellation.get().cancelledAt(), now, kept));
            // Earlier events about the person go with them; the host hears of the erasure with its own
            // subject id, taken now (after this the account is gone), and that event goes once told.
            events.forget(person);
            events.record(new JobbotEvent.AccountErased(UUID.randomUUID(), person,
                    account.flatMap(Account::externalSubject).map(s -> s.value()), now));
            return true;
        });
    }
}
