package tech.jobbot.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/**
 * One code flow: the digest of the current code, bound to a flow id, an address (by its blind
 * index) and a purpose. Single use, expires after {@link CodeRules#LIFETIME}, dies after
 * {@link CodeRules#MAX_ATTEMPTS} wrong entries. A resend replaces the code but keeps the
 * attempts used, so resending never buys more guesses.
 *
 * @param emailIndex blind index of the address the code was sent to
 * @param account    for {@link CodePurpose#CHANGE_EMAIL}: whose address changes
 */
public record CodeChallenge(
        FlowId id,
        CodePurpose purpose,
        String emailIndex,
        Optional<AccountId> account,
        Digest codeDigest,
        Instant issuedAt,
        Instant expiresAt,
        int failedAttempts,
        Optional<Instant> consumedAt) {

    public CodeChallenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(emailIndex, "emailIndex");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(codeDigest, "codeDigest");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(consumedAt, "consumedAt");
        if (failedAttempts < 0 || failedAttempts > CodeRules.MAX_ATTEMPTS) {
            throw new IllegalArgumentException("failedAttempts out of range");
        }
        if (purpose == CodePurpose.CHANGE_EMAIL && account.isEmpty()) {
            throw new IllegalArgumentException("an email change belongs to an account");
        }
    }

    public static CodeChallenge issue(FlowId id, CodePurpose purpose, String emailIndex, Optional<AccountId> account,
            Digest codeDigest, Instant now) {
        return new CodeChallenge(id, purpose, emailIndex, account, codeDigest, now, now.plus(CodeRules.LIFETIME), 0,
                Optional.empty());
    }

    /** Whether a new code may be sent into this flow (it is neither used up nor spent). */
    public boolean acceptsResend() {
        return consumedAt.isEmpty() && failedAttempts < CodeRules.MAX_ATTEMPTS;
    }

    /** A new code for the same flow: fresh lifetime, same attempt budget. */
    public CodeChallenge resend(Digest newCodeDigest, Instant now) {
        if (!acceptsResend()) {
            throw new IllegalStateException("flow is closed");
        }
        return new CodeChallenge(id, purpose, emailIndex, account, newCodeDigest, now, now.plus(CodeRules.LIFETIME),
                failedAttempts, consumedAt);
    }

    /**
     * One entry of a code. The outcome says what happened; {@link Attempt#challenge()} is the state
     * to store, whatever the outcome (a wrong code costs an attempt).
     */
    public Attempt attempt(String presentedEmailIndex, Digest presentedCode, Instant now) {
        if (consumedAt.isPresent()) {
            return new Attempt(this, new CodeCheck.AlreadyUsed());
        }
        if (failedAttempts >= CodeRules.MAX_ATTEMPTS) {
            return new Attempt(this, new CodeCheck.TooManyAttempts());
        }
        if (!now.isBefore(expiresAt)) {
            return new Attempt(this, new CodeCheck.Expired());
        }
        boolean sameAddress = MessageDigest.isEqual(emailIndex.getBytes(StandardCharsets.US_ASCII),
                presentedEmailIndex.getBytes(StandardCharsets.US_ASCII));
        boolean rightCode = codeDigest.matches(presentedCode);
        if (sameAddress && rightCode) {
            CodeChallenge used = new CodeChallenge(id, purpose, emailIndex, account, codeDigest, issuedAt, expiresAt,
                    failedAttempts, Optional.of(now));
            return new Attempt(used, new CodeCheck.Verified());
        }
        int failed = failedAttempts + 1;
        CodeChallenge counted = new CodeChallenge(id, purpose, emailIndex, account, codeDigest, issuedAt, expiresAt,
                failed, consumedAt);
        return new Attempt(counted, failed >= CodeRules.MAX_ATTEMPTS
                ? new CodeCheck.TooManyAttempts()
                : new CodeCheck.WrongCode(CodeRules.MAX_ATTEMPTS - failed));
    }

    /** The result of {@link #attempt}: the new state and what the person is told. */
    public record Attempt(CodeChallenge challenge, CodeCheck check) {
    }
}
