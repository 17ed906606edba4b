package tech.jobbot.server.sharing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.in.sharing.ShareReports.CreatedShare;
import tech.jobbot.ports.in.sharing.ShareReports.SharedReport;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.interview.InterviewViews;

/**
 * Sharing an interview report with a named third party (policy §4): make a link (which records the
 * consent to share with them), list my shares and who saw what, revoke a link; and the link itself,
 * which anyone holding it can open without an account until it expires or is revoked.
 */
public final class ShareRoutes implements HttpService {
    private static final int DEFAULT_DAYS = 14;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public ShareRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/interviews/{id}/shares", this::create)
                .get("/me/shares", this::list)
                .delete("/me/shares/{id}", this::revoke)
                .get("/shared/{token}", this::open);
    }

    /** Body: {@code {"recipient":"Acme Recruiting","validDays":14}}. */
    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        InterviewId interview;
        try {
            interview = InterviewId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such interview of yours");
        }
        JsonBody body = Json.readObject(req, 4 * 1024).allowOnly(Set.of("recipient", "validDays"));
        String recipient = body.required("recipient", ReportShare.MAX_RECIPIENT, r -> {
            ReportShare.slugOf(r);
            return r;
        });
        int days = body.optionalInteger("validDays", 1, 90).orElse(DEFAULT_DAYS);
        body.validate();
        if (jobbot.interview(caller.session().account(), interview).isEmpty()) {
            throw ProblemException.notFound("no such interview of yours");
        }
        CreatedShare created;
        try {
            created = jobbot.shareReport(caller.session().account(), interview, recipient, Duration.ofDays(days),
                    authenticator.context(req, ConsentMethod.SETTINGS));
        } catch (UnknownAccountException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("not-shareable", e.getMessage());
        }
        Map<String, Object> view = view(created.share());
        view.put("token", created.token());
        view.put("url", "/api/v1/shared/" + created.token());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Json.send(res, 201, view);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        List<Disclosure> disclosures = jobbot.disclosures(caller.session().account());
        Json.send(res, 200, Map.of(
                "shares", jobbot.shares(caller.session().account()).stream().map(s -> {
                    Map<String, Object> view = view(s);
                    view.put("disclosures", disclosures.stream().filter(d -> d.shareId().equals(s.id()))
                            .map(ShareRoutes::disclosure).toList());
                    return view;
                }).toList(),
                "disclosures", disclosures.stream().map(ShareRoutes::disclosure).toList()));
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such share of yours");
        }
        if (!jobbot.revokeShare(caller.session().account(), id, authenticator.context(req, ConsentMethod.SETTINGS))) {
            throw ProblemException.notFound("no such share of yours still open");
        }
        res.status(204).send();
    }

    /** The link: the same 404 for a token that never existed, expired, was revoked or lost its consent. */
    private void open(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header("X-Robots-Tag", "noindex");
        SharedReport shared = jobbot.openShare(req.path().pathParameters().get("token"))
                .orElseThrow(() -> ProblemException.notFound("this link does not exist, has expired or was revoked"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sharedWith", shared.recipient());
        view.put("job", shared.jobTitle());
        view.put("expiresAt", shared.expiresAt());
        view.put("report", InterviewViews.report(shared.report()));
        Json.send(res, 200, view);
    }

    private static Map<String, Object> view(ReportShare s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().toString());
        m.put("interviewId", s.interview().value().toString());
        m.put("recipient", s.recipient());
        m.put("purpose", s.purpose().value());
        m.put("createdAt", s.createdAt());
        m.put("expiresAt", s.expiresAt());
        s.revokedAt().ifPresent(at -> m.put("revokedAt", at));
        return m;
    }

    private static Map<String, Object> disclosure(Disclosure d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shareId", d.shareId().toString());
        m.put("recipient", d.recipient());
        m.put("what", d.what());
        m.put("at", d.at());
        return m;
    }
}
