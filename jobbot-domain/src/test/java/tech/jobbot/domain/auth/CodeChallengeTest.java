package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.AccountId;

class CodeChallengeTest {
    private static final Instant T = Instant.parse("2026-03-01T09:00:00Z");
    private static final FlowId FLOW = new FlowId("AAAAAAAAAAAAAAAAAAAAAA");
    private static final String ADDRESS = "index-of-alice-at-example-com";
    private static final String OTHER_ADDRESS = "index-of-bob-at-example-com";
    private static final Digest RIGHT = new Digest("right-code-digest-0001");
    private static final Digest NEW_RIGHT = new Digest("resent-code-digest-002");
    private static final Digest WRONG = new Digest("wrong-code-digest-0003");

    private static CodeChallenge issued() {
        return CodeChallenge.issue(FLOW, CodePurpose.SIGN_IN, ADDRESS, Optional.empty(), RIGHT, T);
    }

    @Test
    void given_a_new_challenge_then_it_expires_ten_minutes_after_issue_with_no_attempts_used() {
        CodeChallenge challenge = issued();
        assertEquals(T.plus(Duration.ofMinutes(10)), challenge.expiresAt());
        assertEquals(0, challenge.failedAttempts());
        assertTrue(challenge.consumedAt().isEmpty());
        assertTrue(challenge.acceptsResend());
    }

    @Test
    void given_issued_at_T_when_the_right_code_is_entered_one_second_before_expiry_then_it_verifies() {
        Instant at = T.plus(Duration.ofMinutes(10)).minusSeconds(1);
        CodeChallenge.Attempt attempt = issued().attempt(ADDRESS, RIGHT, at);
        assertInstanceOf(CodeCheck.Verified.class, attempt.check());
        assertEquals(Optional.of(at), attempt.challenge().consumedAt());
    }

    @Test
    void given_issued_at_T_when_the_right_code_is_entered_at_exactly_ten_minutes_then_it_is_expired() {
        CodeChallenge.Attempt attempt = issued().attempt(ADDRESS, RIGHT, T.plus(Duration.ofMinutes(10)));
        assertInstanceOf(CodeCheck.Expired.class, attempt.check());
        assertTrue(attempt.challenge().consumedAt().isEmpty());
    }

    @Test
    void given_issued_at_T_when_the_right_code_is_entered_ten_minutes_and_one_second_later_then_it_is_expired() {
        CodeChallenge.Attempt attempt = issued().attempt(ADDRESS, RIGHT, T.plus(Duration.ofMinutes(10)).plusSeconds(1));
        assertInstanceOf(CodeCheck.Expired.class, attempt.check());
    }

    @Test
    void given_five_wrong_entries_when_the_right_code_follows_then_the_sixth_attempt_fails_with_too_many_attempts() {
        CodeChallenge challenge = issued();
        Instant at = T.plusSeconds(30);
        for (int left = 4; left >= 1; left--) {
            CodeChallenge.Attempt attempt = challenge.attempt(ADDRESS, WRONG, at);
            assertEquals(new CodeCheck.WrongCode(left), attempt.check());
            challenge = attempt.challenge();
        }
        CodeChallenge.Attempt fifth = challenge.attempt(ADDRESS, WRONG, at);
        assertInstanceOf(CodeCheck.TooManyAttempts.class, fifth.check());
        assertEquals(CodeRules.MAX_ATTEMPTS, fifth.challenge().failedAttempts());

        CodeChallenge.Attempt sixth = fifth.challenge().attempt(ADDRESS, RIGHT, at);
        assertInstanceOf(CodeCheck.TooManyAttempts.class, sixth.check());
        assertTrue(sixth.challenge().consumedAt().isEmpty());
        assertEquals(CodeRules.MAX_ATTEMPTS, sixth.challenge().failedAttempts());
    }

    @Test
    void given_four_wrong_entries_when_the_right_code_follows_then_it_still_verifies() {
        CodeChallenge challenge = issued();
        for (int i = 0; i < 4; i++) {
            challenge = challenge.attempt(ADDRESS, WRONG, T).challenge();
        }
        assertInstanceOf(CodeCheck.Verified.class, challenge.attempt(ADDRESS, RIGHT, T).check());
    }

