package tech.jobbot.server.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.request.RequestRoutes;

/**
 * The operator's API: publish a policy version (everyone affected is then notified in batches),
 * send a marketing mailing to those who opted in (once per campaign id), and write to one
 * person's inbox (a security notice, a reply to a complaint).
 */
public final class AdminRoutes implements HttpService {
    private static final int MAX_POLICY_BYTES = 512 * 1024;
    /** Who acts through the admin API, in the staff access log, until staff accounts exist. */
    static final String OPERATOR = "operator (admin API)";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final Jobbot jobbot;
    private final AdminAuthenticator admin;

    public AdminRoutes(Jobbot jobbot, AdminAuthenticator admin) {
        this.jobbot = jobbot;
        this.admin = admin;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/admin/policies", this::publish)
                .post("/admin/mailings", this::mailing)
                .post("/admin/messages", this::message)
                .get("/admin/requests", this::openRequests)
                .get("/admin/retention", this::retention)
                .get("/admin/audit/verification", this::verifyAudit)
                .post("/admin/legal-holds", this::placeHold)
                .delete("/admin/legal-holds/{id}", this::releaseHold)
                .post("/admin/requests/{id}/replies", this::reply);
    }

    /**
     * Body: {@code {"region":"GLOBAL","version":2,"effectiveFrom":"2026-12-15","summary":"...",
     * "text":"...","changedPurposes":["analytics.usage"]}}.
     */
    private void publish(ServerRequest req, ServerResponse res) {
        admin.require(req);
        JsonBody body = Json.readObject(req, MAX_POLICY_BYTES)
                .allowOnly(Set.of("region", "version", "effectiveFrom", "summary", "text", "changedPurposes"));
        String region = body.required("region", 6, r -> {
            String upper = r.strip().toUpperCase(Locale.ROOT);
            if (!PolicyDocument.REGIONS.contains(upper)) {
                throw new IllegalArgumentException("must be GLOBAL, EU or CN");
            }
            return upper;
        });
        Integer version = body.optionalInteger("version", 1, 1_000_000).orElse(null);
        if (version == null) {
            body.reject("version", "is required");
        }
        LocalDate effective = body.required("effectiveFrom", 10, d -> {
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date such as 2026-12-31");
            }
        });
        String summary = body.required("summary", PolicyDocument.MAX_SUMMARY, AdminRoutes::nonBlank);
        String text = body.required("text", PolicyDocument.MAX_TEXT, AdminRoutes::nonBlank);
        List<String> changed = body.stringList("changedPurposes", 20, 80);
        Set<PurposeKey> keys = changed.stream().map(k -> {
            try {
                PurposeKey key = new PurposeKey(k);
                if (key.isEssential()) {
                    body.reject("changedPurposes", k + " rests on no consent: no consent to it can be outdated");
                }
                return key;
            } catch (IllegalArgumentException e) {
                body.reject("changedPurposes", k + " is not a purpose");
                return null;
            }
        }).filter(k -> k != null).collect(Collectors.toSet());
        body.validate();
        PolicyDocument published;
        try {
            published = jobbot.publishPolicy(new PolicyDocument(region, version, effective, summary, text, keys));
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("policy-not-publishable", e.getMessage());
        } catch (JobbotException e) {
            if (e.retryable()) {
                throw e;
            }
            throw ProblemException.conflict("policy-not-publishable", e.getMessage());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("region", published.region());
        view.put("version", published.version());
        view.put("effectiveFrom", published.effectiveFrom().toString());
        view.put("changedPurposes", published.changedPurposes().stream().map(PurposeKey::value).sorted().toList());
        view.put("notification", "everyone in the region is told by an in-site message and an email, in batches");
        res.header("Location", "/api/v1/policies/" + published.region() + "/" + published.version());
        Json.send(res, 201, view);
    }

    /** Body: {@code {"campaignId":"2026-12-news","subject":"...","text":"..."}}. */
    private void mailing(ServerRequest req, ServerResponse res) {
        admin.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("campaignId", "subject", "text"));
        String campaign = body.required("campaignId", 80, AdminRoutes::nonBlank);
        String subject = body.required("subject", 200, AdminRoutes::nonBlank);
        String text = body.required("text", 20_000, AdminRoutes::nonBlank);
        body.validate();
        int queued;
        try {
            queued = jobbot.sendMarketing(campaign, subject, text);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("marketing-off", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("invalid-mailing", "Invalid mailing", e.getMessage());
        }
        Json.send(res, 202, Map.of("campaignId", campaign, "queued", queued));
    }

