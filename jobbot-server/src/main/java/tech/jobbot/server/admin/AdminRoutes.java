package tech.jobbot.server.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.staff.StaffForbiddenException;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.admin.AdminAuthenticator.Actor;

/**
 * The operator's API: publish a policy version (everyone affected is then notified in batches),
 * send a marketing mailing to those who opted in (once per campaign id), and write to one
 * person's inbox (a security notice, a reply to a complaint).
 */
public final class AdminRoutes implements HttpService {
    private static final int MAX_POLICY_BYTES = 512 * 1024;
    /** Who acts through the admin API with the operator's automation key, in the staff access log. */
    public static final String OPERATOR = "operator (admin API)";
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
        Actor actor = admin.require(req, StaffRole.PRIVACY_OFFICER, StaffRole.ADMINISTRATOR);
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
        Actor actor = admin.require(req, StaffRole.ADMINISTRATOR);
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
        Actor actor = admin.require(req, StaffRole.SUPPORT, StaffRole.PRIVACY_OFFICER, StaffRole.SECURITY_OFFICER);
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
            actor.recordAction(jobbot, account, "wrote to the inbox (" + kind.name().toLowerCase(Locale.ROOT) + ")");
        } catch (IllegalArgumentException e) {
            throw e instanceof tech.jobbot.sdk.account.UnknownAccountException ? ProblemException.notFound(
                    "no account " + account.value()) : ProblemException.invalid("subject", e.getMessage());
        }
        Json.send(res, 201, Map.of("id", posted.id().toString()));
    }

    /**
     * The queue of complaints and requests not closed, earliest due first, overdue ones flagged. It
     * shows what is due, not what was written: reading a request takes a case (need-to-know).
     */
    private void openRequests(ServerRequest req, ServerResponse res) {
        Actor actor = admin.require(req, StaffRole.SUPPORT, StaffRole.PRIVACY_OFFICER);
        Instant now = Instant.now(jobbot.clock());
        var open = jobbot.openRequests(500);
        Json.send(res, 200, Map.of("overdue", open.stream().filter(r -> r.overdueAt(now)).count(),
                "requests", open.stream().map(r -> queueView(r, now)).toList()));
    }

    /** A request as staff see it outside a case: what is due, not what was written. */
    private static Map<String, Object> queueView(PrivacyRequest r, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id().toString());
        m.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("filedAt", r.filedAt());
        m.put("dueAt", r.dueAt());
        m.put("overdue", r.overdueAt(now));
        r.closedAt().ifPresent(at -> m.put("closedAt", at));
        return m;
    }

    /** Body: {@code {"text":"...","close":true}}; the reply reaches the requester's inbox and mailbox. */
    private void reply(ServerRequest req, ServerResponse res) {
        Actor actor = admin.require(req, StaffRole.SUPPORT, StaffRole.PRIVACY_OFFICER);
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
            Optional<StaffCase> through = Optional.empty();
            if (actor instanceof Actor.Staff staffActor) {
                through = Optional.of(jobbot.staff().caseForRequest(staffActor.principal().member(), id));
            }
            var replied = jobbot.replyToRequest(id, text, close);
            if (actor instanceof Actor.Staff staffActor) {
                jobbot.staff().recordAction(staffActor.principal().member(), replied.requester(),
                        "replied to request " + id, through);
            } else {
                actor.recordAction(jobbot, replied.requester(), "replied to request " + id);
            }
            Json.send(res, 200, queueView(replied, Instant.now(jobbot.clock())));
        } catch (java.util.NoSuchElementException e) {
            throw ProblemException.notFound("no such request");
        } catch (StaffForbiddenException e) {
            throw ProblemException.forbidden("case-required", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("text", e.getMessage());
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("request-closed", e.getMessage());
        }
    }

    /** Walks the tamper-evident audit log: intact, or where it first breaks and how. */
    private void verifyAudit(ServerRequest req, ServerResponse res) {
        Actor actor = admin.require(req, StaffRole.SECURITY_OFFICER, StaffRole.ADMINISTRATOR);
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
        Actor actor = admin.require(req, StaffRole.PRIVACY_OFFICER, StaffRole.ADMINISTRATOR);
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
        Actor actor = admin.require(req, StaffRole.PRIVACY_OFFICER);
        JsonBody body = Json.readObject(req, 4096).allowOnly(Set.of("accountId", "recordId", "reason", "placedBy"));
        AccountId account = body.required("accountId", 36, id -> new AccountId(uuid(id)));
        Optional<UUID> record = body.optional("recordId", 36, AdminRoutes::uuid);
        String reason = body.required("reason", 500, AdminRoutes::nonBlank);
        String placedBy = body.required("placedBy", 150, AdminRoutes::nonBlank);
        body.validate();
        try {
            var hold = jobbot.placeLegalHold(account, record, reason, placedBy);
            actor.recordAction(jobbot, account, "placed legal hold " + hold.id() + " (" + placedBy + ")");
            res.header("Location", "/api/v1/admin/legal-holds/" + hold.id());
            Json.send(res, 201, Map.of("id", hold.id().toString(), "placedAt", hold.placedAt()));
        } catch (tech.jobbot.sdk.account.UnknownAccountException e) {
            throw ProblemException.notFound("no account " + account.value());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("recordId", e.getMessage());
        }
    }

    private void releaseHold(ServerRequest req, ServerResponse res) {
        Actor actor = admin.require(req, StaffRole.PRIVACY_OFFICER);
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
