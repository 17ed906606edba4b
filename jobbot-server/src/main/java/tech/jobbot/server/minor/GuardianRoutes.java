package tech.jobbot.server.minor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.minor.AgeBand;
import tech.jobbot.domain.minor.GuardianConsent;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.minor.SuperviseMinors.GuardianAnswer;
import tech.jobbot.ports.in.minor.SuperviseMinors.GuardianView;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Bodies;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * What a minor's guardian reaches from the mail (policy §8): a page that explains what Jobbot
 * collects and takes their answer with the mailed code, and later shows the consents with a way to
 * revoke them; the same as JSON under {@code /api/v1/guardian}. The token in the path is the
 * guardian's key, so no session and no CSRF token are involved: a forged form cannot know it.
 */
public final class GuardianRoutes {
    private static final int MAX_FORM_BYTES = 2048;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public GuardianRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    /** The HTML page, under {@code /guardian}. */
    public HttpService pages() {
        return rules -> rules.get("/{token}", this::page)
                .post("/{token}", this::answerForm)
                .post("/{token}/revoke", this::revokeForm);
    }

    /** The JSON API, under {@code /api/v1}. */
    public HttpService api() {
        return rules -> rules.get("/guardian/{token}", this::view)
                .post("/guardian/{token}/answer", this::answer)
                .post("/guardian/{token}/revocation", this::revoke);
    }

    private static String token(ServerRequest req) {
        return req.path().pathParameters().get("token");
    }

