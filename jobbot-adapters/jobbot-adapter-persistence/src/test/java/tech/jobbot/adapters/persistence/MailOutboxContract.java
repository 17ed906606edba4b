package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.mail.MailOutbox.OutboxMail;

/** The {@link MailOutbox} contract. */
abstract class MailOutboxContract extends PersistenceContract {
    private static final Duration LEASE = Duration.ofMinutes(1);

    private MailOutbox outbox() {
        return persistence.mailOutbox();
    }

    private static MailMessage mail(String to) {
        return new MailMessage(EmailAddress.parse(to), "Your code", "code 123456 — Grüße", "<p>code 123456</p>");
    }

    @Test
    void enqueued_mail_is_claimed_once_with_its_content() {
        String id = outbox().enqueue(mail("a@example.com"), clock.instant());
        List<OutboxMail> claimed = outbox().claimDue(clock.instant(), 10, LEASE);
        assertEquals(List.of(new OutboxMail(id, mail("a@example.com"), 0)), claimed);
        assertEquals(List.of(), outbox().claimDue(clock.instant(), 10, LEASE), "leased");
        clock.advance(LEASE);
        assertEquals(1, outbox().claimDue(clock.instant(), 10, LEASE).size(), "a lapsed lease frees the mail");
    }

    @Test
    void an_unsubscribe_link_survives_the_outbox() {
        MailMessage marketing = new MailMessage(EmailAddress.parse("m@example.com"), "News", "text", "<p>html</p>",
                java.util.Optional.of(java.net.URI.create("https://jobbot.example/unsubscribe/t0ken")));
        String id = outbox().enqueue(marketing, clock.instant());
        assertEquals(List.of(new OutboxMail(id, marketing, 0)), outbox().claimDue(clock.instant(), 10, LEASE));
    }

    @Test
    void content_is_sealed_and_destroyed_once_sent() throws Exception {
        String id = outbox().enqueue(mail("secret.person@example.com"), clock.instant());
        assertEquals(List.of(), columnsContaining("123456"));
        assertEquals(List.of(), columnsContaining("secret.person"));
        outbox().claimDue(clock.instant(), 10, LEASE);
        outbox().markSent(id, clock.instant());
        assertEquals(0, outbox().pendingCount());
        assertFalse(persistence.keyVault().exists(KeyScope.mail(id)));
        clock.advance(Duration.ofHours(1));
        assertEquals(List.of(), outbox().claimDue(clock.instant(), 10, LEASE));
    }

    @Test
    void failed_mail_waits_for_its_next_attempt_and_counts_it() {
        String id = outbox().enqueue(mail("b@example.com"), clock.instant());
        outbox().claimDue(clock.instant(), 10, LEASE);
        outbox().markFailed(id, clock.instant().plus(Duration.ofMinutes(5)), "421 try later");
        assertEquals(List.of(), outbox().claimDue(clock.instant().plus(Duration.ofMinutes(4)), 10, LEASE));
        clock.advance(Duration.ofMinutes(5));
        List<OutboxMail> again = outbox().claimDue(clock.instant(), 10, LEASE);
        assertEquals(1, again.size());
        assertEquals(1, again.get(0).attempts());
        assertEquals(1, outbox().pendingCount());
    }

    @Test
    void dead_mail_is_given_up_and_unreadable() {
        String id = outbox().enqueue(mail("c@example.com"), clock.instant());
        outbox().markDead(id, clock.instant(), "550 no such user");
        assertEquals(0, outbox().pendingCount());
        assertFalse(persistence.keyVault().exists(KeyScope.mail(id)));
    }

    @Test
    void mail_enqueued_in_a_rolled_back_transaction_is_gone() {
        assertThrows(IllegalStateException.class, () -> persistence.transactions().run(() -> {
            outbox().enqueue(mail("d@example.com"), clock.instant());
            throw new IllegalStateException("the change failed");
        }));
        assertEquals(0, outbox().pendingCount());
    }

    @Test
    void concurrent_workers_never_claim_the_same_mail() throws Exception {
        for (int i = 0; i < 40; i++) {
            outbox().enqueue(mail("w" + i + "@example.com"), clock.instant());
        }
        List<String> claimedIds = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            workers.submit(() -> {
                start.await();
                List<OutboxMail> batch;
                do {
                    batch = outbox().claimDue(clock.instant(), 5, LEASE);
                    batch.forEach(m -> claimedIds.add(m.id()));
                } while (!batch.isEmpty());
                return null;
            });
        }
        start.countDown();
        workers.shutdown();
        assertTrue(workers.awaitTermination(60, TimeUnit.SECONDS));
        Set<String> unique = new HashSet<>(claimedIds);
        assertEquals(claimedIds.size(), unique.size(), "no mail claimed twice");
        assertEquals(40, unique.size(), "every mail claimed");
    }

    @Test
    void a_mail_that_can_no_longer_be_opened_is_given_up_without_blocking_the_others() {
        String broken = outbox().enqueue(mail("first@example.com"), clock.instant());
        clock.advance(Duration.ofSeconds(1));
        String fine = outbox().enqueue(mail("second@example.com"), clock.instant());
        persistence.keyVault().destroy(KeyScope.mail(broken));
        List<OutboxMail> claimed = outbox().claimDue(clock.instant(), 10, LEASE);
        assertEquals(List.of(fine), claimed.stream().map(OutboxMail::id).toList());
        outbox().markSent(fine, clock.instant());
        assertEquals(0, outbox().pendingCount(), "the unreadable mail is dead, not pending");
    }

    @Test
    void finished_mail_records_are_purged_after_their_retention() {
        String sent = outbox().enqueue(mail("old@example.com"), clock.instant());
        outbox().claimDue(clock.instant(), 10, LEASE);
        outbox().markSent(sent, clock.instant());
        String pending = outbox().enqueue(mail("waiting@example.com"), clock.instant());
        clock.advance(Duration.ofDays(8));
        assertEquals(1, outbox().purgeFinishedBefore(clock.instant().minus(Duration.ofDays(7))));
        assertEquals(1, outbox().pendingCount(), "pending mail is never purged");
        assertEquals(List.of(pending), outbox().claimDue(clock.instant(), 10, LEASE).stream().map(OutboxMail::id).toList());
    }
}
