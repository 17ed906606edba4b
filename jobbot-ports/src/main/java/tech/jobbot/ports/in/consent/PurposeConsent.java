package tech.jobbot.ports.in.consent;

import java.util.Objects;

import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.Purpose;

/** A purpose and where the person stands on it. */
public record PurposeConsent(Purpose purpose, ConsentState state) {
    public PurposeConsent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(state, "state");
    }
}
