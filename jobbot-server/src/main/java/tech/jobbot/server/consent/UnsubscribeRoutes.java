package tech.jobbot.server.consent;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;

/**
 * One-click unsubscribe from marketing mail (RFC 8058), at the URL every marketing mail carries in
 * {@code List-Unsubscribe}. A {@code POST} (what a mail client sends, with the body
 * {@code List-Unsubscribe=One-Click}, or the button on the page) withdraws the consent without
 * sign-in; a {@code GET} (a person, or a link scanner, opening the link) only shows that button.
 * No origin or CSRF check: the request comes from a mail provider by design, and the token in the
 * URL can only ever withdraw that one person's consent.
 */
public final class UnsubscribeRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public UnsubscribeRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{token}", this::confirm)
                .post("/{token}", this::unsubscribe);
    }

    private void confirm(ServerRequest req, ServerResponse res) {
        String token = req.path().pathParameters().get("token");
        page(res, Status.OK_200, "<p>Stop receiving news from Jobbot by email?</p>"
                + "<form method=\"post\" action=\"\">"
                + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Unsubscribe</button></form>");
    }

    private void unsubscribe(ServerRequest req, ServerResponse res) {
        if (req.content().hasEntity()) {
            req.content().consume();
        }
        String token = req.path().pathParameters().get("token");
        if (jobbot.unsubscribe(token, authenticator.context(req, ConsentMethod.EMAIL_LINK))) {
            page(res, Status.OK_200, "<p>You are unsubscribed: Jobbot sends you no more news by email. "
                    + "You can agree again at any time in your settings.</p>");
        } else {
            page(res, Status.NOT_FOUND_404, "<p>This unsubscribe link is not valid. "
                    + "You can withdraw your consent to news in your settings.</p>");
        }
    }

    private static void page(ServerResponse res, Status status, String body) {
        res.status(status);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unsubscribe</title>"
                + "</head><body><main>" + body + "</main></body></html>\n");
    }
}
