package tech.jobbot.domain.consent;

import java.util.Objects;

/**
 * Where a person stands on one purpose, derived from their consent ledger by
 * {@link Consents#stateOf}. Only {@link Granted} and {@link NotNeeded} allow the data to be used.
 */
public sealed interface ConsentState {
    /** Consent given under the purpose's current terms. */
    record Granted(ConsentRecord record) implements ConsentState {
        public Granted {
            requireChoice(record, ConsentChoice.GRANTED);
        }
    }

    /** No choice yet: a consent-based purpose is off until the person turns it on. */
    record Missing() implements ConsentState {}

    /** The latest choice withdrew consent. */
    record Withdrawn(ConsentRecord record) implements ConsentState {
        public Withdrawn {
            requireChoice(record, ConsentChoice.WITHDRAWN);
        }
    }

    /**
     * Consent given under a policy version older than the purpose's last change: the person must be
     * asked again, and the purpose waits for their answer.
     */
    record Outdated(ConsentRecord record) implements ConsentState {
        public Outdated {
            requireChoice(record, ConsentChoice.GRANTED);
        }
    }

    /** The purpose rests on a basis other than consent, so it applies whatever the ledger says. */
    record NotNeeded(LegalBasis basis) implements ConsentState {
        public NotNeeded {
            Objects.requireNonNull(basis, "basis");
            if (basis.needsConsent()) {
                throw new IllegalArgumentException("a consent-based purpose always needs consent");
            }
        }
    }

    private static void requireChoice(ConsentRecord record, ConsentChoice choice) {
        Objects.requireNonNull(record, "record");
        if (record.choice() != choice) {
            throw new IllegalArgumentException("this state rests on a " + choice + " record");
        }
    }
}
