package tech.jobbot.sdk.staff;

import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.domain.staff.CaseKind;
import tech.jobbot.domain.staff.DataCategory;
import tech.jobbot.domain.staff.NeedToKnow;
import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffId;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.domain.staff.StaffRules;
import tech.jobbot.domain.staff.Totp;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.StaffAccessLog;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.incident.Incidents;
import tech.jobbot.ports.out.request.PrivacyRequests;
import tech.jobbot.ports.out.staff.StaffCases;
import tech.jobbot.ports.out.staff.StaffDirectory;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.account.CodeIssuer;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.sdk.audit.AuditService;
import tech.jobbot.sdk.export.ExportService;

/**
 * Staff and need-to-know (policy §6). Staff sign in with an email code and a second factor (TOTP
 * or a recovery code); administrators manage staff, never themselves; a staff member reads a
 * person's data only through an open case assigned to them, one category the case names at a time.
 * Every access granted is recorded for the person to see, and every grant, refusal, sign-in and
 * role change goes to the tamper-evident audit log.
 */
public final class StaffService {
    /** How long a staff session lasts: one working day, then sign in again. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
    public static final String TOKEN_PREFIX = "jbs_";
    public static final int RECOVERY_CODES = 10;
    private static final String TOKEN_DIGEST = "staff-session-token";
    private static final String RECOVERY_DIGEST = "staff-recovery-code";
    private static final String ISSUER = "Jobbot staff";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    /** What the service needs from the outside world. */
    public record Ports(Transactions tx, StaffDirectory directory, StaffCases cases, CodeIssuer codes,
            CodeChallengeRepository challenges, KeyVault vault, AccountRepository accounts,
            PrivacyRequests requests, Incidents incidents, StaffAccessLog accessLog, AuditService audit,
            ExportService export) {
    }

    private final Ports p;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public StaffService(Ports ports, Clock clock) {
        this.p = ports;
        this.clock = clock;
    }

    // ---- staff accounts -------------------------------------------------------------------------

    /**
     * Creates the first administrator, when there is no staff yet (the deployment's bootstrap); does
     * nothing and returns empty once anyone exists.
     */
    public Optional<StaffMember> bootstrapAdministrator(EmailAddress email, String displayName) {
        return p.tx().inTransaction(() -> {
            if (p.directory().count() > 0) {
                return Optional.empty();
            }
            StaffMember first = new StaffMember(StaffId.random(), email, displayName, Set.of(StaffRole.ADMINISTRATOR),
                    true, false, clock.instant());
            p.directory().add(first, p.codes().emailIndex(email));
            p.audit().record("staff.created", Optional.empty(), "staff " + first.id() + " as the first administrator");
            return Optional.of(first);
        });
    }

    /**
     * @throws StaffForbiddenException if the actor is not an administrator
     * @throws IllegalArgumentException if a staff member with that email exists
     */
    public StaffMember addMember(StaffMember actor, EmailAddress email, String displayName, Set<StaffRole> roles) {
        requireRole(actor, StaffRole.ADMINISTRATOR, "manage staff");
        StaffMember member = new StaffMember(StaffId.random(), email, displayName, roles, true, false, clock.instant());
        return p.tx().inTransaction(() -> {
            try {
                p.directory().add(member, p.codes().emailIndex(email));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("a staff member with that email exists");
            }
            p.audit().record("staff.created", Optional.empty(),
                    "staff " + member.id() + " by " + actor.id() + " with roles " + wire(roles));
            return member;
        });
    }

    /** The active staff members, for choosing whom to assign a case to (names and roles only are shown). */
    public List<StaffMember> colleagues() {
        return p.directory().all().stream().filter(StaffMember::active).toList();
    }

    public List<StaffMember> members(StaffMember actor) {
        requireRole(actor, StaffRole.ADMINISTRATOR, "list staff");
        return p.directory().all();
    }

