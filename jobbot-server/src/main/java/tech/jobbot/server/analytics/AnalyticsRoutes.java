package tech.jobbot.server.analytics;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.consent.CookieConsentRoutes;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * The web app's usage beacon: a page and the time spent on it, kept only with consent to
 * {@code analytics.usage} at that moment (the ledger for a signed-in person, the banner cookie for a
 * visitor) and never under Global Privacy Control. The answer says whether it was kept.
 */
public final class AnalyticsRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public AnalyticsRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/analytics/page-views", this::record);
    }

    /** Body: {@code {"page":"/interviews","dwellMs":5300}}. */
    private void record(ServerRequest req, ServerResponse res) {
        JsonBody body = Json.readObject(req, 2048).allowOnly(Set.of("page", "dwellMs"));
        String page = body.required("page", 500, PageView::pagePattern);
        int dwell = body.optionalInteger("dwellMs", 0, (int) PageView.MAX_DWELL.toMillis()).orElse(0);
        body.validate();
        // A cookie request that fails the CSRF check counts as anonymous: it adds nothing to anyone's records.
        Optional<AccountId> person = authenticator.optionalWithoutCsrf(req).map(c -> c.session().account());
        boolean anonymousConsent = CookieConsentRoutes.analyticsAccepted(req);
        boolean recorded;
        try {
            recorded = jobbot.recordPageView(person, page, Duration.ofMillis(dwell), anonymousConsent,
                    Authenticator.globalPrivacyControl(req));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("page", e.getMessage());
        }
        Json.send(res, 202, Map.of("recorded", recorded));
    }
}
