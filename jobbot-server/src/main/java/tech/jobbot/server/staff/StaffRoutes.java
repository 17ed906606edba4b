package tech.jobbot.server.staff;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.staff.CaseKind;
import tech.jobbot.domain.staff.DataCategory;
import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffId;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.staff.StaffService;
import tech.jobbot.sdk.staff.StaffSignIn;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.http.ClientAddress;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * The staff console API (policy §6): sign-in with an email code and a second factor, staff
 * management for administrators, cases, and reading a person's data through a case, one category
 * at a time. Complaints, requests, holds, incidents, policy publication and audit verification are
 * under {@code /admin}, open to the staff roles that do them.
 */
public final class StaffRoutes implements HttpService {
    private static final int MAX_BODY = 8 * 1024;

    private final Jobbot jobbot;
    private final StaffService staff;
    private final AdminAuthenticator auth;
    private final ClientAddress clientAddress;

    public StaffRoutes(Jobbot jobbot, AdminAuthenticator auth, ClientAddress clientAddress) {
        this.jobbot = jobbot;
        this.staff = jobbot.staff();
        this.auth = auth;
        this.clientAddress = clientAddress;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/staff/auth/codes", this::requestCode)
                .post("/staff/auth/sessions", this::signIn)
                .delete("/staff/auth/session", this::signOut)
                .get("/staff/me", this::me)
                .get("/staff/members", this::members)
                .get("/staff/colleagues", this::colleagues)
                .post("/staff/members", this::addMember)
                .put("/staff/members/{id}/roles", this::setRoles)
                .delete("/staff/members/{id}", this::deactivate)
                .get("/staff/cases", this::cases)
                .post("/staff/cases", this::openCase)
                .get("/staff/cases/{id}", this::oneCase)
                .post("/staff/cases/{id}/closure", this::closeCase)
                .get("/staff/accounts/{accountId}/data/{category}", this::read);
    }

    /** Body: {@code {"email":"...","flowId"?:"..."}}; the same answer whether or not the address is staff. */
    private void requestCode(ServerRequest req, ServerResponse res) {
        JsonBody body = Json.readObject(req, MAX_BODY).allowOnly(Set.of("email", "flowId"));
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        Optional<FlowId> resendOf = body.optional("flowId", 64, FlowId::new);
        body.validate();
        tech.jobbot.server.account.AuthRoutes.answerCodeRequest(res,
                staff.requestCode(email, resendOf, clientAddress.of(req)));
    }

