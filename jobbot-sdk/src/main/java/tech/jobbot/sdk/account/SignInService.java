package tech.jobbot.sdk.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.Session;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.ports.in.auth.Authenticate;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.CsrfTokens;
import tech.jobbot.ports.in.auth.ManageSessions;
import tech.jobbot.ports.in.auth.RequestSignInCode;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SessionToken;
import tech.jobbot.ports.in.auth.SessionView;
import tech.jobbot.ports.in.auth.SignIn;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.DuplicateAccountException;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.tx.Transactions;

/** Passwordless sign-in by email code, and the sessions it opens. */
public final class SignInService implements RequestSignInCode, SignIn, Authenticate, ManageSessions, CsrfTokens {
    private static final String TOKEN_DIGEST = "session-token";
    private static final String CSRF_DIGEST = "csrf-token";

    private final Transactions tx;
    private final CodeIssuer codes;
    private final CodeChallengeRepository challenges;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final KeyVault vault;
    private final SessionPolicy policy;
    private final UserAgentParser userAgents;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SignInService(Transactions tx, CodeIssuer codes, CodeChallengeRepository challenges, AccountRepository accounts,
            SessionRepository sessions, KeyVault vault, UserAgentParser userAgents, SessionPolicy policy, Clock clock) {
        this.tx = tx;
        this.userAgents = userAgents;
        this.codes = codes;
        this.challenges = challenges;
        this.accounts = accounts;
        this.sessions = sessions;
        this.vault = vault;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CodeRequestResult requestSignInCode(RequestSignInCodeCommand command) {
        return codes.issue(CodePurpose.SIGN_IN, command.email(), Optional.empty(), command.resendOf(),
                command.clientIp());
    }

    @Override
    public SignInResult signIn(SignInCommand command) {
        try {
            return tx.inTransaction(() -> signInOnce(command));
        } catch (DuplicateAccountException raced) {
            // A concurrent first sign-in created the account; the code was not spent (rolled back).
            return tx.inTransaction(() -> signInOnce(command));
        }
    }

    private SignInResult signInOnce(SignInCommand command) {
        Instant now = clock.instant();
        Optional<CodeChallenge> found = challenges.findForUpdate(command.flowId())
                .filter(c -> c.purpose() == CodePurpose.SIGN_IN);
        if (found.isEmpty()) {
            return new SignInResult.Refused(new CodeCheck.UnknownFlow());
        }
        CodeChallenge.Attempt attempt = found.get().attempt(codes.emailIndex(command.email()),
                codes.codeDigest(command.flowId(), command.code()), now);
        challenges.save(attempt.challenge());
        if (!(attempt.check() instanceof CodeCheck.Verified)) {
            return new SignInResult.Refused(attempt.check());
        }
        Optional<Account> existing = accounts.findByEmail(command.email());
        Account account = existing.orElseGet(() -> {
            Account created = Account.registerByEmail(new AccountId(UUID.randomUUID()), command.email(), now);
            accounts.add(created);
            return created;
        });
        SessionToken token = SessionToken.generate(random);
        Session session = Session.start(new SessionId(UUID.randomUUID()), account.id(), tokenDigest(token),
                userAgents.parse(command.userAgent()).device(), now);
        sessions.add(session);
        return new SignInResult.SignedIn(account.id(), session.id(), token, session.expiresAt(policy),
                existing.isEmpty());
    }

    @Override
    public Optional<AuthenticatedSession> authenticate(SessionToken token) {
        Instant now = clock.instant();
        return sessions.findByTokenDigest(tokenDigest(token))
                .filter(s -> s.isActive(policy, now))
                .map(s -> {
                    Session current = s;
                    if (s.needsTouch(now)) {
                        current = s.touch(now);
                        sessions.touch(s.id(), now);
                    }
                    return new AuthenticatedSession(current.account(), current.id(), current.expiresAt(policy),
                            current.createdAt());
                });
    }

    @Override
    public List<SessionView> sessions(AccountId account, SessionId current) {
        Instant now = clock.instant();
        return sessions.listUnrevoked(account).stream()
                .filter(s -> s.isActive(policy, now))
                .map(s -> new SessionView(s.id(), s.device().browser(), s.device().operatingSystem(), s.createdAt(),
                        s.lastSeenAt(), s.expiresAt(policy), s.id().equals(current)))
                .toList();
    }

    @Override
    public boolean revokeSession(AccountId account, SessionId session) {
        Instant now = clock.instant();
        return sessions.findById(session)
                .filter(s -> s.account().equals(account) && s.isActive(policy, now))
                .map(s -> sessions.revoke(s.id(), now))
                .orElse(false);
    }

    @Override
    public int revokeOtherSessions(AccountId account, SessionId current) {
        return sessions.revokeAllExcept(account, current, clock.instant());
    }

    @Override
    public void signOut(SessionId session) {
        sessions.revoke(session, clock.instant());
    }

    @Override
    public String csrfTokenFor(SessionToken token) {
        return vault.digest(CSRF_DIGEST, token.value()).value();
    }

    private Digest tokenDigest(SessionToken token) {
        return vault.digest(TOKEN_DIGEST, token.value());
    }
}
