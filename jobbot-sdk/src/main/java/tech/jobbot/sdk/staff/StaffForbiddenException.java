package tech.jobbot.sdk.staff;

/** A staff member asked for something their roles or cases do not allow; the refusal is in the audit log. */
public final class StaffForbiddenException extends RuntimeException {
    public StaffForbiddenException(String reason) {
        super(reason);
    }
}
