package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.email;
import static tech.jobbot.sdk.JobbotHarness.wrong;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.sdk.CapturingMailSender;
import tech.jobbot.sdk.JobbotHarness;

class SignInTest {
    private static final EmailAddress ALICE = email("alice@example.com");
    private static final EmailAddress BOB = email("bob@example.com");
    private static final Duration COOLDOWN_PASSED = Duration.ofSeconds(61);

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void full_sign_up_mails_one_code_which_opens_a_session_of_a_new_account() {
        CodeRequestResult requested = h.request(ALICE);
        FlowId flow = assertInstanceOf(CodeRequestResult.Sent.class, requested).flowId();

        assertEquals(1, h.deliverMail());
        assertEquals(1, h.mail.sent().size());
        MailMessage mail = h.mail.sent().getFirst();
        assertEquals(ALICE, mail.to());
        SignInCode code = CapturingMailSender.codeIn(mail);
        assertTrue(mail.html().contains(code.digits()));

        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, code));
        assertTrue(signedIn.newAccount());
        assertEquals(h.clock.instant().plus(Duration.ofHours(24)), signedIn.expiresAt());

        AuthenticatedSession session = h.jobbot.authenticate(signedIn.token()).orElseThrow();
        assertEquals(signedIn.account(), session.account());
        assertEquals(signedIn.session(), session.session());
        assertEquals(Optional.of(ALICE), h.jobbot.profile(signedIn.account()).orElseThrow().email());
        assertEquals(0, h.deliverMail(), "nothing else is mailed");
    }

    @Test
    void a_second_sign_in_reaches_the_same_account_with_a_different_token() {
        SignInResult.SignedIn first = h.signInFully(ALICE);
        h.clock.advance(COOLDOWN_PASSED);

        SignInResult.SignedIn second = h.signInFully(ALICE);

        assertTrue(first.newAccount());
        assertFalse(second.newAccount());
        assertEquals(first.account(), second.account());
        assertNotEquals(first.token(), second.token());
        assertNotEquals(first.session(), second.session());
        assertEquals(first.account(), h.jobbot.authenticate(first.token()).orElseThrow().account());
        assertEquals(first.account(), h.jobbot.authenticate(second.token()).orElseThrow().account());
    }

    @Test
    void the_domain_of_the_address_is_case_insensitive_for_sign_in() {
        SignInResult.SignedIn first = h.signInFully(email("Alice@example.com"));
        h.clock.advance(COOLDOWN_PASSED);
        SignInResult.SignedIn second = h.signInFully(email("Alice@EXAMPLE.com"));
        assertEquals(first.account(), second.account());
    }

    @Test
    void a_code_used_ten_minutes_and_one_second_after_it_was_sent_is_expired() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);
        h.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertEquals(new SignInResult.Refused(new CodeCheck.Expired()), h.signIn(flow, ALICE, code));
    }

    @Test
    void a_code_used_nine_minutes_and_fifty_nine_seconds_after_it_was_sent_works() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);
        h.clock.advance(Duration.ofMinutes(9).plusSeconds(59));

        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, code));
    }

    @Test
    void after_five_wrong_codes_the_sixth_attempt_fails_even_with_the_right_code() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);
        SignInCode wrong = wrong(code);

        for (int left = 4; left >= 1; left--) {
            assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(left)), h.signIn(flow, ALICE, wrong));
        }
        assertEquals(new SignInResult.Refused(new CodeCheck.TooManyAttempts()), h.signIn(flow, ALICE, wrong));
        assertEquals(new SignInResult.Refused(new CodeCheck.TooManyAttempts()), h.signIn(flow, ALICE, code));
    }

    @Test
    void a_code_works_only_once() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);

        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, code));
        assertEquals(new SignInResult.Refused(new CodeCheck.AlreadyUsed()), h.signIn(flow, ALICE, code));
    }

    @Test
    void the_code_of_one_flow_is_refused_in_another_flow_of_the_same_address() {
        FlowId flowA = h.requestGranted(ALICE);
        SignInCode codeA = h.codeMailedTo(ALICE);
        h.clock.advance(COOLDOWN_PASSED);
        FlowId flowB = h.requestGranted(ALICE);
        SignInCode codeB = h.codeMailedTo(ALICE);
        assertNotEquals(flowA, flowB);

        SignInResult crossed = h.signIn(flowB, ALICE, codeA);

        // Should the two codes happen to be equal, flow B rightly accepts its own code.
        if (!codeA.equals(codeB)) {
            assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(4)), crossed);
            assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flowB, ALICE, codeB));
        }
    }

    @Test
    void the_code_of_another_address_is_refused_in_a_flow() {
        FlowId aliceFlow = h.requestGranted(ALICE);
        h.requestGranted(BOB);
        SignInCode bobCode = h.codeMailedTo(BOB);
        SignInCode aliceCode = h.mail.lastCodeTo(ALICE);

        if (!bobCode.equals(aliceCode)) {
            assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(4)), h.signIn(aliceFlow, ALICE, bobCode));
        }
        assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(3)), h.signIn(aliceFlow, BOB, aliceCode),
                "the right flow and code with another address is a wrong entry");
        assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(2)), h.signIn(aliceFlow, BOB, bobCode));
        SignInResult.SignedIn alice = assertInstanceOf(SignInResult.SignedIn.class,
                h.signIn(aliceFlow, ALICE, aliceCode));
        assertEquals(Optional.of(ALICE), h.jobbot.profile(alice.account()).orElseThrow().email());
    }

    @Test
    void an_unknown_flow_is_refused() {
        h.requestGranted(ALICE);
        SignInCode code = h.codeMailedTo(ALICE);
        assertEquals(new SignInResult.Refused(new CodeCheck.UnknownFlow()),
                h.signIn(new FlowId("ZZZZZZZZZZZZZZZZZZZZZZ"), ALICE, code));
    }

    @Test
    void a_resend_keeps_the_attempt_budget_of_the_flow() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode first = h.codeMailedTo(ALICE);
        SignInCode wrongCode = wrong(first);
        for (int left = 4; left >= 2; left--) {
            assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(left)), h.signIn(flow, ALICE, wrongCode));
        }

        h.clock.advance(COOLDOWN_PASSED);
        CodeRequestResult resent = h.resend(ALICE, flow);
        assertEquals(new CodeRequestResult.Sent(flow), resent, "a resend continues the same flow");
        SignInCode second = h.codeMailedTo(ALICE);
        SignInCode wrongAgain = wrong(second);

        assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(1)), h.signIn(flow, ALICE, wrongAgain));
        assertEquals(new SignInResult.Refused(new CodeCheck.TooManyAttempts()), h.signIn(flow, ALICE, wrongAgain));
        assertEquals(new SignInResult.Refused(new CodeCheck.TooManyAttempts()), h.signIn(flow, ALICE, second));
    }

    @Test
    void after_a_resend_the_previous_code_no_longer_works() {
        FlowId flow = h.requestGranted(ALICE);
        SignInCode first = h.codeMailedTo(ALICE);
        h.clock.advance(COOLDOWN_PASSED);
        assertEquals(new CodeRequestResult.Sent(flow), h.resend(ALICE, flow));
        SignInCode second = h.codeMailedTo(ALICE);
        assertEquals(2, h.mail.sentTo(ALICE).size());

        if (!first.equals(second)) {
            assertEquals(new SignInResult.Refused(new CodeCheck.WrongCode(4)), h.signIn(flow, ALICE, first));
        }
        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, second));
    }

    @Test
    void a_resend_renews_the_lifetime_of_the_flow() {
        FlowId flow = h.requestGranted(ALICE);
        h.clock.advance(Duration.ofMinutes(9));
        h.resend(ALICE, flow);
        SignInCode code = h.codeMailedTo(ALICE);
        h.clock.advance(Duration.ofMinutes(9));

        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, ALICE, code));
    }

    @Test
    void a_resend_into_the_flow_of_another_address_starts_a_new_flow_instead() {
        FlowId aliceFlow = h.requestGranted(ALICE);

        FlowId bobFlow = assertInstanceOf(CodeRequestResult.Sent.class, h.resend(BOB, aliceFlow)).flowId();

        assertNotEquals(aliceFlow, bobFlow);
        h.deliverMail();
        SignInCode aliceCode = h.mail.lastCodeTo(ALICE);
        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(aliceFlow, ALICE, aliceCode),
                "alice's flow and code are untouched by bob's request");
    }

    @Test
    void a_resend_into_a_used_flow_starts_a_new_flow() {
        FlowId flow = h.requestGranted(ALICE);
        h.signIn(flow, ALICE, h.codeMailedTo(ALICE));
        h.clock.advance(COOLDOWN_PASSED);

        FlowId next = assertInstanceOf(CodeRequestResult.Sent.class, h.resend(ALICE, flow)).flowId();

        assertNotEquals(flow, next);
        assertInstanceOf(SignInResult.SignedIn.class, h.signIn(next, ALICE, h.codeMailedTo(ALICE)));
    }

    @Test
    void an_email_change_flow_cannot_be_used_to_sign_in() {
        SignInResult.SignedIn alice = h.signInFully(ALICE);
        FlowId changeFlow = assertInstanceOf(CodeRequestResult.Sent.class,
                h.jobbot.requestEmailChange(alice.account(), BOB, JobbotHarness.CLIENT_IP)).flowId();
        SignInCode code = h.codeMailedTo(BOB);

        assertEquals(new SignInResult.Refused(new CodeCheck.UnknownFlow()), h.signIn(changeFlow, BOB, code));
    }
}
