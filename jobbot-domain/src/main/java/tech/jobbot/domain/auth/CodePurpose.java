package tech.jobbot.domain.auth;

/** What a verification code proves once entered. */
public enum CodePurpose {
    /** Sign up or sign in: the same flow, so nobody can tell whether an address has an account. */
    SIGN_IN,
    /** Confirms that a signed-in person controls the new address they want to use. */
    CHANGE_EMAIL,
    /** The first factor of a staff member's sign-in to the staff console; a second factor follows. */
    STAFF_SIGN_IN
}
