package tech.jobbot.domain.consent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/** Ledger records for tests: one person, the global policy, minimal context unless a test needs more. */
final class ConsentFixtures {
    static final AccountId ALICE = new AccountId(UUID.fromString("00000000-0000-4000-8000-00000000a11c"));
    static final AccountId BOB = new AccountId(UUID.fromString("00000000-0000-4000-8000-000000000b0b"));
    static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    private ConsentFixtures() {
    }

    static ConsentRecord record(PurposeKey purpose, ConsentChoice choice, int policyVersion, Instant at) {
        return record(ALICE, purpose, choice, policyVersion, ConsentMethod.SETTINGS, at);
    }

    static ConsentRecord record(AccountId subject, PurposeKey purpose, ConsentChoice choice, int policyVersion,
            ConsentMethod method, Instant at) {
        return new ConsentRecord(UUID.randomUUID(), subject, purpose, choice, policyVersion, method, at, "GLOBAL",
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ConsentRecord granted(PurposeKey purpose, int policyVersion, long minutesAfterStart) {
        return record(purpose, ConsentChoice.GRANTED, policyVersion, START.plusSeconds(60 * minutesAfterStart));
    }

    static ConsentRecord withdrawn(PurposeKey purpose, int policyVersion, long minutesAfterStart) {
        return record(purpose, ConsentChoice.WITHDRAWN, policyVersion, START.plusSeconds(60 * minutesAfterStart));
    }

    static ConsentRecord acknowledged(PurposeKey purpose, int policyVersion, long minutesAfterStart) {
        return record(purpose, ConsentChoice.ACKNOWLEDGED, policyVersion, START.plusSeconds(60 * minutesAfterStart));
    }

    /** A consent-based purpose whose terms last changed in {@code policyVersion}. */
    static Purpose changedIn(Purpose purpose, int policyVersion) {
        return new Purpose(purpose.key(), purpose.description(), purpose.legalBasis(), purpose.defaultGranted(),
                policyVersion);
    }
}
