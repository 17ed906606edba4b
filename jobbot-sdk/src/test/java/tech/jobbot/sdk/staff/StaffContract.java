package tech.jobbot.sdk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.domain.staff.CaseKind;
import tech.jobbot.domain.staff.DataCategory;
import tech.jobbot.domain.staff.StaffCase;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;
import tech.jobbot.domain.staff.Totp;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.out.account.StaffAccessLog.StaffAccess;
import tech.jobbot.sdk.JobbotHarness;

/** Staff, second factor, and need-to-know on a real database. */
abstract class StaffContract {
    private static final EmailAddress ADMIN = JobbotHarness.email("admin@staff.example");
    private static final EmailAddress AGENT = JobbotHarness.email("agent@staff.example");
    private static final EmailAddress OFFICER = JobbotHarness.email("officer@staff.example");

    @TempDir
    Path dataDir;
    JobbotHarness h;
    StaffService staff;
    StaffMember admin;
    StaffMember agent;
    StaffMember officer;
    AccountId ada;
    PrivacyRequest complaint;

    protected abstract JobbotHarness harness(Path dataDir);

    @BeforeEach
    void team() {
        h = harness(dataDir);
        staff = h.jobbot.staff();
        admin = staff.bootstrapAdministrator(ADMIN, "Grace Admin").orElseThrow();
        assertTrue(staff.bootstrapAdministrator(JobbotHarness.email("other@staff.example"), "Other").isEmpty(),
                "bootstrap only while there is no staff");
        agent = staff.addMember(admin, AGENT, "Sam Support", Set.of(StaffRole.SUPPORT));
        officer = staff.addMember(admin, OFFICER, "Pat Privacy", Set.of(StaffRole.PRIVACY_OFFICER));
        ada = h.signInFully(JobbotHarness.email("ada.staff@example.com")).account();
        complaint = h.jobbot.fileRequest(ada, RequestKind.COMPLAINT, "Rude feedback",
                "The feedback on my second answer was rude.");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void signing_in_takes_the_email_code_then_enrolment_then_a_totp_code_that_cannot_be_replayed() {
        StaffSignIn.Enrol enrol = assertInstanceOf(StaffSignIn.Enrol.class, attempt(AGENT, () -> Optional.empty(),
                Optional.empty()));
        assertEquals(StaffService.RECOVERY_CODES, enrol.recoveryCodes().size());
        assertTrue(enrol.otpauthUri().startsWith("otpauth://totp/"), enrol.otpauthUri());
        byte[] secret = Totp.fromBase32(enrol.secretBase32());

        // Two email codes in hand (a minute apart, the address cooldown), then the same TOTP code twice.
        h.clock.advance(Duration.ofMinutes(16));
        FlowId first = requested(AGENT);
        var firstCode = h.codeMailedTo(AGENT);
        h.clock.advance(Duration.ofSeconds(61));
        FlowId second = requested(AGENT);
        var secondCode = h.codeMailedTo(AGENT);
        String totp = Totp.code(secret, Totp.step(h.clock.instant()), Totp.DIGITS);
        StaffSignIn.SignedIn in = assertInstanceOf(StaffSignIn.SignedIn.class, staff.signIn(first, AGENT, firstCode,
                Optional.of(totp), Optional.empty()));
        assertTrue(in.token().startsWith(StaffService.TOKEN_PREFIX));
        assertEquals(agent.id(), staff.authenticate(in.token()).orElseThrow().member().id());
        assertTrue(in.member().enrolled());
        assertInstanceOf(StaffSignIn.Refused.class, staff.signIn(second, AGENT, secondCode, Optional.of(totp),
                Optional.empty()), "the same TOTP code a second time");

        assertInstanceOf(StaffSignIn.Refused.class, attempt(AGENT, () -> Optional.of("000000"), Optional.empty()));
        assertInstanceOf(StaffSignIn.Refused.class, attempt(AGENT, () -> Optional.empty(), Optional.empty()),
                "once enrolled, no sign-in without a second factor");
        assertInstanceOf(StaffSignIn.SignedIn.class, attempt(AGENT, () -> Optional.of(Totp.code(secret,
                Totp.step(h.clock.instant()), Totp.DIGITS)), Optional.empty()), "a fresh TOTP code works");

        String recovery = enrol.recoveryCodes().get(3);
        StaffSignIn.SignedIn byRecovery = assertInstanceOf(StaffSignIn.SignedIn.class,
                attempt(AGENT, () -> Optional.empty(), Optional.of(recovery.toUpperCase())));
        assertEquals(StaffService.RECOVERY_CODES - 1, byRecovery.recoveryCodesLeft());
        assertInstanceOf(StaffSignIn.Refused.class, attempt(AGENT, () -> Optional.empty(), Optional.of(recovery)),
                "a recovery code works once");

        h.clock.advance(StaffService.SESSION_LIFETIME.plus(Duration.ofMinutes(1)));
        assertTrue(staff.authenticate(in.token()).isEmpty(), "a staff session ends after a working day");
        assertTrue(staff.authenticate("jbs_forged").isEmpty());
    }

    @Test
    void a_wrong_email_code_or_an_address_that_is_not_staff_gets_nowhere_and_nothing_is_mailed() {
        EmailAddress stranger = JobbotHarness.email("stranger@example.com");
        FlowId flow = assertInstanceOf(CodeRequestResult.Sent.class, staff.requestCode(stranger, Optional.empty(),
                JobbotHarness.CLIENT_IP)).flowId();
        h.deliverMail();
        assertTrue(h.mail.sentTo(stranger).isEmpty(), "no mail to a non-member, yet the same answer");
        assertInstanceOf(CodeRequestResult.RateLimited.class, staff.requestCode(stranger, Optional.empty(),
                JobbotHarness.CLIENT_IP), "the same cooldown as for staff, so a 429 tells nothing either");
        assertInstanceOf(StaffSignIn.Refused.class, staff.signIn(flow, stranger,
                new tech.jobbot.domain.auth.SignInCode("123456"), Optional.empty(), Optional.empty()));
        FlowId agentFlow = assertInstanceOf(CodeRequestResult.Sent.class, staff.requestCode(AGENT, Optional.empty(),
                JobbotHarness.CLIENT_IP)).flowId();
        var right = h.codeMailedTo(AGENT);
        assertInstanceOf(StaffSignIn.Refused.class, staff.signIn(agentFlow, AGENT, JobbotHarness.wrong(right),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void a_support_agent_without_a_case_is_refused_and_the_refusal_is_audited() throws SQLException {
        StaffForbiddenException e = assertThrows(StaffForbiddenException.class,
                () -> read(agent, DataCategory.PROFILE, Optional.empty()));
        assertEquals("no such case", e.getMessage());
        assertEquals(1, auditEvents("staff.access-refused", ada));
        assertTrue(h.jobbot.staffAccesses(ada).isEmpty(), "nothing was read, so nothing to show");
        assertTrue(h.jobbot.verifyAuditLog().intact());
    }

    @Test
    void with_a_complaint_case_the_agent_sees_only_what_the_case_allows_and_the_person_sees_every_access()
            throws SQLException {
        StaffCase opened = staff.openCase(officer, CaseKind.COMPLAINT, complaint.id(), Optional.empty(),
                agent.id(), Set.of(DataCategory.PROFILE, DataCategory.REQUESTS));
        assertEquals(ada, opened.subject(), "the case is about the complainant, taken from the complaint");

        String requests = read(agent, DataCategory.REQUESTS, Optional.of(opened.id()));
        assertTrue(requests.contains("The feedback on my second answer was rude."), requests);
        String profile = read(agent, DataCategory.PROFILE, Optional.of(opened.id()));
        assertTrue(profile.contains("ada.staff@example.com"), profile);
        for (DataCategory other : List.of(DataCategory.INTERVIEWS, DataCategory.JOBS, DataCategory.INBOX,
                DataCategory.SESSIONS, DataCategory.CONSENTS, DataCategory.BACKGROUND)) {
            assertThrows(StaffForbiddenException.class, () -> read(agent, other, Optional.of(opened.id())),
                    other + " is not what the case needs");
        }
        assertThrows(StaffForbiddenException.class, () -> read(officer, DataCategory.REQUESTS,
                Optional.of(opened.id())), "the case is the agent's, not the officer's who opened it");
        AccountId bob = h.signInFully(JobbotHarness.email("bob.staff@example.com")).account();
        assertThrows(StaffForbiddenException.class, () -> staff.read(agent, bob, DataCategory.PROFILE,
                Optional.of(opened.id()), new ByteArrayOutputStream()), "the case is not about Bob");

        List<StaffAccess> seen = h.jobbot.staffAccesses(ada);
        assertEquals(2, seen.size(), "two reads granted, each shown: " + seen);
        assertEquals("Sam Support (support)", seen.get(0).actor());
        assertEquals(Optional.of("requests"), seen.get(0).category());
        assertTrue(seen.get(0).caseRef().orElseThrow().contains(opened.id().toString()));
        assertTrue(seen.get(0).caseRef().orElseThrow().startsWith("complaint " + complaint.id()));
        assertEquals(2, auditEvents("staff.access-granted", ada));
        assertEquals(7, auditEvents("staff.access-refused", ada), "six categories and the officer; the refusal"
                + " about Bob is under his pseudonym");
        assertTrue(h.jobbot.staffAccesses(bob).isEmpty());

        staff.closeCase(agent, opened.id());
        assertEquals("the case is closed", assertThrows(StaffForbiddenException.class,
                () -> read(agent, DataCategory.REQUESTS, Optional.of(opened.id()))).getMessage());
        assertTrue(h.jobbot.verifyAuditLog().intact());
    }

    @Test
    void cases_open_only_for_real_requests_to_staff_whose_roles_handle_them() {
        assertThrows(StaffForbiddenException.class, () -> staff.openCase(agent, CaseKind.COMPLAINT,
                complaint.id(), Optional.empty(), agent.id(), Set.of(DataCategory.REQUESTS)),
                "support does not open cases for itself");
        assertThrows(IllegalArgumentException.class, () -> staff.openCase(officer, CaseKind.COMPLAINT,
                UUID.randomUUID(), Optional.empty(), agent.id(), Set.of(DataCategory.REQUESTS)));
        assertThrows(IllegalArgumentException.class, () -> staff.openCase(officer, CaseKind.PRIVACY_REQUEST,
                complaint.id(), Optional.empty(), officer.id(), Set.of(DataCategory.REQUESTS)),
                "a complaint is not a privacy request");
        IllegalArgumentException wrongRole = assertThrows(IllegalArgumentException.class, () -> staff.openCase(
                officer, CaseKind.PRIVACY_REQUEST, h.jobbot.fileRequest(ada, RequestKind.OBJECTION, "Stop", "Stop it.")
                        .id(), Optional.empty(), agent.id(), Set.of(DataCategory.REQUESTS)));
        assertTrue(wrongRole.getMessage().contains("privacy-officer"), wrongRole.getMessage());
        assertThrows(IllegalArgumentException.class, () -> staff.openCase(officer, CaseKind.COMPLAINT,
                complaint.id(), Optional.empty(), agent.id(), Set.of(DataCategory.INTERVIEWS)),
                "a complaint case never needs the interviews");
    }

    @Test
    void a_case_reads_only_its_own_request_is_never_self_assigned_and_never_opened_on_a_closed_request() {
        PrivacyRequest other = h.jobbot.fileRequest(ada, RequestKind.COMPLAINT, "Another", "A second, private matter.");
        IllegalArgumentException self = assertThrows(IllegalArgumentException.class, () -> staff.openCase(officer,
                CaseKind.COMPLAINT, complaint.id(), Optional.empty(), officer.id(), Set.of(DataCategory.REQUESTS)));
        assertTrue(self.getMessage().startsWith("assignee: "), self.getMessage());
        StaffCase opened = staff.openCase(officer, CaseKind.COMPLAINT, complaint.id(), Optional.empty(), agent.id(),
                Set.of(DataCategory.REQUESTS));
        String requests = read(agent, DataCategory.REQUESTS, Optional.of(opened.id()));
        assertTrue(requests.contains("rude"), requests);
        assertFalse(requests.contains("A second, private matter."), "the other complaint is not this case's: "
                + requests);

        h.jobbot.replyToRequest(other.id(), "Done.", true);
        IllegalArgumentException closed = assertThrows(IllegalArgumentException.class, () -> staff.openCase(officer,
                CaseKind.COMPLAINT, other.id(), Optional.empty(), agent.id(), Set.of(DataCategory.REQUESTS)));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void an_incident_case_is_about_someone_on_record_as_affected_and_reads_only_profile_and_sessions() {
        StaffMember security = staff.addMember(admin, JobbotHarness.email("sec@staff.example"), "Sec Officer",
                Set.of(StaffRole.SECURITY_OFFICER));
        StaffMember lead = staff.addMember(admin, JobbotHarness.email("lead@staff.example"), "Sec Lead",
                Set.of(StaffRole.SECURITY_OFFICER));
        Instant now = h.clock.instant();
        var incident = h.jobbot.incidents().register(now.minus(Duration.ofHours(1)), now, "A log file was readable",
                List.of("email addresses"), 1, 1, "Phishing", "File removed", "security@jobbot.tech", "Misconfiguration",
                "Be wary of mails asking for a code");
        IllegalArgumentException notAffected = assertThrows(IllegalArgumentException.class, () -> staff.openCase(lead,
                CaseKind.INCIDENT, incident.id(), Optional.of(ada), security.id(), Set.of(DataCategory.SESSIONS)));
        assertTrue(notAffected.getMessage().contains("affected"), notAffected.getMessage());

        h.jobbot.incidents().notifyAffected(incident.id(), new tech.jobbot.domain.incident.Affected.Everyone(), 100);
        StaffCase opened = staff.openCase(lead, CaseKind.INCIDENT, incident.id(), Optional.of(ada), security.id(),
                Set.of(DataCategory.SESSIONS));
        assertTrue(read(security, DataCategory.SESSIONS, Optional.of(opened.id())).contains("Firefox"));
        assertThrows(StaffForbiddenException.class, () -> read(security, DataCategory.REQUESTS,
                Optional.of(opened.id())));
        assertThrows(IllegalArgumentException.class, () -> staff.openCase(lead, CaseKind.INCIDENT, incident.id(),
                Optional.of(ada), agent.id(), Set.of(DataCategory.SESSIONS)), "support does not handle incidents");
    }

    @Test
    void administrators_manage_staff_but_nobody_their_own_roles_and_a_demoted_agent_loses_the_case()
            throws SQLException {
        assertThrows(StaffForbiddenException.class, () -> staff.setRoles(admin, admin.id(), Set.of()));
        assertThrows(StaffForbiddenException.class, () -> staff.setRoles(officer, officer.id(),
                Set.of(StaffRole.ADMINISTRATOR)));
        assertThrows(StaffForbiddenException.class, () -> staff.addMember(officer,
                JobbotHarness.email("friend@staff.example"), "Friend", Set.of(StaffRole.ADMINISTRATOR)));
        assertThrows(StaffForbiddenException.class, () -> staff.deactivate(admin, admin.id()));
        assertThrows(IllegalArgumentException.class, () -> staff.addMember(admin, AGENT, "Again", Set.of()));

        StaffCase opened = staff.openCase(officer, CaseKind.COMPLAINT, complaint.id(), Optional.empty(),
                agent.id(), Set.of(DataCategory.REQUESTS));
        read(agent, DataCategory.REQUESTS, Optional.of(opened.id()));
        StaffMember demoted = staff.setRoles(admin, agent.id(), Set.of(StaffRole.SECURITY_OFFICER));
        assertEquals(Set.of(StaffRole.SECURITY_OFFICER), demoted.roles());
        assertThrows(StaffForbiddenException.class, () -> read(demoted, DataCategory.REQUESTS,
                Optional.of(opened.id())));
        assertEquals(1, auditEvents("staff.roles-changed", null));
        assertTrue(auditEvents("staff.access-refused", null) >= 4, "each refused management step is audited");

        staff.deactivate(admin, officer.id());
        assertFalse(staff.members(admin).stream().filter(m -> m.id().equals(officer.id())).findFirst().orElseThrow()
                .active());
    }

    /** One sign-in as a person makes it, spaced out so that the hourly limit on codes never trips. */
    private StaffSignIn attempt(EmailAddress email, java.util.function.Supplier<Optional<String>> totp,
            Optional<String> recovery) {
        h.clock.advance(Duration.ofMinutes(16));
        FlowId flow = requested(email);
        return staff.signIn(flow, email, h.codeMailedTo(email), totp.get(), recovery);
    }

    private FlowId requested(EmailAddress email) {
        return assertInstanceOf(CodeRequestResult.Sent.class, staff.requestCode(email, Optional.empty(),
                JobbotHarness.CLIENT_IP)).flowId();
    }

    private String read(StaffMember who, DataCategory category, Optional<UUID> caseId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        staff.read(who, ada, category, caseId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int auditEvents(String event, AccountId about) throws SQLException {
        String sql = "SELECT COUNT(*) FROM audit_log WHERE event = '" + event + "'"
                + (about == null ? "" : " AND subject = '" + h.jobbot.auditPseudonym(about) + "'");
        try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
