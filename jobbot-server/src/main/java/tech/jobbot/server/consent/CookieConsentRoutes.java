package tech.jobbot.server.consent;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.Consents;
import tech.jobbot.domain.consent.CookieChoice;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.ports.in.minor.GuardianConsentRequiredException;
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
    private static final Logger LOG = System.getLogger(CookieConsentRoutes.class.getName());
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
        boolean gpc = Authenticator.globalPrivacyControl(req);
        Optional<CookieChoice> choice = authenticator.optional(req)
                .flatMap(c -> fromLedger(jobbot.consents(c.session().account())))
                .or(() -> choiceIn(req))
                .map(c -> gpc ? c.underGlobalPrivacyControl() : c);
        view.put("choice", choice.map(CookieConsentRoutes::view).orElse(null));
        view.put("globalPrivacyControl", gpc);
        Json.send(res, 200, view);
    }

    /** A signed-in person's answer is what the ledger says, once both purposes are decided. */
    private static Optional<CookieChoice> fromLedger(List<PurposeConsent> consents) {
        Map<PurposeKey, ConsentState> states = new HashMap<>();
        consents.forEach(c -> states.put(c.purpose().key(), c.state()));
        ConsentState preferences = states.get(CookieChoice.Category.PREFERENCES.purpose().key());
        ConsentState analytics = states.get(CookieChoice.Category.ANALYTICS.purpose().key());
        if (preferences == null || analytics == null || preferences instanceof ConsentState.Missing
                || analytics instanceof ConsentState.Missing) {
            return Optional.empty();
        }
        return Optional.of(new CookieChoice(Consents.mayUse(preferences), Consents.mayUse(analytics)));
    }

    /** Body: {@code {"preferences": false, "analytics": false}}; both are required. */
    private void answer(ServerRequest req, ServerResponse res) {
        authenticator.checkSameOrigin(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("preferences", "analytics"));
        Boolean preferences = body.requiredBoolean("preferences");
        Boolean analytics = body.requiredBoolean("analytics");
        body.validate();
        // A session cookie without the CSRF token, or one that has ended, makes an anonymous answer:
        // the banner keeps working, and nothing reaches the ledger that the session did not vouch for.
        Optional<Caller> caller = authenticator.optionalWithoutCsrf(req);
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
     * Records the banner answer a visitor gave before signing in, as theirs, for the purposes they
     * have never decided: an answer in the ledger, from settings or an earlier banner, is newer or
     * more deliberate than a cookie that may be months old, and is never overridden. Called when a
     * sign-in succeeds; a failure here is logged and does not undo the sign-in.
     */
    public static void mergeAtSignIn(Jobbot jobbot, Authenticator authenticator, ServerRequest req,
            AccountId account) {
        Optional<CookieChoice> answer = choiceIn(req)
                .map(c -> Authenticator.globalPrivacyControl(req) ? c.underGlobalPrivacyControl() : c);
        if (answer.isEmpty()) {
            return;
        }
        try {
            Set<PurposeKey> undecided = new HashSet<>();
            jobbot.consents(account).stream().filter(c -> c.state() instanceof ConsentState.Missing)
                    .forEach(c -> undecided.add(c.purpose().key()));
            Map<PurposeKey, Boolean> choices = new LinkedHashMap<>(answer.get().asConsents());
            choices.keySet().retainAll(undecided);
            if (!choices.isEmpty()) {
                jobbot.changeConsents(account, choices, authenticator.context(req, ConsentMethod.BANNER));
            }
        } catch (AgeNotDeclaredException | GuardianConsentRequiredException e) {
            // Not recorded for someone whose age is unknown or whose guardian has not consented: expected.
            LOG.log(Level.DEBUG, "the cookie banner answer was not merged at sign-in: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the cookie banner answer could not be merged at sign-in", e);
        }
    }

    /** Forgets the banner answer in this browser: at sign-out, so the next person is asked afresh. */
    public static String clearingCookie() {
        return COOKIE + "=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0";
    }

    /** Whether the visitor's banner answer, in their cookie, accepts analytics. */
    public static boolean analyticsAccepted(ServerRequest req) {
        return choiceIn(req).map(CookieChoice::analytics).orElse(false);
    }

    private static Optional<CookieChoice> choiceIn(ServerRequest req) {
        return Optional.ofNullable(req.headers().cookies().first(COOKIE).orElse(null)).flatMap(CookieChoice::parse);
    }

    private static Map<String, Object> view(CookieChoice choice) {
        return Map.of("preferences", choice.preferences(), "analytics", choice.analytics());
    }
}