    @Test
    void given_a_verified_challenge_when_the_code_is_entered_again_then_it_is_already_used() {
        CodeChallenge used = issued().attempt(ADDRESS, RIGHT, T.plusSeconds(5)).challenge();
        CodeChallenge.Attempt again = used.attempt(ADDRESS, RIGHT, T.plusSeconds(6));
        assertInstanceOf(CodeCheck.AlreadyUsed.class, again.check());
        assertEquals(used, again.challenge());
    }

    @Test
    void given_a_verified_challenge_when_entered_again_after_expiry_then_it_is_still_already_used() {
        CodeChallenge used = issued().attempt(ADDRESS, RIGHT, T.plusSeconds(5)).challenge();
        assertInstanceOf(CodeCheck.AlreadyUsed.class, used.attempt(ADDRESS, RIGHT, T.plus(Duration.ofHours(1))).check());
    }

    @Test
    void given_the_right_code_for_another_address_index_then_it_counts_as_a_wrong_entry() {
        CodeChallenge.Attempt attempt = issued().attempt(OTHER_ADDRESS, RIGHT, T.plusSeconds(5));
        assertEquals(new CodeCheck.WrongCode(CodeRules.MAX_ATTEMPTS - 1), attempt.check());
        assertEquals(1, attempt.challenge().failedAttempts());
        assertTrue(attempt.challenge().consumedAt().isEmpty());
    }

    @Test
    void given_a_wrong_entry_then_the_returned_state_counts_it_and_nothing_else_changes() {
        CodeChallenge before = issued();
        CodeChallenge after = before.attempt(ADDRESS, WRONG, T.plusSeconds(5)).challenge();
        assertEquals(1, after.failedAttempts());
        assertEquals(before.expiresAt(), after.expiresAt());
        assertEquals(before.codeDigest(), after.codeDigest());
        assertEquals(0, before.failedAttempts(), "the challenge is a value: the old state is untouched");
    }

    @Test
    void given_wrong_entries_when_a_code_is_resent_then_failed_attempts_are_kept_and_expiry_is_renewed() {
        CodeChallenge challenge = issued();
        for (int i = 0; i < 3; i++) {
            challenge = challenge.attempt(ADDRESS, WRONG, T.plusSeconds(10)).challenge();
        }
        Instant resentAt = T.plus(Duration.ofMinutes(8));
        CodeChallenge resent = challenge.resend(NEW_RIGHT, resentAt);

        assertEquals(3, resent.failedAttempts());
        assertEquals(resentAt, resent.issuedAt());
        assertEquals(resentAt.plus(CodeRules.LIFETIME), resent.expiresAt());
        assertEquals(FLOW, resent.id());
        assertEquals(new CodeCheck.WrongCode(1), resent.attempt(ADDRESS, RIGHT, resentAt.plusSeconds(1)).check());
        assertInstanceOf(CodeCheck.Verified.class,
                resent.attempt(ADDRESS, NEW_RIGHT, T.plus(Duration.ofMinutes(17))).check(),
                "the renewed lifetime counts from the resend");
    }

    @Test
    void given_a_resent_code_then_the_previous_code_no_longer_verifies() {
        CodeChallenge resent = issued().resend(NEW_RIGHT, T.plusSeconds(70));
        CodeChallenge.Attempt old = resent.attempt(ADDRESS, RIGHT, T.plusSeconds(80));
        assertEquals(new CodeCheck.WrongCode(4), old.check());
    }

    @Test
    void given_a_spent_challenge_then_a_resend_is_refused() {
        CodeChallenge spent = issued();
        for (int i = 0; i < CodeRules.MAX_ATTEMPTS; i++) {
            spent = spent.attempt(ADDRESS, WRONG, T).challenge();
        }
        assertFalse(spent.acceptsResend());
        CodeChallenge finalSpent = spent;
        assertThrows(IllegalStateException.class, () -> finalSpent.resend(NEW_RIGHT, T.plusSeconds(61)));
    }

