package tech.jobbot.sdk.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.domain.retention.RetentionRule;
import tech.jobbot.domain.retention.RetentionSchedule;
import tech.jobbot.ports.in.retention.LegalHoldException;
import tech.jobbot.ports.in.retention.ManageRetention;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.retention.RetentionStore;
import tech.jobbot.ports.out.retention.RetentionStore.InterviewDue;
import tech.jobbot.ports.out.retention.RetentionStore.RetentionRun;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.UnknownAccountException;

/**
 * The purge job. A run takes a lease first, so concurrent runs (two nodes, or a second call on one)
 * do the work once; each category is purged in batches of {@link #DEFAULT_BATCH}, each batch its own
 * transaction, until a batch comes back short; every category leaves one audit entry. Owners of
 * interview records due for deletion are mailed {@link RetentionSchedule#INTERVIEW_NOTICE} before.
 */
public final class RetentionService implements ManageRetention {
    public static final int DEFAULT_BATCH = 1_000;
    private static final Duration LEASE = Duration.ofMinutes(30);

    private final Transactions tx;
    private final RetentionStore store;
    private final AccountRepository accounts;
    private final MailOutbox outbox;
    private final RetentionSchedule schedule;
    private final IntUnaryOperator eraseDueAccounts;
    private final Clock clock;
    private final int batch;
    private final java.util.function.BiPredicate<AccountId, UUID> recordOf;

    /**
     * @param eraseDueAccounts erases up to n cancelled accounts whose grace is over, returns how many
     * @param recordOf whether a record id (an interview) is the person's, for holds on one record
     */
    public RetentionService(Transactions tx, RetentionStore store, AccountRepository accounts, MailOutbox outbox,
            RetentionSchedule schedule, IntUnaryOperator eraseDueAccounts, Clock clock, int batch,
            java.util.function.BiPredicate<AccountId, UUID> recordOf) {
        this.tx = tx;
        this.store = store;
        this.accounts = accounts;
        this.outbox = outbox;
        this.schedule = schedule;
        this.eraseDueAccounts = eraseDueAccounts;
        this.clock = clock;
        this.batch = batch;
        this.recordOf = recordOf;
    }

    @Override
    public List<RetentionRule> retentionSchedule() {
        return schedule.rules();
    }

    @Override
    public PurgeReport purge() {
        Instant now = clock.instant();
        String owner = UUID.randomUUID().toString();
        if (!store.tryLock(owner, now, LEASE)) {
            return PurgeReport.skipped();
        }
        try {
            int notices = noticeInterviewOwners(now);
            Map<RetentionCategory, Long> purged = new EnumMap<>(RetentionCategory.class);
            Instant noticedBefore = now.minus(RetentionSchedule.INTERVIEW_NOTICE);
            for (RetentionRule rule : schedule.rules()) {
                if (!store.tryLock(owner, clock.instant(), LEASE)) {
                    break; // The lease ran out and another run took over: it carries on.
                }
                Instant cutoff = now.minus(rule.period());
                long total = 0;
                int done;
                do {
                    done = rule.category() == RetentionCategory.CANCELLED_ACCOUNTS
                            ? eraseDueAccounts.applyAsInt(batch)
                            : store.purgeBatch(rule.category(), cutoff, noticedBefore, batch);
                    total += done;
                } while (done == batch);
                store.recordRun(rule.category(), cutoff, total, now);
                purged.put(rule.category(), total);
            }
            return new PurgeReport(true, purged, notices);
        } finally {
            store.unlock(owner, clock.instant());
        }
    }

    /** Mails each owner once about their interview records to be deleted in 30 days. */
    private int noticeInterviewOwners(Instant now) {
        Duration period = schedule.rule(RetentionCategory.INTERVIEWS).period();
        Instant cutoff = now.minus(period).plus(RetentionSchedule.INTERVIEW_NOTICE);
        int mailed = 0;
        List<InterviewDue> due;
        do {
            due = store.interviewsToNotice(cutoff, batch);
            Map<AccountId, List<InterviewDue>> byOwner = due.stream()
                    .collect(Collectors.groupingBy(InterviewDue::owner, LinkedHashMap::new, Collectors.toList()));
            for (Map.Entry<AccountId, List<InterviewDue>> owner : byOwner.entrySet()) {
                tx.run(() -> {
                    Optional<Account> account = accounts.findById(owner.getKey());
                    Instant earliest = owner.getValue().stream().map(InterviewDue::lastActivity).min(Instant::compareTo)
                            .orElseThrow().plus(period);
                    account.flatMap(Account::email).ifPresent(email -> outbox.enqueue(
                            noticeMail(email, owner.getValue().size(), earliest), now));
                    owner.getValue().forEach(d -> store.markNoticed(d.interview(), now));
                });
                mailed++;
            }
        } while (due.size() == batch);
        return mailed;
    }

    private static MailMessage noticeMail(tech.jobbot.domain.account.EmailAddress to, int count, Instant from) {
        String text = """
                %d of your interview records in Jobbot have had no activity for almost two years. As our \
                retention schedule promises, they will be deleted from %s.

                To keep a copy, download your data export in your settings before then. Practising again does \
                not keep old records; nothing else is needed from you.
                """.formatted(count, LocalDate.ofInstant(from, ZoneOffset.UTC));
        return new MailMessage(to, "Old interview records will be deleted", text, Html.paragraphs(text),
                Optional.empty());
    }

    @Override
    public List<RetentionRun> retentionRuns(int limit) {
        return store.runs(limit);
    }

    @Override
    public LegalHold placeLegalHold(AccountId person, Optional<UUID> recordId, String reason, String placedBy) {
        LegalHold hold = new LegalHold(UUID.randomUUID(), person, recordId, reason.strip(), placedBy.strip(),
                clock.instant(), Optional.empty());
        tx.run(() -> {
            accounts.findById(person).orElseThrow(() -> new UnknownAccountException(person));
            if (recordId.isPresent() && !recordOf.test(person, recordId.get())) {
                throw new IllegalArgumentException("record " + recordId.get() + " is not one of this person's");
            }
            store.placeHold(hold);
        });
        return hold;
    }

    @Override
    public boolean releaseLegalHold(UUID holdId) {
        return store.releaseHold(holdId, clock.instant());
    }

    @Override
    public List<LegalHold> legalHolds(AccountId person) {
        return store.holds(person);
    }

    /** Whether any active hold concerns the person: erasure waits until every one is released. */
    public boolean heldAtAll(AccountId person) {
        return store.heldAtAll(person);
    }

    /** Refuses the person's own deletion of data a legal hold keeps (a record, or all their data). */
    public void requireNotHeld(AccountId person, Optional<UUID> record) {
        boolean held = record.map(r -> store.held(person, r)).orElseGet(() -> store.heldEntirely(person));
        if (held) {
            throw new LegalHoldException();
        }
    }
}