    /**
     * Body: {@code {"flowId","email","code","totp"?,"recoveryCode"?}}. 201 with a session token; 200
     * with the second factor to set up (first sign-in); 401 when refused.
     */
    private void signIn(ServerRequest req, ServerResponse res) {
        JsonBody body = Json.readObject(req, MAX_BODY)
                .allowOnly(Set.of("flowId", "email", "code", "totp", "recoveryCode"));
        FlowId flow = body.required("flowId", 64, FlowId::new);
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        SignInCode code = body.required("code", 16, raw -> new SignInCode(raw.strip()));
        Optional<String> totp = body.optional("totp", 16, t -> t);
        Optional<String> recovery = body.optional("recoveryCode", 32, r -> r);
        body.validate();
        switch (staff.signIn(flow, email, code, totp, recovery)) {
            case StaffSignIn.SignedIn in -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("token", in.token());
                answer.put("expiresAt", in.expiresAt());
                answer.put("staff", view(in.member()));
                answer.put("recoveryCodesLeft", in.recoveryCodesLeft());
                Json.send(res, 201, answer);
            }
            case StaffSignIn.Enrol enrol -> {
                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                Json.send(res, 200, Map.of("enrolment", Map.of(
                        "secret", enrol.secretBase32(),
                        "otpauthUri", enrol.otpauthUri(),
                        "recoveryCodes", enrol.recoveryCodes()),
                        "next", "add the secret to an authenticator app, keep the recovery codes somewhere safe, then "
                                + "sign in again with a new email code and the app's 6-digit code as totp"));
            }
            case StaffSignIn.Refused refused -> throw new ProblemException(401, "staff-sign-in-refused",
                    "Sign-in refused", refused.reason(), List.of(), Map.of());
        }
    }

    private void signOut(ServerRequest req, ServerResponse res) {
        staff.signOut(auth.staff(req).session());
        res.status(204).send();
    }

    private void me(ServerRequest req, ServerResponse res) {
        StaffService.StaffPrincipal me = auth.staff(req);
        Map<String, Object> view = view(me.member());
        view.put("sessionExpiresAt", me.expiresAt());
        Json.send(res, 200, view);
    }

    private void members(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        Json.send(res, 200, Map.of("staff", staff.members(me).stream().map(StaffRoutes::view).toList()));
    }

    /** Active staff by name and roles (no emails), for any staff member: whom a case can go to. */
    private void colleagues(ServerRequest req, ServerResponse res) {
        auth.staff(req);
        Json.send(res, 200, Map.of("staff", staff.colleagues().stream().map(m -> Map.of(
                "id", m.id().toString(), "displayName", m.displayName(),
                "roles", m.roles().stream().sorted().map(StaffRole::wire).toList())).toList()));
    }

    /** Body: {@code {"email":"...","displayName":"...","roles":["support"]}}. */
    private void addMember(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        JsonBody body = Json.readObject(req, MAX_BODY).allowOnly(Set.of("email", "displayName", "roles"));
        EmailAddress email = body.required("email", 320, EmailAddress::parse);
        String name = body.required("displayName", StaffMember.MAX_NAME, StaffRoutes::nonBlank);
        Set<StaffRole> roles = roles(body);
        body.validate();
        StaffMember added;
        try {
            added = staff.addMember(me, email, name, roles);
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("staff-exists", e.getMessage());
        }
        res.header(HeaderNames.LOCATION, "/api/v1/staff/members/" + added.id());
        Json.send(res, 201, view(added));
    }

    /** Body: {@code {"roles":["privacy-officer"]}}; never one's own. */
    private void setRoles(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        StaffId target = new StaffId(uuid(req.path().pathParameters().get("id"), "no such staff member"));
        JsonBody body = Json.readObject(req, MAX_BODY).allowOnly(Set.of("roles"));
        Set<StaffRole> roles = roles(body);
        body.validate();
        try {
            Json.send(res, 200, view(staff.setRoles(me, target, roles)));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    private void deactivate(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        StaffId target = new StaffId(uuid(req.path().pathParameters().get("id"), "no such staff member"));
        try {
            staff.deactivate(me, target);
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        }
        res.status(204).send();
    }

    private void cases(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        Json.send(res, 200, Map.of("cases", staff.myCases(me).stream().map(StaffRoutes::view).toList()));
    }

    /**
     * Body: {@code {"kind":"complaint","reference":"<request id>","assignee":"<staff id>",
     * "categories":["profile","requests"],"accountId"?:"<for an incident>"}}.
     */
    private void openCase(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        JsonBody body = Json.readObject(req, MAX_BODY)
                .allowOnly(Set.of("kind", "reference", "assignee", "categories", "accountId"));
        CaseKind kind = body.required("kind", 30, CaseKind::parse);
        UUID reference = body.required("reference", 36, r -> uuid(r));
        StaffId assignee = body.required("assignee", 36, a -> new StaffId(uuid(a)));
        Optional<AccountId> person = body.optional("accountId", 36, a -> new AccountId(uuid(a)));
        Set<DataCategory> categories = body.stringList("categories", DataCategory.values().length, 20).stream()
                .map(c -> {
                    try {
                        return DataCategory.parse(c);
                    } catch (IllegalArgumentException e) {
                        body.reject("categories", e.getMessage());
                        return null;
                    }
                }).filter(c -> c != null).collect(Collectors.toSet());
        if (categories.isEmpty()) {
            body.reject("categories", "name at least one category the case needs");
        }
        body.validate();
        StaffCase opened;
        try {
            opened = staff.openCase(me, kind, reference, person, assignee, categories);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(e, Set.of("reference", "assignee", "accountId"), "categories");
        }
        res.header(HeaderNames.LOCATION, "/api/v1/staff/cases/" + opened.id());
        Json.send(res, 201, view(opened));
    }

    private void oneCase(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        UUID id = uuid(req.path().pathParameters().get("id"), "no such case");
        try {
            Json.send(res, 200, view(staff.caseFor(me, id)));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    private void closeCase(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        UUID id = uuid(req.path().pathParameters().get("id"), "no such case");
        try {
            Json.send(res, 200, view(staff.closeCase(me, id)));
        } catch (NoSuchElementException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    /** {@code GET /staff/accounts/{accountId}/data/{category}?case=<id>}: 403 (audited) unless the case allows it. */
    private void read(ServerRequest req, ServerResponse res) {
        StaffMember me = auth.staff(req).member();
        AccountId person = new AccountId(uuid(req.path().pathParameters().get("accountId"), "no such account"));
        DataCategory category;
        try {
            category = DataCategory.parse(req.path().pathParameters().get("category"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such category: " + e.getMessage());
        }
        Optional<UUID> caseId;
        try {
            caseId = req.query().first("case").asOptional().map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("case", "must be a case id (a UUID)");
        }
        staff.authorise(me, person, category, caseId);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        try (OutputStream out = res.outputStream()) {
            staff.read(me, person, category, caseId, out);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<StaffRole> roles(JsonBody body) {
        return body.stringList("roles", StaffRole.values().length, 30).stream().map(r -> {
            try {
                return StaffRole.parse(r);
            } catch (IllegalArgumentException e) {
                body.reject("roles", e.getMessage());
                return null;
            }
        }).filter(r -> r != null).collect(Collectors.toSet());
    }

    static Map<String, Object> view(StaffMember m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id().toString());
        v.put("email", m.email().value());
        v.put("displayName", m.displayName());
        v.put("roles", m.roles().stream().sorted().map(StaffRole::wire).toList());
        v.put("active", m.active());
        v.put("secondFactorEnrolled", m.enrolled());
        v.put("createdAt", m.createdAt());
        return v;
    }

    static Map<String, Object> view(StaffCase c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id().toString());
        v.put("kind", c.kind().wire());
        v.put("reference", c.reference().toString());
        v.put("accountId", c.subject().value().toString());
        v.put("assignee", c.assignee().toString());
        v.put("categories", c.categories().stream().sorted().map(DataCategory::wire).toList());
        v.put("openedBy", c.openedBy().toString());
        v.put("openedAt", c.openedAt());
        v.put("open", c.open());
        c.closedAt().ifPresent(at -> v.put("closedAt", at));
        return v;
    }

    private static UUID uuid(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a UUID");
        }
    }

    private static UUID uuid(String raw, String notFound) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(notFound);
        }
    }

    private static String nonBlank(String s) {
        if (s.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return s;
    }
}
