package tech.jobbot.ports.in.retention;

/** The data is under a legal hold: it cannot be deleted until the hold is released. */
public final class LegalHoldException extends IllegalStateException {
    public LegalHoldException() {
        super("this data is under a legal hold and cannot be deleted until the hold is released");
    }
}
