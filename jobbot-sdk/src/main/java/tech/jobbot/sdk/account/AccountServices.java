package tech.jobbot.sdk.account;

import java.time.Clock;

import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.AvatarStore;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.image.ImageSanitizer;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.tx.Transactions;

/** The account use cases wired from outbound ports; one shared code issuer behind both services. */
public record AccountServices(SignInService signIn, ProfileService profiles, CodeIssuer codes) {
    /** What the account use cases need from the outside world. */
    public record Ports(Transactions tx, AccountRepository accounts, AvatarStore avatars,
            CodeChallengeRepository challenges, SessionRepository sessions, RateLimitLedger rateLimits,
            MailOutbox outbox, KeyVault vault, ImageSanitizer images, UserAgentParser userAgents) {
    }

    /**
     * @param mailEnqueued called after a transaction that queued mail has committed, to deliver it soon
     */
    public static AccountServices create(Ports ports, SessionPolicy sessionPolicy, CodeLimits limits, Clock clock,
            Runnable mailEnqueued) {
        CodeIssuer codes = new CodeIssuer(ports.tx(), ports.challenges(), ports.rateLimits(), ports.outbox(),
                ports.vault(), limits, clock, mailEnqueued);
        return new AccountServices(
                new SignInService(ports.tx(), codes, ports.challenges(), ports.accounts(), ports.sessions(),
                        ports.vault(), ports.userAgents(), sessionPolicy, clock),
                new ProfileService(ports.tx(), ports.accounts(), ports.avatars(), codes, ports.challenges(),
                        ports.outbox(), ports.images(), clock, mailEnqueued),
                codes);
    }
}
