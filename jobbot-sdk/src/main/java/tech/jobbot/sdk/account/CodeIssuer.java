package tech.jobbot.sdk.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.RateDecision;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.mail.CodeMail;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.crypto.BlindIndex;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.limits.RateGuard;

/**
 * Issues verification codes for sign-in and for email changes: checks the limits, stores the
 * code's digest and commits the mail to the outbox in one transaction.
 */
public final class CodeIssuer {
    private static final String CODE_DIGEST = "verification-code";
    private static final String CLIENT_KEY = "client-ip";

    private final Transactions tx;
    private final CodeChallengeRepository challenges;
    private final RateGuard guard;
    private final MailOutbox outbox;
    private final KeyVault vault;
    private final CodeLimits limits;
    private final Clock clock;
    private final Runnable mailEnqueued;
    private final SecureRandom random = new SecureRandom();

    public CodeIssuer(Transactions tx, CodeChallengeRepository challenges, RateLimitLedger ledger, MailOutbox outbox,
            KeyVault vault, CodeLimits limits, Clock clock, Runnable mailEnqueued) {
        this.tx = tx;
        this.challenges = challenges;
        this.guard = new RateGuard(ledger, clock);
        this.outbox = outbox;
        this.vault = vault;
        this.limits = limits;
        this.clock = clock;
        this.mailEnqueued = mailEnqueued;
    }

    public CodeRequestResult issue(CodePurpose purpose, EmailAddress email, Optional<AccountId> account,
            Optional<FlowId> resendOf, String clientIp) {
        String emailIndex = emailIndex(email);
        String addressKey = "code-address:" + emailIndex;
        String clientKey = "code-client:" + vault.digest(CLIENT_KEY, clientIp).value();
        CodeRequestResult result = tx.inTransaction(() -> {
            Optional<RateDecision.Limited> limited = guard.take(List.of(
                    new RateGuard.Check(limits.clientHourly(), clientKey),
                    new RateGuard.Check(limits.addressCooldown(), addressKey),
                    new RateGuard.Check(limits.addressHourly(), addressKey)));
            if (limited.isPresent()) {
                return new CodeRequestResult.RateLimited(limited.get().limit(), limited.get().retryAfter());
            }
            Instant now = clock.instant();

            SignInCode code = SignInCode.generate(random);
            CodeChallenge challenge = resendOf.flatMap(challenges::findForUpdate)
                    .filter(c -> c.purpose() == purpose && c.emailIndex().equals(emailIndex)
                            && c.account().equals(account) && c.acceptsResend())
                    .map(c -> c.resend(codeDigest(c.id(), code), now))
                    .orElseGet(() -> {
                        FlowId flow = FlowId.generate(random);
                        return CodeChallenge.issue(flow, purpose, emailIndex, account, codeDigest(flow, code), now);
                    });
            challenges.save(challenge);
            outbox.enqueue(CodeMail.compose(email, code, purpose), now);
            return new CodeRequestResult.Sent(challenge.id());
        });
        if (result instanceof CodeRequestResult.Sent) {
            mailEnqueued.run();
        }
        return result;
    }

    /**
     * The same limits as {@link #issue}, taken the same way, for an address that gets no code (one
     * that is not staff): its answer cannot tell it apart from one that does.
     */
    public CodeRequestResult pretend(EmailAddress email, String clientIp) {
        String addressKey = "code-address:" + emailIndex(email);
        String clientKey = "code-client:" + vault.digest(CLIENT_KEY, clientIp).value();
        return tx.inTransaction(() -> {
            Optional<RateDecision.Limited> limited = guard.take(List.of(
                    new RateGuard.Check(limits.clientHourly(), clientKey),
                    new RateGuard.Check(limits.addressCooldown(), addressKey),
                    new RateGuard.Check(limits.addressHourly(), addressKey)));
            if (limited.isPresent()) {
                return new CodeRequestResult.RateLimited(limited.get().limit(), limited.get().retryAfter());
            }
            return new CodeRequestResult.Sent(FlowId.generate(random));
        });
    }

    public String emailIndex(EmailAddress email) {
        return BlindIndex.email(vault, email);
    }

    /** The code is digested together with its flow, so a code is worthless in any other flow. */
    public Digest codeDigest(FlowId flow, SignInCode code) {
        return vault.digest(CODE_DIGEST, flow.value() + ":" + code.digits());
    }

}