    @Test
    void given_a_used_challenge_then_a_resend_is_refused() {
        CodeChallenge used = issued().attempt(ADDRESS, RIGHT, T).challenge();
        assertFalse(used.acceptsResend());
        assertThrows(IllegalStateException.class, () -> used.resend(NEW_RIGHT, T.plusSeconds(61)));
    }

    @Test
    void given_an_expired_but_unused_challenge_then_a_resend_starts_a_fresh_lifetime() {
        CodeChallenge resent = issued().resend(NEW_RIGHT, T.plus(Duration.ofMinutes(30)));
        assertInstanceOf(CodeCheck.Verified.class,
                resent.attempt(ADDRESS, NEW_RIGHT, T.plus(Duration.ofMinutes(31))).check());
    }

    @Test
    void given_an_expired_challenge_then_a_wrong_code_costs_no_attempt() {
        CodeChallenge.Attempt attempt = issued().attempt(ADDRESS, WRONG, T.plus(Duration.ofHours(1)));
        assertInstanceOf(CodeCheck.Expired.class, attempt.check());
        assertEquals(0, attempt.challenge().failedAttempts());
    }

    @Test
    void an_email_change_challenge_must_belong_to_an_account() {
        assertThrows(IllegalArgumentException.class,
                () -> CodeChallenge.issue(FLOW, CodePurpose.CHANGE_EMAIL, ADDRESS, Optional.empty(), RIGHT, T));
        CodeChallenge change = CodeChallenge.issue(FLOW, CodePurpose.CHANGE_EMAIL, ADDRESS,
                Optional.of(new AccountId(UUID.randomUUID())), RIGHT, T);
        assertEquals(CodePurpose.CHANGE_EMAIL, change.purpose());
    }

    @Test
    void failed_attempts_outside_zero_to_max_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new CodeChallenge(FLOW, CodePurpose.SIGN_IN, ADDRESS,
                Optional.empty(), RIGHT, T, T.plus(CodeRules.LIFETIME), -1, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new CodeChallenge(FLOW, CodePurpose.SIGN_IN, ADDRESS,
                Optional.empty(), RIGHT, T, T.plus(CodeRules.LIFETIME), CodeRules.MAX_ATTEMPTS + 1, Optional.empty()));
    }

    @Property
    void wrong_attempts_never_exceed_the_budget_and_each_one_costs_an_attempt(
            @ForAll @Size(max = 20) List<@IntRange(min = 0, max = 599) Integer> secondsAfterIssue,
            @ForAll boolean wrongAddressInsteadOfWrongCode) {
        CodeChallenge challenge = issued();
        int previousLeft = CodeRules.MAX_ATTEMPTS;
        for (int seconds : secondsAfterIssue.stream().sorted().toList()) {
            CodeChallenge.Attempt attempt = wrongAddressInsteadOfWrongCode
                    ? challenge.attempt(OTHER_ADDRESS, RIGHT, T.plusSeconds(seconds))
                    : challenge.attempt(ADDRESS, WRONG, T.plusSeconds(seconds));
            challenge = attempt.challenge();
            assertTrue(challenge.failedAttempts() <= CodeRules.MAX_ATTEMPTS);
            assertTrue(challenge.consumedAt().isEmpty());
            switch (attempt.check()) {
                case CodeCheck.WrongCode wrong -> {
                    assertTrue(wrong.attemptsLeft() < previousLeft, "attempts left must decrease");
                    assertEquals(CodeRules.MAX_ATTEMPTS - challenge.failedAttempts(), wrong.attemptsLeft());
                    previousLeft = wrong.attemptsLeft();
                }
                case CodeCheck.TooManyAttempts tooMany -> {
                    assertEquals(CodeRules.MAX_ATTEMPTS, challenge.failedAttempts());
                    previousLeft = 0;
                }
                default -> throw new AssertionError("unexpected outcome " + attempt.check());
            }
        }
        assertEquals(Math.min(secondsAfterIssue.size(), CodeRules.MAX_ATTEMPTS), challenge.failedAttempts());
    }
}
