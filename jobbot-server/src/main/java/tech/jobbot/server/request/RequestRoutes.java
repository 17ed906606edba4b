package tech.jobbot.server.request;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/** A person's complaints and privacy requests (policy §7, §10): file one, follow its replies. */
public final class RequestRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public RequestRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/requests", this::list)
                .post("/me/requests", this::file);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, Map.of("requests", jobbot.requests(caller.session().account()).stream()
                .map(r -> view(r)).toList()));
    }

    /** Body: {@code {"kind":"complaint","subject":"...","body":"..."}}. */
    private void file(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, 32 * 1024).allowOnly(Set.of("kind", "subject", "body"));
        RequestKind kind = body.required("kind", 20, RequestRoutes::kind);
        String subject = body.required("subject", PrivacyRequest.MAX_SUBJECT, RequestRoutes::line);
        String text = body.required("body", PrivacyRequest.MAX_TEXT, RequestRoutes::text);
        body.validate();
        PrivacyRequest filed;
        try {
            filed = jobbot.fileRequest(caller.session().account(), kind, subject, text);
        } catch (UnknownAccountException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("body", e.getMessage());
        }
        res.header("Location", "/api/v1/me/requests");
        Json.send(res, 201, view(filed));
    }

    static RequestKind kind(String raw) {
        try {
            return RequestKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be complaint, question, objection or correction");
        }
    }

    static String line(String raw) {
        if (raw.isBlank() || raw.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must be one line, not blank");
        }
        return raw;
    }

    static String text(String raw) {
        if (raw.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return raw;
    }

    /** The request as its requester sees it (staff see what is due, without the text, or read it through a case). */
    static Map<String, Object> view(PrivacyRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("subject", r.subject());
        m.put("filedAt", r.filedAt());
        m.put("dueAt", r.dueAt());
        r.closedAt().ifPresent(at -> m.put("closedAt", at));
        m.put("history", r.history().stream().map(e -> Map.of("at", e.at(), "from",
                e.author() == PrivacyRequest.Author.JOBBOT ? "jobbot" : "you", "text", e.text())).toList());
        return m;
    }
}
