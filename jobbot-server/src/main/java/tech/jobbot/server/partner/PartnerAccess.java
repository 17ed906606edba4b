package tech.jobbot.server.partner;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.SessionToken;
import tech.jobbot.ports.out.partner.PartnerKeys.PartnerKey;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.event.PartnerService;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.ProblemException;

/**
 * A partner platform acting for one of its subjects on the user API: {@code Authorization: Bearer
 * jbp_...} plus {@code X-Jobbot-Subject: <the platform's id for the person>}. The key must be live,
 * have the scope the route needs, and be within its rate; the subject is an account in the partner's
 * own namespace, so no partner ever reaches another's people or Jobbot's own users.
 */
public final class PartnerAccess implements Authenticator.PartnerGate {
    public static final String SUBJECT_HEADER = "X-Jobbot-Subject";
    private static final Duration PARTNER_SESSION = Duration.ofMinutes(1);

    private final Jobbot jobbot;
    private final SecureRandom random = new SecureRandom();

    public PartnerAccess(Jobbot jobbot) {
        this.jobbot = jobbot;
    }

    @Override
    public Authenticator.Caller callerFor(ServerRequest req, String token) {
        PartnerKey key = key(req, token, scopeOf(req));
        String subject = req.headers().first(HeaderNames.create(SUBJECT_HEADER)).map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> ProblemException.invalid(SUBJECT_HEADER,
                        "a partner acts for one of its subjects: name them in " + SUBJECT_HEADER));
        AccountId account;
        try {
            account = jobbot.partners().accountFor(key, subject);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(SUBJECT_HEADER, e.getMessage());
        }
        Instant now = Instant.now(jobbot.clock());
        // A session for this one request: nothing is stored; it counts as a fresh sign-in.
        AuthenticatedSession session = new AuthenticatedSession(account, new SessionId(UUID.randomUUID()),
                now.plus(PARTNER_SESSION), now);
        req.context().register(account);
        return new Authenticator.Caller(session, SessionToken.generate(random));
    }

    /**
     * The live key behind the token, with the scope, within its rate.
     *
     * @throws ProblemException 401, 403 or 429
     */
    public PartnerKey key(ServerRequest req, String token, String scope) {
        PartnerKey key = jobbot.partners().authenticate(token)
                .orElseThrow(() -> ProblemException.unauthorized("the partner key is unknown or revoked"));
        if (!key.scopes().contains(scope)) {
            throw ProblemException.forbidden("scope-required", "this key has no '" + scope + "' scope (it has "
                    + key.scopes().stream().sorted().toList() + ")");
        }
        Optional<Duration> wait = jobbot.partners().rateLimited(key);
        if (wait.isPresent()) {
            throw ProblemException.tooManyRequests(wait.get().toSeconds(), "this key's rate of "
                    + key.requestsPerMinute() + " requests a minute is spent");
        }
        return key;
    }

    private static final List<String> DATA_RIGHTS = List.of("/api/v1/me/export", "/api/v1/me/requests",
            "/api/v1/me/staff-accesses", "/api/v1/me/shares", "/api/v1/me/devices", "/api/v1/me/sessions");
    private static final List<String> INTERVIEWS = List.of("/api/v1/jobs", "/api/v1/interviews", "/api/v1/progress",
            "/api/v1/recommendations", "/api/v1/skills");

    /** The scope a user-API route needs when a partner calls it. */
    static String scopeOf(ServerRequest req) {
        // Inside a service registered under /api/v1 the path is relative to it.
        String path = req.path().path().startsWith("/api/") ? req.path().path() : "/api/v1" + req.path().path();
        // Not for partners: changing the person's email (a door to signing in as them) and public
        // share links (a disclosure the person decides on themselves).
        if (path.startsWith("/api/v1/me/email") || path.matches("/api/v1/interviews/[^/]+/shares")) {
            throw ProblemException.forbidden("not-for-partners", "a partner key does not open " + path);
        }
        if (path.equals("/api/v1/me") && req.prologue().method() == Method.DELETE) {
            return "data-rights";
        }
        if (DATA_RIGHTS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return "data-rights";
        }
        if (INTERVIEWS.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            return "interviews";
        }
        if (path.equals("/api/v1/me") || path.startsWith("/api/v1/me/")) {
            return "profile";
        }
        // Sign-in, cookies, sharing links, admin and staff are not for partners.
        throw ProblemException.forbidden("not-for-partners", "a partner key does not open " + path);
    }

    static Map<String, Object> view(PartnerKey k) {
        return Map.of("id", k.id().toString(), "name", k.name(), "scopes", k.scopes().stream().sorted().toList(),
                "requestsPerMinute", k.requestsPerMinute(), "createdAt", k.createdAt(),
                "revoked", k.revokedAt().isPresent());
    }
}
