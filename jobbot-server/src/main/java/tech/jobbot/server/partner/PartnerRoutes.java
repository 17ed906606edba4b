package tech.jobbot.server.partner;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.ports.out.partner.PartnerKeys.PartnerKey;
import tech.jobbot.ports.out.partner.Webhooks;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.event.PartnerService;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * The partner API's own routes: an administrator issues and revokes keys
 * ({@code /admin/partner-keys}); a partner registers webhook endpoints and reads its delivery log
 * ({@code /partner/webhooks}). Everything else a partner does is the user API, for its subjects.
 */
public final class PartnerRoutes implements HttpService {
    private final Jobbot jobbot;
    private final AdminAuthenticator admin;
    private final PartnerAccess access;

    public PartnerRoutes(Jobbot jobbot, AdminAuthenticator admin, PartnerAccess access) {
        this.jobbot = jobbot;
        this.admin = admin;
        this.access = access;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/admin/partner-keys", this::createKey)
                .get("/admin/partner-keys", this::listKeys)
                .delete("/admin/partner-keys/{id}", this::revokeKey)
                .post("/partner/webhooks", this::register)
                .get("/partner/webhooks", this::endpoints)
                .delete("/partner/webhooks/{id}", this::disable)
                .get("/partner/webhooks/deliveries", this::deliveries);
    }

    /** Body: {@code {"name":"Acme HR","scopes":["interviews","data-rights","webhooks"],"requestsPerMinute":600}}. */
    private void createKey(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.ADMINISTRATOR);
        JsonBody body = Json.readObject(req, 4096).allowOnly(Set.of("name", "scopes", "requestsPerMinute"));
        String name = body.required("name", 120, n -> n);
        Set<String> scopes = body.stringList("scopes", 10, 20).stream().collect(Collectors.toSet());
        int rate = body.optionalInteger("requestsPerMinute", 1, 100_000).orElse(600);
        body.validate();
        PartnerService.CreatedKey created;
        try {
            created = jobbot.partners().createKey(name, scopes, rate);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e, Set.of("name", "scopes", "requestsPerMinute"), "scopes");
        }
        Map<String, Object> view = new LinkedHashMap<>(PartnerAccess.view(created.key()));
        view.put("token", created.token());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.LOCATION, "/api/v1/admin/partner-keys/" + created.key().id());
        Json.send(res, 201, view);
    }

    private void listKeys(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.ADMINISTRATOR);
        Json.send(res, 200, Map.of("keys", jobbot.partners().keys().stream().map(PartnerAccess::view).toList()));
    }

    private void revokeKey(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.ADMINISTRATOR);
        if (!jobbot.partners().revoke(uuid(req, "no such key"))) {
            throw ProblemException.notFound("no such live key");
        }
        res.status(204).send();
    }

    private PartnerKey partner(ServerRequest req) {
        return access.key(req, Authenticator.bearerToken(req).orElse(""), "webhooks");
    }

    /** Body: {@code {"url":"https://hr.example/jobbot-hook","events":["interview.finished","account.erased"]}}. */
    private void register(ServerRequest req, ServerResponse res) {
        PartnerKey partner = partner(req);
        JsonBody body = Json.readObject(req, 4096).allowOnly(Set.of("url", "events"));
        URI url = body.required("url", 2000, u -> {
            try {
                return URI.create(u.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("is not a URL");
            }
        });
        Set<String> events = body.stringList("events", 10, 40).stream().collect(Collectors.toSet());
        body.validate();
        PartnerService.CreatedEndpoint created;
        try {
            created = jobbot.partners().registerEndpoint(partner, url, events);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e, Set.of("url", "events"), "url");
        }
        Map<String, Object> view = new LinkedHashMap<>(view(created.endpoint()));
        view.put("secret", created.secret());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Json.send(res, 201, view);
    }

    private void endpoints(ServerRequest req, ServerResponse res) {
        PartnerKey partner = partner(req);
        Json.send(res, 200, Map.of("endpoints", jobbot.partners().endpoints(partner).stream()
                .map(PartnerRoutes::view).toList()));
    }

    private void disable(ServerRequest req, ServerResponse res) {
        PartnerKey partner = partner(req);
        if (!jobbot.partners().disableEndpoint(partner, uuid(req, "no such endpoint"))) {
            throw ProblemException.notFound("no such active endpoint of yours");
        }
        res.status(204).send();
    }

    private void deliveries(ServerRequest req, ServerResponse res) {
        PartnerKey partner = partner(req);
        Json.send(res, 200, Map.of("deliveries", jobbot.partners().deliveries(partner, 200).stream().map(d -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", d.id().toString());
            v.put("endpointId", d.endpoint().toString());
            v.put("eventId", d.event().toString());
            v.put("type", d.type());
            v.put("state", d.state());
            v.put("attempts", d.attempts());
            v.put("lastStatus", d.lastStatus().orElse(null));
            v.put("lastError", d.lastError().orElse(null));
            v.put("createdAt", d.createdAt());
            v.put("deliveredAt", d.deliveredAt().orElse(null));
            return v;
        }).toList()));
    }

    private static Map<String, Object> view(Webhooks.Endpoint e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", e.id().toString());
        v.put("url", e.url().toString());
        v.put("events", e.events().stream().sorted().toList());
        v.put("createdAt", e.createdAt());
        v.put("active", e.active());
        return v;
    }

    private static UUID uuid(ServerRequest req, String notFound) {
        try {
            return UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFound);
        }
    }
}
