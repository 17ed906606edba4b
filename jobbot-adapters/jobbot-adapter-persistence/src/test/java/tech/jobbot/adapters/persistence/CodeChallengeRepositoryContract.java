package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.FlowId;

/** The {@link tech.jobbot.ports.out.auth.CodeChallengeRepository} contract. */
abstract class CodeChallengeRepositoryContract extends PersistenceContract {
    private final SecureRandom random = new SecureRandom();
    private final Digest code = new Digest("codedigestcodedigestcodedigest12");
    private final String emailIndex = "emailindexemailindexemailindex12";

    @Test
    void saved_challenge_is_found_and_replaced_on_save() {
        CodeChallenge issued = CodeChallenge.issue(FlowId.generate(random), CodePurpose.SIGN_IN, emailIndex,
                Optional.empty(), code, clock.instant());
        persistence.transactions().run(() -> persistence.codeChallenges().save(issued));
        assertEquals(Optional.of(issued), persistence.transactions().inTransaction(
                () -> persistence.codeChallenges().findForUpdate(issued.id())));

        CodeChallenge.Attempt wrong = issued.attempt(emailIndex, new Digest("wrongwrongwrongwrongwrong1"),
                clock.instant());
        assertTrue(wrong.check() instanceof CodeCheck.WrongCode);
        persistence.codeChallenges().save(wrong.challenge());
        assertEquals(1, persistence.codeChallenges().findForUpdate(issued.id()).orElseThrow().failedAttempts());
    }

    @Test
    void unknown_flow_is_empty() {
        assertEquals(Optional.empty(), persistence.codeChallenges().findForUpdate(FlowId.generate(random)));
    }

    @Test
    void expired_flows_are_deleted() {
        CodeChallenge old = CodeChallenge.issue(FlowId.generate(random), CodePurpose.SIGN_IN, emailIndex,
                Optional.empty(), code, clock.instant());
        persistence.codeChallenges().save(old);
        clock.advance(Duration.ofMinutes(30));
        CodeChallenge fresh = CodeChallenge.issue(FlowId.generate(random), CodePurpose.SIGN_IN, emailIndex,
                Optional.empty(), code, clock.instant());
        persistence.codeChallenges().save(fresh);
        assertEquals(1, persistence.codeChallenges().deleteExpiredBefore(clock.instant()));
        assertTrue(persistence.codeChallenges().findForUpdate(old.id()).isEmpty());
        assertTrue(persistence.codeChallenges().findForUpdate(fresh.id()).isPresent());
    }
}
