package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.Session;
import tech.jobbot.domain.auth.SessionId;

/** The {@link tech.jobbot.ports.out.auth.SessionRepository} contract. */
abstract class SessionRepositoryContract extends PersistenceContract {
    private AccountId owner;

    @BeforeEach
    void owner() {
        owner = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("s@example.com"), clock.instant()));
    }

    private Session start(String digest) {
        Session s = Session.start(new SessionId(UUID.randomUUID()), owner, new Digest(digest),
                new Device("Firefox", "Linux"), clock.instant());
        persistence.sessions().add(s);
        return s;
    }

    @Test
    void session_is_found_by_token_digest_and_id() throws Exception {
        Session s = start("digest-one-digest-one-digest-one");
        assertEquals(Optional.of(s), persistence.sessions().findByTokenDigest(new Digest("digest-one-digest-one-digest-one")));
        assertEquals(Optional.of(s), persistence.sessions().findById(s.id()));
        assertEquals(Optional.empty(), persistence.sessions().findByTokenDigest(new Digest("other-other-other-other1")));
        assertEquals(List.of(), columnsContaining("Firefox"), "the device is sealed");
    }

    @Test
    void activity_and_revocation_are_stored() {
        Session s = start("digest-two-digest-two-digest-two");
        clock.advance(Duration.ofMinutes(3));
        Session touched = s.touch(clock.instant());
        persistence.sessions().touch(s.id(), clock.instant());
        assertEquals(Optional.of(touched), persistence.sessions().findById(s.id()));
        persistence.sessions().touch(s.id(), clock.instant().minusSeconds(30));
        assertEquals(Optional.of(touched), persistence.sessions().findById(s.id()), "activity never moves back");
        Session revoked = touched.revoke(clock.instant());
        assertTrue(persistence.sessions().revoke(s.id(), clock.instant()));
        assertEquals(Optional.of(revoked), persistence.sessions().findById(s.id()));
        assertFalse(persistence.sessions().revoke(s.id(), clock.instant().plusSeconds(5)), "revoked once");
        assertTrue(persistence.sessions().listUnrevoked(owner).isEmpty());
    }

    @Test
    void a_touch_after_a_revocation_does_not_revive_the_session() {
        Session s = start("digest-r-digest-r-digest-r-digest");
        Session staleRead = persistence.sessions().findById(s.id()).orElseThrow();
        persistence.sessions().revoke(s.id(), clock.instant());
        clock.advance(Duration.ofMinutes(2));
        persistence.sessions().touch(staleRead.id(), clock.instant());
        Session stored = persistence.sessions().findById(s.id()).orElseThrow();
        assertTrue(stored.revokedAt().isPresent(), "still revoked");
        assertEquals(s.lastSeenAt(), stored.lastSeenAt(), "a revoked session records no activity");
    }

    @Test
    void ended_sessions_are_deleted() {
        Session old = start("digest-o-digest-o-digest-o-digest");
        persistence.sessions().revoke(old.id(), clock.instant());
        clock.advance(Duration.ofDays(31));
        Session fresh = start("digest-f-digest-f-digest-f-digest");
        assertEquals(1, persistence.sessions().deleteEndedBefore(clock.instant().minus(Duration.ofDays(1))));
        assertTrue(persistence.sessions().findById(old.id()).isEmpty());
        assertTrue(persistence.sessions().findById(fresh.id()).isPresent());
    }

    @Test
    void revoke_all_except_keeps_only_the_current_session() {
        Session first = start("digest-a-digest-a-digest-a-digest");
        clock.advance(Duration.ofSeconds(1));
        Session second = start("digest-b-digest-b-digest-b-digest");
        clock.advance(Duration.ofSeconds(1));
        Session third = start("digest-c-digest-c-digest-c-digest");
        assertEquals(List.of(third.id(), second.id(), first.id()),
                persistence.sessions().listUnrevoked(owner).stream().map(Session::id).toList(), "newest first");
        assertEquals(2, persistence.sessions().revokeAllExcept(owner, second.id(), clock.instant()));
        assertEquals(List.of(second.id()),
                persistence.sessions().listUnrevoked(owner).stream().map(Session::id).toList());
    }
}
