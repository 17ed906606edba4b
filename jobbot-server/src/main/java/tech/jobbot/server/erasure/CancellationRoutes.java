package tech.jobbot.server.erasure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.consent.CookieConsentRoutes;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.ProblemException;

/**
 * {@code DELETE /me}: cancels the account (policy §7). Only from a session begun with a code in the
 * last ten minutes. Every session ends at once; signing in again before {@code eraseAfter}
 * restores the account; after it, the account is erased.
 */
public final class CancellationRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public CancellationRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.delete("/me", this::cancel);
    }

    private void cancel(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        if (!jobbot.recentlySignedIn(caller.session())) {
            throw ProblemException.forbidden("reauthentication-required", "cancelling the account needs a fresh"
                    + " proof that it is you: sign in again with a code and retry within "
                    + Jobbot.REAUTHENTICATION_WINDOW.toMinutes() + " minutes");
        }
        Cancellation cancellation = jobbot.cancelAccount(caller.session().account());
        res.headers().add(HeaderNames.SET_COOKIE,
                Authenticator.COOKIE + "=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0");
        res.headers().add(HeaderNames.SET_COOKIE, CookieConsentRoutes.clearingCookie());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "cancelled");
        body.put("cancelledAt", cancellation.cancelledAt());
        body.put("eraseAfter", cancellation.eraseAfter());
        body.put("detail", "every session has ended; sign in again before eraseAfter to restore the account,"
                + " after it everything is erased and the key of your data destroyed");
        Json.send(res, 202, body);
    }
}