    private void view(ServerRequest req, ServerResponse res) {
        GuardianView view = jobbot.guardianView(token(req)).orElseThrow(
                () -> ProblemException.notFound("this guardian link is not valid"));
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("band", view.supervision().declaredBand().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        m.put("guardian", view.supervision().guardian().name().toLowerCase(Locale.ROOT));
        m.put("consents", view.consents().stream().map(c -> Map.of("purpose", c.purpose().key().value(),
                "description", c.purpose().description(), "state", state(c.state()))).toList());
        Json.send(res, 200, m);
    }

    /** Body: {@code {"code":"123456","consent":true}}. */
    private void answer(ServerRequest req, ServerResponse res) {
        JsonBody body = Json.readObject(req, 1024).allowOnly(Set.of("code", "consent"));
        SignInCode code = body.required("code", 6, SignInCode::new);
        Boolean consent = body.requiredBoolean("consent");
        body.validate();
        GuardianAnswer answer = jobbot.answerAsGuardian(token(req), code, consent,
                authenticator.context(req, ConsentMethod.GUARDIAN));
        switch (answer) {
            case RECORDED -> Json.send(res, 200, Map.of("recorded", true, "consent", consent));
            case WRONG_CODE -> throw ProblemException.invalid("code", "is not the code from the mail");
            case EXPIRED -> throw new ProblemException(410, "guardian-code-expired", "Code expired",
                    "the code is older than 7 days; ask for a new mail", java.util.List.of(), Map.of());
            case LOCKED -> throw new ProblemException(410, "guardian-link-locked", "Link locked",
                    "too many wrong codes; ask for a new mail", java.util.List.of(), Map.of());
            case UNKNOWN_LINK -> throw ProblemException.notFound("this guardian link is not valid");
        }
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        if (!jobbot.revokeAsGuardian(token(req), authenticator.context(req, ConsentMethod.GUARDIAN))) {
            throw ProblemException.notFound("no guardian consent to revoke through this link");
        }
        res.status(204).send();
    }

    private void page(ServerRequest req, ServerResponse res) {
        Optional<GuardianView> view = jobbot.guardianView(token(req));
        if (view.isEmpty()) {
            page(res, Status.NOT_FOUND_404, "<p>This link is not valid. Ask for a new mail.</p>");
            return;
        }
        Supervision s = view.get().supervision();
        StringBuilder body = new StringBuilder()
                .append("<h1>Your consent for a Jobbot account</h1>")
                .append("<p>Someone named you as their legal guardian. They told us they are under 18")
                .append(s.declaredBand() == AgeBand.UNDER_MINIMUM_AGE
                        ? ", and under the minimum age, so Jobbot keeps nothing beyond their email until you consent."
                        : ", so their account is supervised.")
                .append("</p><h2>What Jobbot collects</h2><ul>")
                .append("<li>Always, to provide the service: their email address, the jobs they practise for, their")
                .append(" interview answers and the feedback on them.</li>")
                .append("<li>Only with your consent: a profile photo, marketing emails, sharing reports with third")
                .append(" parties, personalised recommendations and usage analytics — each also needs their own")
                .append(" choice.</li></ul><h2>Their choices now</h2><ul>");
        for (PurposeConsent c : view.get().consents()) {
            body.append("<li><strong>").append(Html.escape(c.purpose().key().value())).append("</strong>: ")
                    .append(state(c.state())).append(" — ").append(Html.escape(c.purpose().description()))
                    .append("</li>");
        }
        body.append("</ul>");
        if (s.guardian() == GuardianConsent.GIVEN) {
            body.append("<p>You have consented. You can revoke your consent at any time: sensitive processing stops")
                    .append(" and their profile photo is deleted.</p><form method=\"post\" action=\"")
                    .append(Html.escape(token(req))).append("/revoke\"><button type=\"submit\">Revoke my consent")
                    .append("</button></form>");
        } else {
            body.append("<form method=\"post\" action=\"\"><label>Code from the mail ")
                    .append("<input name=\"code\" inputmode=\"numeric\" pattern=\"[0-9]{6}\" required></label> ")
                    .append("<button type=\"submit\" name=\"decision\" value=\"consent\">I consent</button> ")
                    .append("<button type=\"submit\" name=\"decision\" value=\"refuse\">I refuse</button></form>");
        }
        page(res, Status.OK_200, body.toString());
    }

    private void answerForm(ServerRequest req, ServerResponse res) {
        Map<String, String> form = form(req);
        String decision = form.getOrDefault("decision", "");
        SignInCode code;
        try {
            code = new SignInCode(form.getOrDefault("code", "").strip());
        } catch (IllegalArgumentException e) {
            page(res, Status.BAD_REQUEST_400, "<p>Enter the six-digit code from the mail.</p>");
            return;
        }
        if (!decision.equals("consent") && !decision.equals("refuse")) {
            page(res, Status.BAD_REQUEST_400, "<p>Choose to consent or to refuse.</p>");
            return;
        }
        GuardianAnswer answer = jobbot.answerAsGuardian(token(req), code, decision.equals("consent"),
                authenticator.context(req, ConsentMethod.GUARDIAN));
        switch (answer) {
            case RECORDED -> page(res, Status.OK_200, decision.equals("consent")
                    ? "<p>Thank you: your consent is recorded. Keep the mail: its link lets you see and revoke it.</p>"
                    : "<p>Your refusal is recorded: sensitive data stays off for this account.</p>");
            case WRONG_CODE -> page(res, Status.BAD_REQUEST_400, "<p>That is not the code from the mail.</p>");
            case EXPIRED -> page(res, Status.GONE_410, "<p>The code has expired. Ask for a new mail.</p>");
            case LOCKED -> page(res, Status.GONE_410, "<p>Too many wrong codes. Ask for a new mail.</p>");
            case UNKNOWN_LINK -> page(res, Status.NOT_FOUND_404, "<p>This link is not valid.</p>");
        }
    }

    private void revokeForm(ServerRequest req, ServerResponse res) {
        form(req);
        if (jobbot.revokeAsGuardian(token(req), authenticator.context(req, ConsentMethod.GUARDIAN))) {
            page(res, Status.OK_200, "<p>Your consent is revoked. Sensitive processing has stopped and the profile"
                    + " photo is deleted.</p>");
        } else {
            page(res, Status.NOT_FOUND_404, "<p>There is no consent to revoke through this link.</p>");
        }
    }

    private static Map<String, String> form(ServerRequest req) {
        Map<String, String> fields = new HashMap<>();
        if (!req.content().hasEntity()) {
            return fields;
        }
        String body = new String(Bodies.read(req, MAX_FORM_BYTES), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // A malformed field is simply absent.
                }
            }
        }
        return fields;
    }

    private static String state(ConsentState state) {
        return switch (state) {
            case ConsentState.Granted g -> "granted";
            case ConsentState.Missing m -> "not given";
            case ConsentState.Withdrawn w -> "withdrawn";
            case ConsentState.Outdated o -> "outdated";
            case ConsentState.NotNeeded n -> "always (needs no consent)";
        };
    }

    private static void page(ServerResponse res, Status status, String body) {
        res.status(status);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Guardian consent — Jobbot</title></head><body><main>" + body + "</main></body></html>\n");
    }
}
