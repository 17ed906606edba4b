package tech.jobbot.server.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.ProblemException;

/** The in-site inbox: policy updates, security notices and replies to complaints; read or unread. */
public final class InboxRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public InboxRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/messages", this::list)
                .post("/me/messages/{id}/read", this::markRead);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        List<InboxMessage> messages = jobbot.messages(caller.session().account());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unread", messages.stream().filter(m -> !m.isRead()).count());
        body.put("messages", messages.stream().map(InboxRoutes::view).toList());
        Json.send(res, 200, body);
    }

    private void markRead(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such message of yours");
        }
        if (!jobbot.markMessageRead(caller.session().account(), id)
                && jobbot.messages(caller.session().account()).stream().noneMatch(m -> m.id().equals(id))) {
            throw ProblemException.notFound("no such message of yours");
        }
        res.status(204).send();
    }

    static Map<String, Object> view(InboxMessage m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id().toString());
        v.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        v.put("subject", m.subject());
        v.put("body", m.body());
        v.put("createdAt", m.createdAt());
        v.put("read", m.isRead());
        m.readAt().ifPresent(at -> v.put("readAt", at));
        return v;
    }
}
