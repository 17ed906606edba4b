package tech.jobbot.server.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.incident.Affected;
import tech.jobbot.domain.incident.Incident;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * The incident register over the admin API (policy §6): register, follow the deadline clocks, add
 * updates, notify the people affected in rounds, produce the authority report and record its submission.
 */
public final class IncidentRoutes implements HttpService {
    private static final Set<String> FIELDS = Set.of("detectedAt", "awareAt", "nature", "dataCategories",
            "approxPeople", "approxRecords", "likelyConsequences", "measures", "contact", "cause", "whatPeopleCanDo");

    private final Jobbot jobbot;
    private final AdminAuthenticator admin;

    public IncidentRoutes(Jobbot jobbot, AdminAuthenticator admin) {
        this.jobbot = jobbot;
        this.admin = admin;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/admin/incidents", this::register)
                .get("/admin/incidents", this::list)
                .post("/admin/incidents/{id}/updates", this::update)
                .post("/admin/incidents/{id}/notifications", this::notifyAffected)
                .get("/admin/incidents/{id}/report", this::report)
                .post("/admin/incidents/{id}/authority-report", this::submitted);
    }

    private void register(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        JsonBody body = Json.readObject(req, 64 * 1024).allowOnly(FIELDS);
        Instant detected = body.required("detectedAt", 40, IncidentRoutes::instant);
        Instant aware = body.required("awareAt", 40, IncidentRoutes::instant);
        String nature = body.required("nature", 5_000, IncidentRoutes::nonBlank);
        List<String> categories = body.stringList("dataCategories", 30, 200);
        int people = body.optionalInteger("approxPeople", 0, Integer.MAX_VALUE).orElse(0);
        int records = body.optionalInteger("approxRecords", 0, Integer.MAX_VALUE).orElse(0);
        String consequences = body.optional("likelyConsequences", 5_000, s -> s).orElse("");
        String measures = body.optional("measures", 5_000, s -> s).orElse("");
        String contact = body.required("contact", 500, IncidentRoutes::nonBlank);
        String cause = body.optional("cause", 5_000, s -> s).orElse("");
        String canDo = body.optional("whatPeopleCanDo", 5_000, s -> s).orElse("");
        body.validate();
        Incident incident;
        try {
            incident = jobbot.incidents().register(detected, aware, nature, categories, people, records, consequences,
                    measures, contact, cause, canDo);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("awareAt", e.getMessage());
        }
        res.header("Location", "/api/v1/admin/incidents/" + incident.id() + "/report");
        Json.send(res, 201, view(incident));
    }

    private void list(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        Json.send(res, 200, Map.of("incidents", jobbot.incidents().incidents().stream().map(this::view).toList()));
    }

    /** Body: {@code {"text":"...","status":"contained"}}. */
    private void update(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        UUID id = id(req);
        JsonBody body = Json.readObject(req, 16 * 1024).allowOnly(Set.of("text", "status"));
        String text = body.required("text", 5_000, IncidentRoutes::nonBlank);
        Optional<Incident.Status> status = body.optional("status", 20, s -> {
            try {
                return Incident.Status.valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be open, contained or resolved");
            }
        });
        body.validate();
        Json.send(res, 200, view(found(() -> jobbot.incidents().update(id, text, status))));
    }

    /**
     * Body: {@code {"affected":"everyone"}}, {@code "with-interviews"}, or
     * {@code {"affected":"signed-in-between","from":"...","to":"..."}}; {@code "maxPeople"} per round (default 1,000).
     */
    private void notifyAffected(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        UUID id = id(req);
        JsonBody body = Json.readObject(req, 4096).allowOnly(Set.of("affected", "from", "to", "maxPeople"));
        String kind = body.required("affected", 30, IncidentRoutes::nonBlank);
        Optional<Instant> from = body.optional("from", 40, IncidentRoutes::instant);
        Optional<Instant> to = body.optional("to", 40, IncidentRoutes::instant);
        int max = body.optionalInteger("maxPeople", 1, 100_000).orElse(1_000);
        Affected affected = switch (kind == null ? "" : kind) {
            case "everyone" -> new Affected.Everyone();
            case "with-interviews" -> new Affected.WithInterviews();
            case "signed-in-between" -> {
                if (from.isEmpty() || to.isEmpty()) {
                    body.reject("from", "signed-in-between needs from and to");
                    yield null;
                }
                if (to.get().isBefore(from.get())) {
                    body.reject("to", "must not be before from");
                    yield null;
                }
                yield new Affected.SignedInBetween(from.get(), to.get());
            }
            default -> {
                body.reject("affected", "must be everyone, with-interviews or signed-in-between");
                yield null;
            }
        };
        body.validate();
        int notified = found(() -> jobbot.notifyIncident(id, affected, max));
        Json.send(res, 200, Map.of("notified", notified, "total", jobbot.incidents().notifiedCount(id)));
    }

    private void report(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        UUID id = id(req);
        Map<String, Object> report = found(() -> jobbot.incidents().authorityReport(id));
        if (!req.query().first("format").orElse("json").equals("html")) {
            Json.send(res, 200, report);
            return;
        }
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Personal data breach report</title></head><body><main><h1>Personal data breach report</h1><dl>");
        report.forEach((k, v) -> html.append("<dt>").append(Html.escape(k)).append("</dt><dd>")
                .append(Html.escape(String.valueOf(v))).append("</dd>"));
        html.append("</dl></main></body></html>\n");
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.send(html.toString());
    }

    private void submitted(ServerRequest req, ServerResponse res) {
        admin.require(req, StaffRole.SECURITY_OFFICER);
        UUID id = id(req);
        try {
            Json.send(res, 200, view(found(() -> jobbot.incidents().markReportedToAuthority(id))));
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("already-reported", e.getMessage());
        }
    }

    private Map<String, Object> view(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id().toString());
        m.put("nature", i.nature());
        m.put("status", i.status().name().toLowerCase(Locale.ROOT));
        m.put("awareAt", i.awareAt());
        i.reportedToAuthorityAt().ifPresent(at -> m.put("reportedToAuthorityAt", at));
        m.put("clocks", jobbot.incidents().clocks(i.id()).stream().map(c -> Map.of("regime", c.regime(),
                "dueAt", c.dueAt(), "state", c.state().name().toLowerCase(Locale.ROOT),
                "remainingMinutes", c.remaining().toMinutes())).toList());
        m.put("timeline", i.timeline());
        return m;
    }

    private static <T> T found(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound("no such incident");
        }
    }

    private static UUID id(ServerRequest req) {
        try {
            return UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such incident");
        }
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an instant such as 2026-11-29T10:00:00Z");
        }
    }

    private static String nonBlank(String s) {
        if (s.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return s;
    }
}
