package tech.jobbot.ports.out.crypto;

import tech.jobbot.domain.account.EmailAddress;

/**
 * The blind indexes shared by more than one component, defined once so that the account store
 * and the code flows always agree on how an address is recognised.
 */
public final class BlindIndex {
    private static final String EMAIL = "email";

    private BlindIndex() {
    }

    /** The keyed digest by which an email address is found, case-insensitively. */
    public static String email(KeyVault vault, EmailAddress email) {
        return vault.digest(EMAIL, email.lookupKey()).value();
    }
}
