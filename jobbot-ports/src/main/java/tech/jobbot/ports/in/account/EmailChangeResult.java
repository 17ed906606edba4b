package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.auth.CodeCheck;

/** The answer to confirming a new email address. */
public sealed interface EmailChangeResult {
    record Changed(Account account) implements EmailChangeResult {}

    record Refused(CodeCheck reason) implements EmailChangeResult {}

    /** Another account uses the address already. */
    record AddressTaken() implements EmailChangeResult {}
}
