package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.CLIENT_IP;
import static tech.jobbot.sdk.JobbotHarness.email;
import static tech.jobbot.sdk.JobbotHarness.wrong;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.Language;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.account.EmailChangeResult;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.sdk.JobbotHarness;

class ProfileTest {
    private static final EmailAddress OLD = email("ada@old.example.com");
    private static final EmailAddress NEW = email("ada@new.example.com");
    private static final EmailAddress BOB = email("bob@example.com");

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;
    private AccountId ada;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
        ada = h.signInFully(OLD).account();
        h.clock.advance(Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_new_account_has_an_empty_profile_but_for_its_email() {
        Account profile = h.jobbot.profile(ada).orElseThrow();
        assertEquals(Optional.of(OLD), profile.email());
        assertTrue(profile.displayName().isEmpty());
        assertTrue(profile.country().isEmpty());
        assertTrue(profile.language().isEmpty());
        assertTrue(profile.avatar().isEmpty());
        assertTrue(profile.externalSubject().isEmpty());
    }

    @Test
    void correcting_the_profile_sets_name_country_and_language_as_stored() {
        Account corrected = h.jobbot.correctProfile(ada, new ProfileCorrection(
                Patch.set(new DisplayName("山田 花子")), Patch.set(new Country("JP")), Patch.set(new Language("ja"))));

        Account stored = h.jobbot.profile(ada).orElseThrow();
        assertEquals(corrected, stored);
        assertEquals(Optional.of(new DisplayName("山田 花子")), stored.displayName());
        assertEquals(Optional.of(new Country("JP")), stored.country());
        assertEquals(Optional.of(new Language("ja")), stored.language());
        assertEquals(h.clock.instant(), stored.updatedAt());
        assertNotEquals(stored.createdAt(), stored.updatedAt());
    }

    @Test
    void correcting_the_profile_can_clear_fields_and_keep_others() {
        h.jobbot.correctProfile(ada, new ProfileCorrection(Patch.set(new DisplayName("Ada 👩‍💻")),
                Patch.set(new Country("GB")), Patch.set(new Language("en-GB"))));

        h.jobbot.correctProfile(ada, new ProfileCorrection(Patch.keep(), Patch.clear(), Patch.clear()));

        Account stored = h.jobbot.profile(ada).orElseThrow();
        assertEquals(Optional.of(new DisplayName("Ada 👩‍💻")), stored.displayName());
        assertTrue(stored.country().isEmpty());
        assertTrue(stored.language().isEmpty());

        h.jobbot.correctProfile(ada, new ProfileCorrection(Patch.clear(), Patch.keep(), Patch.keep()));
        assertTrue(h.jobbot.profile(ada).orElseThrow().displayName().isEmpty());
        assertEquals(Optional.of(OLD), h.jobbot.profile(ada).orElseThrow().email());
    }

    @Test
    void correcting_the_profile_of_an_unknown_account_fails() {
        AccountId nobody = new AccountId(UUID.randomUUID());
        assertThrows(UnknownAccountException.class, () -> h.jobbot.correctProfile(nobody, ProfileCorrection.none()));
        assertTrue(h.jobbot.profile(nobody).isEmpty());
    }

    @Test
    void an_email_change_mails_a_code_to_the_new_address_only() {
        int toOldBefore = h.mail.sentTo(OLD).size();

        CodeRequestResult requested = h.jobbot.requestEmailChange(ada, NEW, CLIENT_IP);

        assertInstanceOf(CodeRequestResult.Sent.class, requested);
        assertEquals(1, h.deliverMail());
        assertEquals(1, h.mail.sentTo(NEW).size());
        assertTrue(h.mail.sentTo(NEW).getFirst().text().contains("confirm this address"));
        assertEquals(toOldBefore, h.mail.sentTo(OLD).size());
        assertEquals(Optional.of(OLD), h.jobbot.profile(ada).orElseThrow().email(), "nothing changes yet");
    }

    @Test
    void confirming_the_email_change_moves_the_account_to_the_new_address_and_notifies_the_old_one() {
        FlowId flow = changeRequested();
        SignInCode code = h.codeMailedTo(NEW);
        int toOldBefore = h.mail.sentTo(OLD).size();

        EmailChangeResult result = h.jobbot.confirmEmailChange(ada, flow, NEW, code);

        Account changed = assertInstanceOf(EmailChangeResult.Changed.class, result).account();
        assertEquals(Optional.of(NEW), changed.email());
        assertEquals(Optional.of(NEW), h.jobbot.profile(ada).orElseThrow().email());
        assertEquals(1, h.deliverMail());
        List<MailMessage> toOld = h.mail.sentTo(OLD);
        assertEquals(toOldBefore + 1, toOld.size());
        MailMessage notice = toOld.getLast();
        assertTrue(notice.subject().contains("changed"));
        assertFalse(notice.text().contains(NEW.value()), "the notice does not reveal the new address");
        InboxMessage security = h.jobbot.messages(ada).getFirst();
        assertEquals(MessageKind.SECURITY_NOTICE, security.kind(), "and a security notice in the inbox");
        assertTrue(security.subject().contains("email address was changed"));
    }

    @Test
    void after_an_email_change_the_new_address_signs_in_to_the_account_and_the_old_one_starts_a_new_account() {
        FlowId flow = changeRequested();
        assertInstanceOf(EmailChangeResult.Changed.class,
                h.jobbot.confirmEmailChange(ada, flow, NEW, h.codeMailedTo(NEW)));
        h.clock.advance(Duration.ofMinutes(2));

        SignInResult.SignedIn byNew = h.signInFully(NEW);
        SignInResult.SignedIn byOld = h.signInFully(OLD);

        assertEquals(ada, byNew.account());
        assertFalse(byNew.newAccount());
        assertNotEquals(ada, byOld.account());
        assertTrue(byOld.newAccount());
    }

    @Test
    void an_email_change_to_an_address_of_another_account_is_refused_as_taken() {
        AccountId bob = h.signInFully(BOB).account();
        h.clock.advance(Duration.ofMinutes(2));
        FlowId flow = assertInstanceOf(CodeRequestResult.Sent.class,
                h.jobbot.requestEmailChange(ada, BOB, CLIENT_IP)).flowId();
        SignInCode code = h.codeMailedTo(BOB);

        assertInstanceOf(EmailChangeResult.AddressTaken.class, h.jobbot.confirmEmailChange(ada, flow, BOB, code));

        assertEquals(Optional.of(OLD), h.jobbot.profile(ada).orElseThrow().email());
        assertEquals(Optional.of(BOB), h.jobbot.profile(bob).orElseThrow().email());
        h.clock.advance(Duration.ofMinutes(2));
        assertEquals(bob, h.signInFully(BOB).account());
    }

    @Test
    void a_wrong_code_does_not_change_the_address() {
        FlowId flow = changeRequested();
        SignInCode code = h.codeMailedTo(NEW);

        assertEquals(new EmailChangeResult.Refused(new CodeCheck.WrongCode(4)),
                h.jobbot.confirmEmailChange(ada, flow, NEW, wrong(code)));
        assertEquals(Optional.of(OLD), h.jobbot.profile(ada).orElseThrow().email());
    }

    @Test
    void the_code_proves_the_address_it_was_sent_to_and_no_other() {
        FlowId flow = changeRequested();
        SignInCode code = h.codeMailedTo(NEW);

        assertEquals(new EmailChangeResult.Refused(new CodeCheck.WrongCode(4)),
                h.jobbot.confirmEmailChange(ada, flow, email("mallory@example.com"), code));
        assertEquals(Optional.of(OLD), h.jobbot.profile(ada).orElseThrow().email());
    }

    @Test
    void another_account_cannot_confirm_a_change_it_did_not_request() {
        FlowId flow = changeRequested();
        SignInCode code = h.codeMailedTo(NEW);
        AccountId bob = h.signInFully(BOB).account();

        assertEquals(new EmailChangeResult.Refused(new CodeCheck.UnknownFlow()),
                h.jobbot.confirmEmailChange(bob, flow, NEW, code));
        assertInstanceOf(EmailChangeResult.Changed.class, h.jobbot.confirmEmailChange(ada, flow, NEW, code));
    }

    @Test
    void a_sign_in_flow_cannot_confirm_an_email_change() {
        FlowId signInFlow = h.requestGranted(NEW);
        SignInCode code = h.codeMailedTo(NEW);

        assertEquals(new EmailChangeResult.Refused(new CodeCheck.UnknownFlow()),
                h.jobbot.confirmEmailChange(ada, signInFlow, NEW, code));
    }

    @Test
    void an_email_change_code_works_only_once() {
        FlowId flow = changeRequested();
        SignInCode code = h.codeMailedTo(NEW);
        assertInstanceOf(EmailChangeResult.Changed.class, h.jobbot.confirmEmailChange(ada, flow, NEW, code));

        assertEquals(new EmailChangeResult.Refused(new CodeCheck.AlreadyUsed()),
                h.jobbot.confirmEmailChange(ada, flow, NEW, code));
    }

    @Test
    void requesting_an_email_change_for_an_unknown_account_fails_and_sends_nothing() {
        assertThrows(UnknownAccountException.class,
                () -> h.jobbot.requestEmailChange(new AccountId(UUID.randomUUID()), NEW, CLIENT_IP));
        assertEquals(0, h.deliverMail());
    }

    private FlowId changeRequested() {
        return assertInstanceOf(CodeRequestResult.Sent.class, h.jobbot.requestEmailChange(ada, NEW, CLIENT_IP))
                .flowId();
    }
}
