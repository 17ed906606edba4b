package tech.jobbot.server.account;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.minor.AgeDeclaration;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SessionView;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.consent.CookieConsentRoutes;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.ClientAddress;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.minor.AgeFields;
import tech.jobbot.server.policy.PolicyRoutes;

/**
 * Passwordless sign-in and sessions: {@code /api/v1/auth/...} and {@code /api/v1/me/sessions}.
 */
public final class AuthRoutes implements HttpService {
    static final int MAX_JSON_BYTES = 16 * 1024;

    private final Jobbot jobbot;
    private final Authenticator authenticator;
    private final ClientAddress clientAddress;
    private final SessionPolicy sessionPolicy;
    private final PolicyRoutes policies;

    public AuthRoutes(Jobbot jobbot, Authenticator authenticator, ClientAddress clientAddress,
            SessionPolicy sessionPolicy, PolicyRoutes policies) {
        this.policies = policies;
        this.jobbot = jobbot;
        this.authenticator = authenticator;
        this.clientAddress = clientAddress;
        this.sessionPolicy = sessionPolicy;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/auth/codes", this::requestCode)
                .post("/auth/sessions", this::signIn)
                .delete("/auth/sessions/current", this::signOut)
                .get("/auth/csrf", this::csrfToken)
                .get("/me/sessions", this::listSessions)
                .delete("/me/sessions", this::revokeOthers)
                .delete("/me/sessions/{id}", this::revokeOne);
    }

    private void requestCode(ServerRequest req, ServerResponse res) {
        authenticator.checkSameOrigin(req);
        JsonBody body = Json.readObject(req, MAX_JSON_BYTES).allowOnly(Set.of("email", "flowId"));
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        Optional<FlowId> resendOf = body.optional("flowId", 64, FlowId::new);
        body.validate();
        policies.requirePolicyWhereVisitorIs(req);
        CodeRequestResult result = jobbot.requestSignInCode(
                new RequestSignInCodeCommand(email, resendOf, clientAddress.of(req)));
        answerCodeRequest(res, result);
    }

    public static void answerCodeRequest(ServerResponse res, CodeRequestResult result) {
        switch (result) {
            case CodeRequestResult.Sent sent -> Json.send(res, 202, Map.of("flowId", sent.flowId().value(),
                    "expiresInSeconds", tech.jobbot.domain.auth.CodeRules.LIFETIME.toSeconds()));
            case CodeRequestResult.RateLimited limited -> throw ProblemException.tooManyRequests(
                    limited.retryAfter().toSeconds(),
                    "too many codes requested; try again in " + limited.retryAfter().toSeconds() + " seconds");
        }
    }

    private void signIn(ServerRequest req, ServerResponse res) {
        authenticator.checkSameOrigin(req);
        JsonBody body = Json.readObject(req, MAX_JSON_BYTES)
                .allowOnly(Set.of("flowId", "email", "code", "birthDate", "adult"));
        FlowId flowId = body.required("flowId", 64, FlowId::new);
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        SignInCode code = body.required("code", 16, raw -> new SignInCode(raw.strip()));
        Optional<AgeDeclaration> age = AgeFields.read(body, policies.locatedRegion(req));
        body.validate();
        String userAgent = req.headers().first(HeaderNames.USER_AGENT).orElse("");
        switch (jobbot.signIn(new SignInCommand(flowId, email, code, userAgent, age))) {
            case SignInResult.SignedIn in -> {
                CookieConsentRoutes.mergeAtSignIn(jobbot, authenticator, req, in.account());
                Duration cookieLife = sessionPolicy.absoluteLifetime();
                res.header("Set-Cookie", Authenticator.COOKIE + "=" + in.token().value()
                        + "; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=" + cookieLife.toSeconds());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("token", in.token().value());
                answer.put("expiresAt", in.expiresAt());
                answer.put("sessionId", in.session().toString());
                answer.put("accountId", in.account().toString());
                answer.put("newAccount", in.newAccount());
                answer.put("csrfToken", jobbot.csrfTokenFor(in.token()));
                res.header(HeaderNames.LOCATION, "/api/v1/me/sessions/" + in.session());
                Json.send(res, 201, answer);
            }
            case SignInResult.Refused refused -> throw codeRefused(refused.reason());
        }
    }

    static ProblemException codeRefused(CodeCheck reason) {
        return switch (reason) {
            case CodeCheck.WrongCode wrong -> new ProblemException(400, "wrong-code", "Wrong code",
                    "the code is not right; " + wrong.attemptsLeft() + " attempt(s) left", List.of(),
                    Map.of());
            case CodeCheck.Expired e -> ProblemException.badRequest("code-expired", "Code expired",
                    "the code has expired; request a new one");
            case CodeCheck.TooManyAttempts t -> ProblemException.badRequest("code-locked", "Too many attempts",
                    "too many wrong codes; request a new one");
            case CodeCheck.AlreadyUsed u -> ProblemException.badRequest("code-used", "Code already used",
                    "the code was used already; request a new one");
            case CodeCheck.UnknownFlow u -> ProblemException.badRequest("unknown-flow", "Unknown sign-in flow",
                    "no such sign-in flow; request a new code");
            case CodeCheck.Verified v -> throw new IllegalStateException("a verified code is not a refusal");
        };
    }

    /** The CSRF token again, for a browser page that lost it (e.g. after a reload). */
    private void csrfToken(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, Map.of("csrfToken", jobbot.csrfTokenFor(caller.token())));
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        jobbot.signOut(caller.session().session());
        res.headers().add(HeaderNames.SET_COOKIE,
                Authenticator.COOKIE + "=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0");
        res.headers().add(HeaderNames.SET_COOKIE, CookieConsentRoutes.clearingCookie());
        res.status(204).send();
    }

    private void listSessions(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        List<Map<String, Object>> sessions = jobbot.sessions(caller.session().account(), caller.session().session())
                .stream().map(AuthRoutes::view).toList();
        Json.send(res, 200, Map.of("sessions", sessions));
    }

    private static Map<String, Object> view(SessionView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().toString());
        m.put("browser", s.browser());
        m.put("operatingSystem", s.operatingSystem());
        m.put("createdAt", s.createdAt());
        m.put("lastSeenAt", s.lastSeenAt());
        m.put("expiresAt", s.expiresAt());
        m.put("current", s.current());
        return m;
    }

    private void revokeOne(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        SessionId id;
        try {
            id = SessionId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such session");
        }
        if (!jobbot.revokeSession(caller.session().account(), id)) {
            throw ProblemException.notFound("no such active session of yours");
        }
        res.status(204).send();
    }

    private void revokeOthers(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        int revoked = jobbot.revokeOtherSessions(caller.session().account(), caller.session().session());
        Json.send(res, 200, Map.of("revoked", revoked));
    }
}
