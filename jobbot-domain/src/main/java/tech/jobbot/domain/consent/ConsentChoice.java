package tech.jobbot.domain.consent;

/** What a person did about a purpose, as one ledger record. */
public enum ConsentChoice {
    GRANTED,
    WITHDRAWN,
    /** Saw a notice (e.g. a new policy version) and acknowledged it; never a grant. */
    ACKNOWLEDGED;

    /** Whether the choice decides the purpose's state; an acknowledgement does not. */
    public boolean decisive() {
        return this != ACKNOWLEDGED;
    }
}
