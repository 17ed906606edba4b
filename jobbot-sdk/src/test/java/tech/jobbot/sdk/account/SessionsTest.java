package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.CHROME_ON_WINDOWS;
import static tech.jobbot.sdk.JobbotHarness.FIREFOX_ON_LINUX;
import static tech.jobbot.sdk.JobbotHarness.email;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.SessionView;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.sdk.JobbotHarness;

class SessionsTest {
    private static final EmailAddress ALICE = email("alice@example.com");
    private static final EmailAddress BOB = email("bob@example.com");
    private static final Duration COOLDOWN_PASSED = Duration.ofSeconds(61);

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private JobbotHarness harness() {
        h = JobbotHarness.start(dataDirectory);
        return h;
    }

    @Test
    void a_session_unused_for_the_idle_timeout_of_24_hours_ends() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);

        h.clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertTrue(h.jobbot.authenticate(alice.token()).isPresent(), "still alive just before the timeout");
        h.clock.advance(Duration.ofHours(24));
        assertTrue(h.jobbot.authenticate(alice.token()).isEmpty(), "24 h after the last use it is over");
    }

    @Test
    void a_session_unused_for_exactly_24_hours_ends() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        h.clock.advance(Duration.ofHours(24));
        assertTrue(h.jobbot.authenticate(alice.token()).isEmpty());
    }

    @Test
    void using_a_session_pushes_its_expiry_back() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        h.clock.advance(Duration.ofHours(20));
        AuthenticatedSession used = h.jobbot.authenticate(alice.token()).orElseThrow();
        assertEquals(h.clock.instant().plus(Duration.ofHours(24)), used.expiresAt());

        h.clock.advance(Duration.ofHours(20));
        assertTrue(h.jobbot.authenticate(alice.token()).isPresent());
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_of_30_days_even_with_activity_every_12_hours() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        Instant signedInAt = h.clock.instant();
        Instant end = signedInAt.plus(Duration.ofDays(30));

        while (h.clock.instant().plus(Duration.ofHours(12)).isBefore(end)) {
            h.clock.advance(Duration.ofHours(12));
            assertTrue(h.jobbot.authenticate(alice.token()).isPresent(), "active at " + h.clock.instant());
        }
        assertEquals(end, h.jobbot.authenticate(alice.token()).orElseThrow().expiresAt(),
                "near the end, the absolute lifetime is what expires it");
        h.clock.advance(Duration.ofHours(12));
        assertEquals(end, h.clock.instant());

        assertTrue(h.jobbot.authenticate(alice.token()).isEmpty());
    }

    @Test
    void a_session_policy_given_to_the_builder_is_honoured() {
        SessionPolicy strict = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2));
        h = JobbotHarness.start(dataDirectory, b -> b.sessionPolicy(strict));
        SignInResult.SignedIn idle = h.signInFully(ALICE);
        Instant idleStart = h.clock.instant();
        assertEquals(idleStart.plus(Duration.ofMinutes(30)), idle.expiresAt());
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn busy = h.signInFully(BOB);
        Instant busyEnd = h.clock.instant().plus(Duration.ofHours(2));

        while (h.clock.instant().plus(Duration.ofMinutes(20)).isBefore(busyEnd)) {
            h.clock.advance(Duration.ofMinutes(20));
            assertTrue(h.jobbot.authenticate(busy.token()).isPresent(), "used every 20 minutes");
        }
        assertTrue(h.clock.instant().isAfter(idleStart.plus(Duration.ofMinutes(30))));
        assertTrue(h.jobbot.authenticate(idle.token()).isEmpty(), "unused for longer than 30 minutes");

        h.clock.advance(Duration.ofMinutes(20));
        assertEquals(busyEnd, h.clock.instant());
        assertTrue(h.jobbot.authenticate(busy.token()).isEmpty(), "ended by the 2 hour absolute lifetime");
    }

    @Test
    void the_list_of_sessions_shows_each_device_newest_first_and_marks_the_current_one() {
        harness();
        SignInResult.SignedIn onLaptop = h.signInFully(ALICE, FIREFOX_ON_LINUX);
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn onDesktop = h.signInFully(ALICE, CHROME_ON_WINDOWS);

        List<SessionView> sessions = h.jobbot.sessions(onLaptop.account(), onLaptop.session());

        assertEquals(2, sessions.size());
        SessionView newest = sessions.get(0);
        SessionView laptop = sessions.get(1);
        assertEquals(onDesktop.session(), newest.id());
        assertEquals("Chrome", newest.browser());
        assertEquals("Windows", newest.operatingSystem());
        assertFalse(newest.current());
        assertEquals(onLaptop.session(), laptop.id());
        assertEquals("Firefox", laptop.browser());
        assertEquals("Linux", laptop.operatingSystem());
        assertTrue(laptop.current());
        assertEquals(onLaptop.expiresAt(), laptop.expiresAt());
    }

    @Test
    void the_list_of_sessions_leaves_out_ended_ones_and_those_of_other_accounts() {
        harness();
        SignInResult.SignedIn old = h.signInFully(ALICE);
        h.signInFully(BOB);
        h.clock.advance(Duration.ofHours(25));
        SignInResult.SignedIn fresh = h.signInFully(ALICE);

        List<SessionView> sessions = h.jobbot.sessions(fresh.account(), fresh.session());

        assertEquals(List.of(fresh.session()), sessions.stream().map(SessionView::id).toList());
        assertEquals(old.account(), fresh.account());
    }

    @Test
    void revoking_another_session_ends_it_and_only_it() {
        harness();
        SignInResult.SignedIn phone = h.signInFully(ALICE);
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn laptop = h.signInFully(ALICE);

        assertTrue(h.jobbot.revokeSession(laptop.account(), phone.session()));

        assertTrue(h.jobbot.authenticate(phone.token()).isEmpty());
        assertTrue(h.jobbot.authenticate(laptop.token()).isPresent());
        assertEquals(List.of(laptop.session()),
                h.jobbot.sessions(laptop.account(), laptop.session()).stream().map(SessionView::id).toList());
        assertFalse(h.jobbot.revokeSession(laptop.account(), phone.session()), "it has ended already");
    }

    @Test
    void revoking_the_other_sessions_keeps_only_the_current_one() {
        harness();
        SignInResult.SignedIn first = h.signInFully(ALICE);
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn second = h.signInFully(ALICE);
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn current = h.signInFully(ALICE);
        SignInResult.SignedIn bob = h.signInFully(BOB);

        assertEquals(2, h.jobbot.revokeOtherSessions(current.account(), current.session()));

        assertTrue(h.jobbot.authenticate(first.token()).isEmpty());
        assertTrue(h.jobbot.authenticate(second.token()).isEmpty());
        assertTrue(h.jobbot.authenticate(current.token()).isPresent());
        assertTrue(h.jobbot.authenticate(bob.token()).isPresent(), "other accounts keep their sessions");
        assertEquals(0, h.jobbot.revokeOtherSessions(current.account(), current.session()));
    }

    @Test
    void signing_out_ends_the_current_session() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        AuthenticatedSession session = h.jobbot.authenticate(alice.token()).orElseThrow();

        h.jobbot.signOut(session.session());

        assertTrue(h.jobbot.authenticate(alice.token()).isEmpty());
        assertTrue(h.jobbot.sessions(alice.account(), alice.session()).isEmpty());
        h.jobbot.signOut(session.session());
        assertTrue(h.jobbot.authenticate(alice.token()).isEmpty(), "signing out twice is harmless");
    }

    @Test
    void a_session_of_another_account_cannot_be_revoked() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        SignInResult.SignedIn bob = h.signInFully(BOB);

        assertFalse(h.jobbot.revokeSession(alice.account(), bob.session()));
        assertEquals(0, h.jobbot.revokeOtherSessions(alice.account(), alice.session()));

        assertTrue(h.jobbot.authenticate(bob.token()).isPresent());
        assertTrue(h.jobbot.sessions(alice.account(), alice.session()).stream()
                .noneMatch(s -> s.id().equals(bob.session())));
    }

    @Test
    void an_unknown_account_has_no_sessions() {
        harness();
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        AccountId stranger = new AccountId(UUID.randomUUID());
        assertTrue(h.jobbot.sessions(stranger, alice.session()).isEmpty());
        assertFalse(h.jobbot.revokeSession(stranger, alice.session()));
    }
}
