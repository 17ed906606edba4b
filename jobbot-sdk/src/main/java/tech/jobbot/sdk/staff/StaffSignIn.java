package tech.jobbot.sdk.staff;

import java.time.Instant;
import java.util.List;

import tech.jobbot.domain.staff.StaffMember;

/** What a staff sign-in attempt came to. */
public sealed interface StaffSignIn {
    /**
     * Signed in. {@code token} is shown once: only its digest is kept.
     *
     * @param recoveryCodesLeft how many unused recovery codes remain
     */
    record SignedIn(StaffMember member, String token, Instant expiresAt, int recoveryCodesLeft) implements StaffSignIn {
    }

    /**
     * The email code was right and no second factor is set up yet: here it is, shown once. Add it
     * to an authenticator app, keep the recovery codes, then sign in with a fresh code and the app's code.
     */
    record Enrol(String secretBase32, String otpauthUri, List<String> recoveryCodes) implements StaffSignIn {
    }

    /** Refused, saying why in general terms (never whether the address is staff). */
    record Refused(String reason) implements StaffSignIn {
    }
}