    /**
     * @throws StaffForbiddenException if the actor is no administrator or is changing themselves
     * @throws NoSuchElementException if there is no such member
     */
    public StaffMember setRoles(StaffMember actor, StaffId target, Set<StaffRole> roles) {
        StaffMember member = allowedTarget(actor, target, "change the roles of " + target);
        return p.tx().inTransaction(() -> {
            p.directory().setRoles(target, roles);
            p.audit().record("staff.roles-changed", Optional.empty(), "staff " + target + " by " + actor.id() + ": "
                    + wire(member.roles()) + " -> " + wire(roles));
            return member.withRoles(roles);
        });
    }

    /** Deactivates a member and ends their sessions; their past accesses stay on record. */
    public void deactivate(StaffMember actor, StaffId target) {
        allowedTarget(actor, target, "deactivate " + target);
        p.tx().inTransaction(() -> {
            Instant now = clock.instant();
            p.directory().deactivate(target, now);
            p.directory().revokeSessions(target, now);
            p.audit().record("staff.deactivated", Optional.empty(), "staff " + target + " by " + actor.id());
            return null;
        });
    }

    /** The target, if the actor may manage them; a refusal is audited (outside any transaction, so it stays). */
    private StaffMember allowedTarget(StaffMember actor, StaffId target, String what) {
        StaffMember member = p.directory().find(target)
                .orElseThrow(() -> new NoSuchElementException("no such staff member"));
        refuseUnlessAllowed(actor, member, what);
        return member;
    }

    private void refuseUnlessAllowed(StaffMember actor, StaffMember target, String what) {
        Optional<String> refusal = StaffRules.refuseChange(actor, target);
        if (refusal.isPresent()) {
            refused(actor, Optional.empty(), what + ": " + refusal.get());
            throw new StaffForbiddenException(refusal.get());
        }
    }

    // ---- sign-in --------------------------------------------------------------------------------

    /**
     * Mails a code if the address belongs to an active staff member; answers the same either way,
     * so the endpoint tells nobody who is staff.
     */
    public CodeRequestResult requestCode(EmailAddress email, Optional<FlowId> resendOf, String clientIp) {
        boolean staff = p.directory().findByEmailIndex(p.codes().emailIndex(email)).filter(StaffMember::active)
                .isPresent();
        if (!staff) {
            return p.codes().pretend(email, clientIp);
        }
        return p.codes().issue(CodePurpose.STAFF_SIGN_IN, email, Optional.empty(), resendOf, clientIp);
    }

    /**
     * Checks the email code, then the second factor: a TOTP code from the authenticator or one of
     * the recovery codes. The email code is spent by any attempt that gets that far, so each guess
     * at a second factor costs a fresh email code (itself rate-limited).
     */
    public StaffSignIn signIn(FlowId flow, EmailAddress email, SignInCode code, Optional<String> totp,
            Optional<String> recoveryCode) {
        return p.tx().inTransaction(() -> signInOnce(flow, email, code, totp, recoveryCode));
    }