    /** Body: {@code {"accountId":"...","kind":"security-notice","subject":"...","body":"..."}}. */
    private void message(ServerRequest req, ServerResponse res) {
        admin.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("accountId", "kind", "subject", "body"));
        AccountId account = body.required("accountId", 36, id -> {
            try {
                return new AccountId(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be an account id (a UUID)");
            }
        });
        MessageKind kind = body.required("kind", 30, k -> {
            try {
                return MessageKind.valueOf(k.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be policy-update, security-notice or complaint-reply");
            }
        });
        String subject = body.required("subject", InboxMessage.MAX_SUBJECT, AdminRoutes::nonBlank);
        String text = body.required("body", InboxMessage.MAX_BODY, AdminRoutes::nonBlank);
        body.validate();
        InboxMessage posted;
        try {
            posted = jobbot.postMessage(account, kind, subject, text);
            jobbot.recordStaffAccess(account, OPERATOR, "wrote to the inbox (" + kind.name().toLowerCase(Locale.ROOT)
                    + ")");
        } catch (IllegalArgumentException e) {
            throw e instanceof tech.jobbot.sdk.account.UnknownAccountException ? ProblemException.notFound(
                    "no account " + account.value()) : ProblemException.invalid("subject", e.getMessage());
        }
        Json.send(res, 201, Map.of("id", posted.id().toString()));
    }

    /** The queue of complaints and requests not closed, earliest due first, overdue ones flagged. */
    private void openRequests(ServerRequest req, ServerResponse res) {
        admin.require(req);
        Instant now = Instant.now(jobbot.clock());
        var open = jobbot.openRequests(500);
        open.forEach(r -> jobbot.recordStaffAccess(r.requester(), OPERATOR, "read request " + r.id() + " in the queue"));
        Json.send(res, 200, Map.of("overdue", open.stream().filter(r -> r.overdueAt(now)).count(),
                "requests", open.stream().map(r -> RequestRoutes.view(r, now, true)).toList()));
    }

    /** Body: {@code {"text":"...","close":true}}; the reply reaches the requester's inbox and mailbox. */
    private void reply(ServerRequest req, ServerResponse res) {
        admin.require(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such request");
        }
        JsonBody body = Json.readObject(req, 32 * 1024).allowOnly(Set.of("text", "close"));
        String text = body.required("text", 10_000, AdminRoutes::nonBlank);
        boolean close = body.optionalBoolean("close").orElse(false);
        body.validate();
        try {
            var replied = jobbot.replyToRequest(id, text, close);
            jobbot.recordStaffAccess(replied.requester(), OPERATOR, "replied to request " + id);
            Json.send(res, 200, RequestRoutes.view(replied, Instant.now(jobbot.clock()), true));
        } catch (java.util.NoSuchElementException e) {
            throw ProblemException.notFound("no such request");
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("text", e.getMessage());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("request-closed", e.getMessage());
        }
    }

    /** Walks the tamper-evident audit log: intact, or where it first breaks and how. */
    private void verifyAudit(ServerRequest req, ServerResponse res) {
        admin.require(req);
        var check = jobbot.verifyAuditLog();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("intact", check.intact());
        view.put("entriesChecked", check.entriesChecked());
        check.firstBrokenSequence().ifPresent(at -> view.put("firstBrokenEntry", at));
        view.put("finding", check.finding());
        Json.send(res, 200, view);
    }

    /** The retention schedule in force and the latest purge runs (the audit). */
    private void retention(ServerRequest req, ServerResponse res) {
        admin.require(req);
        Json.send(res, 200, Map.of(
                "schedule", jobbot.retentionSchedule().stream().map(r -> Map.of(
                        "category", r.category().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "period", r.period().toString(), "trigger", r.trigger(),
                        "action", r.action().name().toLowerCase(Locale.ROOT))).toList(),
                "runs", jobbot.retentionRuns(100).stream().map(r -> Map.of(
                        "category", r.category().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "cutoff", r.cutoff(), "purged", r.purged(), "ranAt", r.ranAt())).toList()));
    }

    /** Body: {@code {"accountId":"...","recordId"?:"...","reason":"...","placedBy":"..."}}. */
    private void placeHold(ServerRequest req, ServerResponse res) {
        admin.require(req);
        JsonBody body = Json.readObject(req, 4096).allowOnly(Set.of("accountId", "recordId", "reason", "placedBy"));
        AccountId account = body.required("accountId", 36, id -> new AccountId(uuid(id)));
        java.util.Optional<UUID> record = body.optional("recordId", 36, AdminRoutes::uuid);
        String reason = body.required("reason", 500, AdminRoutes::nonBlank);
        String placedBy = body.required("placedBy", 150, AdminRoutes::nonBlank);
        body.validate();
        try {
            var hold = jobbot.placeLegalHold(account, record, reason, placedBy);
            jobbot.recordStaffAccess(account, OPERATOR + ": " + placedBy, "placed legal hold " + hold.id());
            res.header("Location", "/api/v1/admin/legal-holds/" + hold.id());
            Json.send(res, 201, Map.of("id", hold.id().toString(), "placedAt", hold.placedAt()));
        } catch (tech.jobbot.sdk.account.UnknownAccountException e) {
            throw ProblemException.notFound("no account " + account.value());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("recordId", e.getMessage());
        }
    }

    private void releaseHold(ServerRequest req, ServerResponse res) {
        admin.require(req);
        UUID id;
        try {
            id = UUID.fromString(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such hold");
        }
        if (!jobbot.releaseLegalHold(id)) {
            throw ProblemException.notFound("no such active hold");
        }
        res.status(204).send();
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a UUID");
        }
    }

    private static String nonBlank(String s) {
        if (s.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return s;
    }
}
