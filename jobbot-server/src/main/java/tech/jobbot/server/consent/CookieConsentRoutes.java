package tech.jobbot.server.consent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.CookieChoice;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;

/**
 * The cookie banner's API (privacy policy §5): the categories and the rules, and the visitor's
 * answer. An anonymous answer is kept only in a strictly necessary cookie and merged into the
 * consent ledger at sign-in ({@link #mergeAtSignIn}); a signed-in person's answer goes straight to
 * the ledger. Refusing takes the same single request as accepting.
 */
public final class CookieConsentRoutes implements HttpService {
    public static final String COOKIE = "__Host-jobbot_cookie_choice";
    /** How long an anonymous answer is remembered before the banner asks again. */
    public static final Duration REMEMBERED = Duration.ofDays(180);
    private static final int MAX_BODY_BYTES = 1024;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public CookieConsentRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/cookie-consent", this::current)
                .put("/cookie-consent", this::answer);
    }

    private void current(ServerRequest req, ServerResponse res) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("categories", CookieChoice.categories().stream().map(c -> Map.of(
                "key", c.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "purpose", c.purpose().key().value(),
                "required", c.required(),
                "description", c.description())).toList());
        view.put("choice", choiceIn(req).map(CookieConsentRoutes::view).orElse(null));
        view.put("globalPrivacyControl", Authenticator.globalPrivacyControl(req));
        Json.send(res, 200, view);
    }

    /** Body: {@code {"preferences": false, "analytics": false}}; both are required. */
    private void answer(ServerRequest req, ServerResponse res) {
        authenticator.checkSameOrigin(req);
        Optional<Caller> caller = authenticator.optional(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("preferences", "analytics"));
        Boolean preferences = body.requiredBoolean("preferences");
        Boolean analytics = body.requiredBoolean("analytics");
        body.validate();
        CookieChoice choice = new CookieChoice(preferences, analytics);
        if (Authenticator.globalPrivacyControl(req)) {
            choice = choice.underGlobalPrivacyControl();
        }
        CookieChoice answered = choice;
        caller.ifPresent(c -> jobbot.changeConsents(c.session().account(), answered.asConsents(),
                authenticator.context(req, ConsentMethod.BANNER)));
        res.header("Set-Cookie", COOKIE + "=" + answered.cookieValue()
                + "; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=" + REMEMBERED.toSeconds());
        Map<String, Object> view = new LinkedHashMap<>(view(answered));
        view.put("recorded", caller.isPresent());
        Json.send(res, 200, view);
    }

    /**
     * Records the banner answer a visitor gave before signing in, as theirs: called when a sign-in
     * succeeds. Only changes reach the ledger, so signing in again adds nothing.
     */
    public static void mergeAtSignIn(Jobbot jobbot, Authenticator authenticator, ServerRequest req,
            AccountId account) {
        choiceIn(req).map(c -> Authenticator.globalPrivacyControl(req) ? c.underGlobalPrivacyControl() : c)
                .ifPresent(c -> jobbot.changeConsents(account, c.asConsents(),
                        authenticator.context(req, ConsentMethod.BANNER)));
    }

    private static Optional<CookieChoice> choiceIn(ServerRequest req) {
        return Optional.ofNullable(req.headers().cookies().first(COOKIE).orElse(null)).flatMap(CookieChoice::parse);
    }

    private static Map<String, Object> view(CookieChoice choice) {
        return Map.of("preferences", choice.preferences(), "analytics", choice.analytics());
    }
}