    private StaffSignIn signInOnce(FlowId flow, EmailAddress email, SignInCode code, Optional<String> totp,
            Optional<String> recoveryCode) {
        Instant now = clock.instant();
        Optional<CodeChallenge> found = p.challenges().findForUpdate(flow)
                .filter(c -> c.purpose() == CodePurpose.STAFF_SIGN_IN);
        if (found.isEmpty()) {
            return new StaffSignIn.Refused("the code is wrong or has expired; ask for a new one");
        }
        CodeChallenge.Attempt attempt = found.get().attempt(p.codes().emailIndex(email),
                p.codes().codeDigest(flow, code), now);
        p.challenges().save(attempt.challenge());
        Optional<StaffMember> member = p.directory().findByEmailIndex(p.codes().emailIndex(email))
                .filter(StaffMember::active);
        if (!(attempt.check() instanceof CodeCheck.Verified) || member.isEmpty()) {
            p.audit().record("staff.sign-in-refused", Optional.empty(), member.map(m -> "staff " + m.id())
                    .orElse("unknown address") + ": email code not accepted");
            return new StaffSignIn.Refused("the code is wrong or has expired; ask for a new one");
        }
        StaffMember m = member.get();
        Optional<StaffDirectory.SecondFactor> factor = p.directory().secondFactorForUpdate(m.id());
        if (factor.isEmpty() || (!factor.get().confirmed() && totp.isEmpty())) {
            return enrol(m);
        }
        byte[] secret = p.vault().open(scope(m.id()), factor.get().sealedSecret(), secretContext(m.id()));
        boolean second;
        if (totp.isPresent()) {
            OptionalLong step = Totp.verify(secret, totp.get(), now, factor.get().lastUsedStep());
            step.ifPresent(s -> p.directory().useStep(m.id(), s));
            second = step.isPresent();
        } else if (recoveryCode.isPresent() && factor.get().confirmed()) {
            second = p.directory().useRecoveryCode(m.id(), recoveryDigest(m.id(), recoveryCode.get()), now);
        } else {
            second = false;
        }
        if (!second) {
            p.audit().record("staff.sign-in-refused", Optional.empty(), "staff " + m.id() + ": second factor wrong");
            return new StaffSignIn.Refused("the authenticator or recovery code is wrong; ask for a new email code "
                    + "and try again");
        }
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        StaffDirectory.StaffSession session = new StaffDirectory.StaffSession(UUID.randomUUID(), m.id(),
                tokenDigest(token), now, now.plus(SESSION_LIFETIME), Optional.empty());
        p.directory().addSession(session);
        p.audit().record("staff.signed-in", Optional.empty(), "staff " + m.id() + " with "
                + (totp.isPresent() ? "an authenticator code" : "a recovery code"));
        StaffMember signedIn = new StaffMember(m.id(), m.email(), m.displayName(), m.roles(), true, true, m.createdAt());
        return new StaffSignIn.SignedIn(signedIn, token, session.expiresAt(), p.directory().recoveryCodesLeft(m.id()));
    }

