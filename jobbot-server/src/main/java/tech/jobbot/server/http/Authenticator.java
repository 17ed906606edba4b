package tech.jobbot.server.http;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;

import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.ports.in.auth.Authenticate;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.CsrfTokens;
import tech.jobbot.ports.in.auth.SessionToken;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.sdk.event.PartnerService;

/**
 * Who is calling: a session token from {@code Authorization: Bearer} or from the session cookie.
 * Cookie-authenticated state changes must also carry the session's CSRF token in
 * {@value #CSRF_HEADER} and, when the browser sends an Origin, come from our own origin; a bearer
 * token is never sent by a browser on its own, so it needs neither.
 */
public final class Authenticator {
    private final PartnerGate partners;
    public static final String COOKIE = "__Host-jobbot_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private final Authenticate sessions;
    private final CsrfTokens csrf;
    private final ManageConsents consents;
    private final ClientAddress clientAddress;
    private final Optional<String> publicOrigin;

    /**
     * @param publicOrigin the origin browsers see (e.g. {@code https://jobbot.example.com}) when a proxy
     *                     rewrites the Host header; empty to compare the Origin with the Host
     */
    public Authenticator(Authenticate sessions, CsrfTokens csrf, ManageConsents consents, ClientAddress clientAddress,
            Optional<String> publicOrigin) {
        this(sessions, csrf, consents, clientAddress, publicOrigin, (req, token) -> {
            throw ProblemException.unauthorized("partner keys are not accepted here");
        });
    }

    /** @param partners turns a partner's key and subject into a caller */
    public Authenticator(Authenticate sessions, CsrfTokens csrf, ManageConsents consents, ClientAddress clientAddress,
            Optional<String> publicOrigin, PartnerGate partners) {
        this.partners = partners;
        this.sessions = sessions;
        this.csrf = csrf;
        this.consents = consents;
        this.clientAddress = clientAddress;
        this.publicOrigin = publicOrigin.map(o -> o.replaceAll("/+$", "").toLowerCase(Locale.ROOT));
    }

    /** The token of an {@code Authorization: Bearer <token>} header, if the request has one. */
    public static Optional<String> bearerToken(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip());
    }

    /** The caller's session; 401 without a valid one, 403 for a cookie request failing the CSRF checks. */
    public Caller require(ServerRequest req) {
        Optional<String> bearer = bearerToken(req);
        if (bearer.isPresent() && bearer.get().startsWith(PartnerService.KEY_PREFIX)) {
            return partners.callerFor(req, bearer.get());
        }
        boolean viaCookie = bearer.isEmpty();
        String raw = bearer.or(() -> Optional.ofNullable(req.headers().cookies().first(COOKIE).orElse(null)))
                .orElseThrow(() -> ProblemException.unauthorized("sign in first: no session token was sent"));
        SessionToken token;
        try {
            token = new SessionToken(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("the session token is malformed");
        }
        // Checked before the session is looked up, so a forged request records nothing, not even activity.
        if (viaCookie && changesState(req)) {
            checkSameOrigin(req);
            String sent = req.headers().first(HeaderNames.create(CSRF_HEADER)).orElse("");
            byte[] expected = csrf.csrfTokenFor(token).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.US_ASCII))) {
                throw ProblemException.forbidden("csrf",
                        "a cookie-authenticated change needs the session's CSRF token in " + CSRF_HEADER);
            }
        }
        AuthenticatedSession session = sessions.authenticate(token)
                .orElseThrow(() -> ProblemException.unauthorized("the session has ended or does not exist; sign in again"));
        if (globalPrivacyControl(req)) {
            // Global Privacy Control: the browser says no to sale and sharing; it is honoured, and recorded once.
            consents.applyGlobalPrivacyControl(session.account(), context(req, ConsentMethod.GPC));
        }
        // For the access log: who this request was for, as a pseudonym later.
        req.context().register(session.account());
        return new Caller(session, token);
    }

    /**
     * The caller when the request carries a live session, else empty: for pages that anyone may
     * use and that do more for a signed-in person. A session that ended counts as none; a cookie
     * change failing the CSRF checks is still refused.
     */
    public Optional<Caller> optional(ServerRequest req) {
        boolean sent = req.headers().first(HeaderNames.AUTHORIZATION).isPresent()
                || req.headers().cookies().first(COOKIE).isPresent();
        if (!sent) {
            return Optional.empty();
        }
        try {
            return Optional.of(require(req));
        } catch (ProblemException e) {
            if (e.status() == 401) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Like {@link #optional}, but a cookie request failing the CSRF checks counts as anonymous
     * instead of being refused: for a page that works the same for anyone and only adds to a
     * signed-in person's records when the request proves it comes from their session.
     */
    public Optional<Caller> optionalWithoutCsrf(ServerRequest req) {
        try {
            return optional(req);
        } catch (ProblemException e) {
            if (e.status() == 403 && "csrf".equals(e.type())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Whether the request carries Global Privacy Control ({@code Sec-GPC: 1}). */
    public static boolean globalPrivacyControl(ServerRequest req) {
        return req.headers().first(HeaderNames.create("Sec-GPC")).map(v -> v.strip().equals("1")).orElse(false);
    }

    /** The context of a consent choice made through this request. */
    public ConsentContext context(ServerRequest req, ConsentMethod method) {
        return new ConsentContext(method, clientAddress.ipOf(req), req.headers().first(HeaderNames.USER_AGENT));
    }

    /** Refuses a request whose Origin header names another site (checked before any sign-in too). */
    public void checkSameOrigin(ServerRequest req) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (origin.isEmpty()) {
            return;
        }
        String sent = origin.get().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        boolean ours = publicOrigin.map(sent::equals).orElseGet(() -> {
            String host = req.headers().first(HeaderNames.HOST).orElse("").toLowerCase(Locale.ROOT);
            try {
                URI uri = URI.create(sent);
                String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
                return originHost != null && originHost.equals(host);
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        if (!ours) {
            throw ProblemException.forbidden("cross-origin", "requests from another origin are not accepted");
        }
    }

    private static boolean changesState(ServerRequest req) {
        Method method = req.prologue().method();
        return !(method == Method.GET || method == Method.HEAD || method == Method.OPTIONS);
    }

    /** The authenticated caller of one request, and the token it showed. */
    public record Caller(AuthenticatedSession session, SessionToken token) {
    }

    /** How a partner platform's key and subject become a caller of the user API. */
    @FunctionalInterface
    public interface PartnerGate {
        Caller callerFor(ServerRequest req, String token);
    }
}