    private StaffSignIn enrol(StaffMember m) {
        byte[] secret = Totp.newSecret(random);
        List<String> codes = new ArrayList<>();
        List<Digest> digests = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            digests.add(recoveryDigest(m.id(), code));
        }
        p.directory().startEnrolment(m.id(), p.vault().seal(scope(m.id()), secret, secretContext(m.id())), digests);
        p.audit().record("staff.enrolment-started", Optional.empty(), "staff " + m.id());
        return new StaffSignIn.Enrol(Totp.base32(secret), Totp.otpauthUri(ISSUER, m.email().value(), secret), codes);
    }

    /** The member behind a live session token, with their current roles; empty if none or deactivated. */
    public Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return p.directory().sessionByTokenDigest(tokenDigest(token))
                .filter(s -> s.activeAt(now))
                .flatMap(s -> p.directory().find(s.staff()).filter(StaffMember::active)
                        .map(m -> new StaffPrincipal(m, s.id(), s.expiresAt())));
    }

    public void signOut(UUID session) {
        p.directory().revokeSession(session, clock.instant());
    }

    /** A signed-in staff member and their session. */
    public record StaffPrincipal(StaffMember member, UUID session, Instant expiresAt) {
    }

    // ---- cases ----------------------------------------------------------------------------------

    /**
     * Opens a case about the person a complaint, request or incident concerns and assigns it. For a
     * complaint or privacy request the person is the requester (so nobody opens a case about whom
     * they like); for an incident the person must be named and the incident must exist.
     *
     * @throws StaffForbiddenException if the actor's roles do not open cases of this kind
     * @throws IllegalArgumentException if the reference, assignee or categories do not fit
     */
    public StaffCase openCase(StaffMember actor, CaseKind kind, UUID reference, Optional<AccountId> person,
            StaffId assignee, Set<DataCategory> categories) {
        if (kind.openedBy().stream().noneMatch(actor::has)) {
            refused(actor, Optional.empty(), "open a " + kind.wire() + " case: roles " + wire(actor.roles()));
            throw new StaffForbiddenException("your roles do not open " + kind.wire() + " cases");
        }
        return p.tx().inTransaction(() -> {
            AccountId subject = switch (kind) {
                case COMPLAINT, PRIVACY_REQUEST -> {
                    PrivacyRequest request = p.requests().findForUpdate(reference)
                            .orElseThrow(() -> new IllegalArgumentException("reference: no such request"));
                    if (request.status() == PrivacyRequest.Status.CLOSED) {
                        throw new IllegalArgumentException("reference: the request is closed; nothing is left to do");
                    }
                    boolean complaint = request.kind() == RequestKind.COMPLAINT;
                    if (complaint != (kind == CaseKind.COMPLAINT)) {
                        throw new IllegalArgumentException("reference: request " + reference + " is a "
                                + request.kind().name().toLowerCase(Locale.ROOT) + ", not a " + kind.wire());
                    }
                    if (person.isPresent() && !person.get().equals(request.requester())) {
                        throw new IllegalArgumentException("accountId: the request is not that person's");
                    }
                    yield request.requester();
                }
                case INCIDENT -> {
                    var incident = p.incidents().find(reference)
                            .orElseThrow(() -> new IllegalArgumentException("reference: no such incident"));
                    if (incident.status() == tech.jobbot.domain.incident.Incident.Status.RESOLVED) {
                        throw new IllegalArgumentException("reference: the incident is resolved");
                    }
                    AccountId named = person.orElseThrow(() -> new IllegalArgumentException(
                            "accountId: an incident case names the person it is about"));
                    if (!p.incidents().wasNotified(reference, named)) {
                        throw new IllegalArgumentException("accountId: the person is not on record as affected by "
                                + "the incident (affected people are those notified of it)");
                    }
                    yield named;
                }
            };
            if (assignee.equals(actor.id())) {
                throw new IllegalArgumentException("assignee: a case is opened by one staff member for another "
                        + "(four eyes); nobody assigns themselves");
            }
            StaffMember handler = p.directory().find(assignee).filter(StaffMember::active)
                    .orElseThrow(() -> new IllegalArgumentException("assignee: no such active staff member"));
            if (kind.handledBy().stream().noneMatch(handler::has)) {
                throw new IllegalArgumentException("assignee: " + kind.wire() + " cases go to "
                        + wire(kind.handledBy()) + ", and the assignee has " + wire(handler.roles()));
            }
            StaffCase opened = new StaffCase(UUID.randomUUID(), kind, reference, subject, assignee, categories,
                    actor.id(), clock.instant(), Optional.empty());
            p.cases().add(opened);
            p.audit().record("staff.case-opened", Optional.of(subject), "case " + opened.id() + " (" + kind.wire()
                    + " " + reference + ") by " + actor.id() + " for " + assignee + ": " + categories(categories));
            return opened;
        });
    }

    /** The cases assigned to the actor, open ones first. */
    public List<StaffCase> myCases(StaffMember actor) {
        return p.cases().assignedTo(actor.id(), 500);
    }

    /** A case as its assignee or opener sees it (the case itself names no personal data). */
    public StaffCase caseFor(StaffMember actor, UUID id) {
        return p.cases().find(id).filter(c -> c.assignee().equals(actor.id()) || c.openedBy().equals(actor.id()))
                .orElseThrow(() -> new NoSuchElementException("no such case"));
    }

    /** Closes a case; its assignee or opener may. Access through it ends. */
    public StaffCase closeCase(StaffMember actor, UUID id) {
        StaffCase c = caseFor(actor, id);
        if (!c.open()) {
            return c;
        }
        Instant now = clock.instant();
        p.cases().close(id, now);
        p.audit().record("staff.case-closed", Optional.of(c.subject()), "case " + id + " by " + actor.id());
        return c.close(now);
    }

    /**
     * Reads one category of a person's data through a case, writing it to {@code out}; records the
     * access for the person and in the audit log.
     *
     * @throws StaffForbiddenException if need-to-know refuses (the refusal is audited)
     * @throws UnknownAccountException if there is no such person
     */
    public void read(StaffMember actor, AccountId person, DataCategory category, Optional<UUID> caseId,
            OutputStream out) {
        StaffCase through = authorise(actor, person, category, caseId);
        p.accessLog().record(person, actor.describe(), "read " + category.wire() + " data",
                Optional.of(through.describe() + " (case " + through.id() + ")"), Optional.of(category.wire()),
                clock.instant());
        p.audit().record("staff.access-granted", Optional.of(person), "staff " + actor.id() + " read "
                + category.wire() + " through case " + through.id());
        // A complaint or request case reads that request, not every one the person ever filed.
        Optional<UUID> onlyRequest = category == DataCategory.REQUESTS && through.kind() != CaseKind.INCIDENT
                ? Optional.of(through.reference()) : Optional.empty();
        p.export().section(person, category, onlyRequest, out);
    }

    /**
     * The open case, assigned to the actor, that allows them {@code category} of {@code person}'s data.
     *
     * @throws StaffForbiddenException if there is none (the refusal is audited)
     */
    public StaffCase authorise(StaffMember actor, AccountId person, DataCategory category, Optional<UUID> caseId) {
        NeedToKnow.Decision decision = NeedToKnow.decide(actor, caseId.flatMap(p.cases()::find), person, category);
        if (decision instanceof NeedToKnow.Decision.Refused refused) {
            refused(actor, Optional.of(person), "read " + category.wire() + caseId.map(c -> " through case " + c)
                    .orElse(" without a case") + ": " + refused.reason());
            throw new StaffForbiddenException(refused.reason());
        }
        return ((NeedToKnow.Decision.Granted) decision).through();
    }

    /**
     * The open case, assigned to the actor, for this complaint or request, which a reply needs.
     *
     * @throws NoSuchElementException if there is no such request
     * @throws StaffForbiddenException if there is no such case (the refusal is audited)
     */
    public StaffCase caseForRequest(StaffMember actor, UUID request) {
        AccountId requester = p.requests().findForUpdate(request)
                .orElseThrow(() -> new NoSuchElementException("no such request")).requester();
        return p.cases().assignedTo(actor.id(), 500).stream()
                .filter(c -> c.open() && c.reference().equals(request) && c.subject().equals(requester)
                        && c.categories().contains(DataCategory.REQUESTS))
                .findFirst()
                .orElseThrow(() -> {
                    refused(actor, Optional.of(requester), "reply to request " + request + " without a case for it");
                    return new StaffForbiddenException("replying to a request needs an open case for it, assigned to "
                            + "you, that allows its requests data");
                });
    }

    /** Records a staff member's action on a person (not a read), for the person and the audit log. */
    public void recordAction(StaffMember actor, AccountId person, String action, Optional<StaffCase> through) {
        p.accessLog().record(person, actor.describe(), action,
                through.map(c -> c.describe() + " (case " + c.id() + ")"), Optional.empty(), clock.instant());
        p.audit().record("staff.action", Optional.of(person), "staff " + actor.id() + ": " + action);
    }

    /**
     * @throws StaffForbiddenException if the actor lacks every one of {@code roles} (audited)
     */
    public void requireAnyRole(StaffMember actor, Set<StaffRole> roles, String what) {
        if (roles.stream().noneMatch(actor::has)) {
            refused(actor, Optional.empty(), what + ": roles " + wire(actor.roles()));
            throw new StaffForbiddenException(what + " needs one of the roles " + wire(roles));
        }
    }

    private void requireRole(StaffMember actor, StaffRole role, String what) {
        requireAnyRole(actor, Set.of(role), what);
    }

    private void refused(StaffMember actor, Optional<AccountId> person, String what) {
        p.audit().record("staff.access-refused", person, "staff " + actor.id() + ": " + what);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static KeyScope scope(StaffId id) {
        return new KeyScope("staff:" + id.value());
    }

    private static String secretContext(StaffId id) {
        return "staff_members.totp_enc:" + id.value();
    }

    private Digest tokenDigest(String token) {
        return p.vault().digest(TOKEN_DIGEST, token);
    }

    private Digest recoveryDigest(StaffId id, String code) {
        String normalised = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return p.vault().digest(RECOVERY_DIGEST, id.value() + ":" + normalised);
    }

    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String wire(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::wire).toList().toString();
    }

    private static String categories(Set<DataCategory> categories) {
        return categories.stream().sorted().map(DataCategory::wire).toList().toString();
    }
}
