package tech.jobbot.sdk.minor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.minor.AgeBand;
import tech.jobbot.domain.minor.GuardianConsent;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.ports.in.minor.GuardianConsentRequiredException;
import tech.jobbot.ports.in.minor.SuperviseMinors.GuardianAnswer;
import tech.jobbot.sdk.JobbotHarness;

/** Minors (policy §8): supervised accounts, the guardian's consent by code, and what waits for it. */
class MinorsTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());
    private static final EmailAddress GUARDIAN = JobbotHarness.email("parent@example.com");
    private static final Pattern LINK = Pattern.compile("/guardian/([A-Za-z0-9_-]{43})");
    private static final Pattern CODE = Pattern.compile("enter this code: (\\d{6})");

    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId kid;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        kid = h.signInUndeclared(JobbotHarness.email("kid@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private LocalDate yearsAgo(int years) {
        return LocalDate.ofInstant(h.clock.instant(), ZoneOffset.UTC).minusYears(years);
    }

    private record GuardianMail(String token, SignInCode code) {
    }

    private GuardianMail askGuardian() {
        h.jobbot.requestGuardianConsent(kid, GUARDIAN);
        h.deliverMail();
        List<MailMessage> mails = h.mail.sentTo(GUARDIAN);
        String text = mails.get(mails.size() - 1).text();
        Matcher link = LINK.matcher(text);
        Matcher code = CODE.matcher(text);
        assertTrue(link.find() && code.find(), text);
        return new GuardianMail(link.group(1), new SignInCode(code.group(1)));
    }

    private static byte[] png() {
        return JobbotHarness.png(16, 16, Color.BLUE);
    }

    @Test
    void a_minor_without_guardian_consent_cannot_upload_an_avatar_or_turn_on_sensitive_purposes() throws IOException {
        Supervision declared = h.jobbot.declareAge(kid, Optional.of(yearsAgo(16)), "GLOBAL");
        assertEquals(AgeBand.MINOR, declared.declaredBand());
        LocalDate adultOn = declared.adultOn().orElseThrow();
        LocalDate eighteenth = yearsAgo(16).plusYears(18);
        assertEquals(1, adultOn.getDayOfMonth(), "only a month is kept, which does not give the birth date back");
        assertTrue(adultOn.isAfter(eighteenth) && !adultOn.isAfter(eighteenth.plusMonths(1)), adultOn.toString());

        assertThrows(GuardianConsentRequiredException.class, () -> h.jobbot.uploadAvatar(kid, png()));
        assertTrue(h.jobbot.profile(kid).orElseThrow().avatar().isEmpty());
        for (PurposeKey sensitive : List.of(PurposeKey.MARKETING_EMAIL, PurposeKey.PERSONALIZATION_RECOMMENDATIONS,
                PurposeKey.ANALYTICS_USAGE, PurposeKey.sharing("acme"))) {
            assertThrows(GuardianConsentRequiredException.class,
                    () -> h.jobbot.changeConsents(kid, Map.of(sensitive, true), SETTINGS), sensitive.value());
        }
        h.jobbot.changeConsents(kid, Map.of(PurposeKey.FUNCTIONAL_PREFERENCES, true), SETTINGS);
        assertTrue(h.jobbot.consentHistory(kid).stream().filter(r -> r.choice().decisive())
                .allMatch(r -> r.purpose().equals(PurposeKey.FUNCTIONAL_PREFERENCES)), "nothing sensitive recorded");
        assertInstanceOf(tech.jobbot.ports.in.job.JobCreation.Created.class,
                h.jobbot.createJob(kid, JobRequest.ofTitle("Barista")), "practising needs no guardian at 16");
        assertThrows(IllegalStateException.class, () -> h.jobbot.declareAge(kid, Optional.empty(), "GLOBAL"),
                "the declaration cannot be changed by the minor");
    }

    @Test
    void the_guardian_consents_with_the_mailed_code_can_see_the_consents_and_revoke_them() throws IOException {
        h.jobbot.declareAge(kid, Optional.of(yearsAgo(15)), "GLOBAL");
        GuardianMail mail = askGuardian();
        String text = h.mail.sentTo(GUARDIAN).getLast().text();
        assertTrue(text.contains("profile photo") && text.contains("marketing"), "explains what waits for consent");

        assertEquals(GuardianAnswer.WRONG_CODE, h.jobbot.answerAsGuardian(mail.token(),
                JobbotHarness.wrong(mail.code()), true, SETTINGS));
        assertEquals(GuardianConsent.REQUESTED, h.jobbot.supervision(kid).orElseThrow().guardian());
        assertEquals(GuardianAnswer.RECORDED, h.jobbot.answerAsGuardian(mail.token(), mail.code(), true, SETTINGS));
        assertEquals(GuardianConsent.GIVEN, h.jobbot.supervision(kid).orElseThrow().guardian());
        ConsentRecord proof = h.jobbot.consentHistory(kid).getLast();
        assertEquals(ConsentMethod.GUARDIAN, proof.method(), "the guardian's answer is in the ledger");

        assertInstanceOf(AvatarUpload.Stored.class, h.jobbot.uploadAvatar(kid, png()));
        h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        assertTrue(h.jobbot.guardianView(mail.token()).orElseThrow().consents().stream().anyMatch(c ->
                c.purpose().key().equals(PurposeKey.MARKETING_EMAIL)
                        && c.state() instanceof tech.jobbot.domain.consent.ConsentState.Granted),
                "the guardian sees the consents");

        assertTrue(h.jobbot.revokeAsGuardian(mail.token(), SETTINGS));
        assertFalse(h.jobbot.revokeAsGuardian(mail.token(), SETTINGS), "nothing more to revoke");
        ConsentRecord withdrawal = h.jobbot.consentHistory(kid).getLast();
        assertEquals(PurposeKey.MARKETING_EMAIL, withdrawal.purpose());
        assertEquals(ConsentMethod.GUARDIAN, withdrawal.method());
        assertTrue(h.jobbot.profile(kid).orElseThrow().avatar().isEmpty(), "the photo is deleted");
        assertThrows(GuardianConsentRequiredException.class, () -> h.jobbot.uploadAvatar(kid, png()));
    }

    @Test
    void under_the_minimum_age_nothing_beyond_the_email_is_kept_until_the_guardian_consents() {
        assertEquals(AgeBand.UNDER_MINIMUM_AGE, h.jobbot.declareAge(kid, Optional.of(yearsAgo(12)), "GLOBAL")
                .declaredBand());
        assertEquals(1, h.jobbot.supervision(kid).orElseThrow().adultOn().orElseThrow().getDayOfMonth(),
                "only months are kept, the date of birth cannot be read back");
        assertThrows(GuardianConsentRequiredException.class, () -> h.jobbot.createJob(kid,
                JobRequest.ofTitle("Barista")));
        assertThrows(GuardianConsentRequiredException.class, () -> h.jobbot.correctProfile(kid,
                new ProfileCorrection(Patch.set(new DisplayName("Kid")), Patch.keep(), Patch.keep())));
        assertEquals(List.of(), h.jobbot.jobs(kid));

        GuardianMail mail = askGuardian();
        assertTrue(h.mail.sentTo(GUARDIAN).getLast().text().contains("under the minimum age"));
        h.jobbot.answerAsGuardian(mail.token(), mail.code(), true, SETTINGS);
        h.jobbot.createJob(kid, JobRequest.ofTitle("Barista"));
        assertEquals(1, h.jobbot.jobs(kid).size());
    }

    @Test
    void without_a_declaration_nothing_beyond_the_email_is_kept_and_nothing_sensitive_turned_on() {
        assertThrows(AgeNotDeclaredException.class, () -> h.jobbot.createJob(kid, JobRequest.ofTitle("Barista")));
        assertThrows(AgeNotDeclaredException.class,
                () -> h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS));
        assertFalse(h.jobbot.ageStatus(kid).dataBeyondEmailAllowed());
        h.jobbot.declareAge(kid, Optional.empty(), "GLOBAL");
        assertTrue(h.jobbot.ageStatus(kid).sensitiveDataAllowed());
        h.jobbot.createJob(kid, JobRequest.ofTitle("Barista"));
    }

    @Test
    void someone_under_the_minimum_age_grows_into_a_supervised_minor_and_then_an_adult() {
        h.jobbot.declareAge(kid, Optional.of(yearsAgo(13).plusDays(1)), "GLOBAL");
        assertEquals(AgeBand.UNDER_MINIMUM_AGE, h.jobbot.ageStatus(kid).band().orElseThrow());
        h.clock.advance(Duration.ofDays(32));
        assertEquals(AgeBand.MINOR, h.jobbot.ageStatus(kid).band().orElseThrow(), "13 now: supervised");
        assertTrue(h.jobbot.ageStatus(kid).dataBeyondEmailAllowed());
        assertFalse(h.jobbot.ageStatus(kid).sensitiveDataAllowed());
        h.clock.advance(Duration.ofDays(366 * 5));
        assertEquals(AgeBand.ADULT, h.jobbot.ageStatus(kid).band().orElseThrow());
        assertTrue(h.jobbot.ageStatus(kid).sensitiveDataAllowed());
    }

    @Test
    void the_minimum_age_depends_on_the_region() {
        assertEquals(AgeBand.UNDER_MINIMUM_AGE, h.jobbot.declareAge(kid, Optional.of(yearsAgo(13)), "CN")
                .declaredBand(), "14 in China");
        AccountId other = h.signInUndeclared(JobbotHarness.email("other@example.com")).account();
        assertEquals(AgeBand.MINOR, h.jobbot.declareAge(other, Optional.of(yearsAgo(13)), "GLOBAL").declaredBand(),
                "13 elsewhere");
    }

    @Test
    void a_refusal_after_consent_takes_back_the_photo_and_the_link_ends_when_the_minor_comes_of_age()
            throws IOException {
        h.jobbot.declareAge(kid, Optional.of(yearsAgo(18).plusDays(10)), "GLOBAL");
        GuardianMail mail = askGuardian();
        h.jobbot.answerAsGuardian(mail.token(), mail.code(), true, SETTINGS);
        h.jobbot.uploadAvatar(kid, png());
        assertEquals(GuardianAnswer.RECORDED, h.jobbot.answerAsGuardian(mail.token(), mail.code(), false, SETTINGS));
        assertTrue(h.jobbot.profile(kid).orElseThrow().avatar().isEmpty(), "refusing takes the photo back too");

        h.jobbot.answerAsGuardian(mail.token(), mail.code(), true, SETTINGS);
        h.clock.advance(Duration.ofDays(45));
        assertEquals(Optional.empty(), h.jobbot.guardianView(mail.token()), "no guardian over an adult");
        assertFalse(h.jobbot.revokeAsGuardian(mail.token(), SETTINGS));
        assertEquals(GuardianAnswer.UNKNOWN_LINK, h.jobbot.answerAsGuardian(mail.token(), mail.code(), false,
                SETTINGS));
    }

    @Test
    void a_refusal_or_five_wrong_codes_or_an_old_code_gives_no_consent() {
        h.jobbot.declareAge(kid, Optional.of(yearsAgo(16)), "GLOBAL");
        GuardianMail first = askGuardian();
        for (int i = 0; i < 4; i++) {
            assertEquals(GuardianAnswer.WRONG_CODE, h.jobbot.answerAsGuardian(first.token(),
                    JobbotHarness.wrong(first.code()), true, SETTINGS));
        }
        assertEquals(GuardianAnswer.LOCKED, h.jobbot.answerAsGuardian(first.token(), JobbotHarness.wrong(first.code()),
                true, SETTINGS));
        assertEquals(GuardianAnswer.LOCKED, h.jobbot.answerAsGuardian(first.token(), first.code(), true, SETTINGS),
                "even the right code, once locked");

        GuardianMail second = askGuardian();
        assertEquals(GuardianAnswer.UNKNOWN_LINK, h.jobbot.answerAsGuardian(first.token(), first.code(), true,
                SETTINGS), "asking again replaces the old link");
        h.clock.advance(Duration.ofDays(8));
        assertEquals(GuardianAnswer.EXPIRED, h.jobbot.answerAsGuardian(second.token(), second.code(), true, SETTINGS));

        GuardianMail third = askGuardian();
        assertEquals(GuardianAnswer.RECORDED, h.jobbot.answerAsGuardian(third.token(), third.code(), false,
                SETTINGS));
        assertEquals(GuardianConsent.REVOKED, h.jobbot.supervision(kid).orElseThrow().guardian());
        assertThrows(GuardianConsentRequiredException.class,
                () -> h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS));
        assertEquals(Optional.empty(), h.jobbot.guardianView("A".repeat(43)));
    }

    @Test
    void supervision_ends_on_the_eighteenth_birthday_and_adults_need_no_guardian() {
        h.jobbot.declareAge(kid, Optional.of(yearsAgo(18).plusDays(1)), "GLOBAL");
        assertThrows(GuardianConsentRequiredException.class,
                () -> h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS));
        h.clock.advance(Duration.ofDays(1));
        assertThrows(GuardianConsentRequiredException.class,
                () -> h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS),
                "supervision ends with the month of the birthday, never before it");
        h.clock.advance(Duration.ofDays(31));
        h.jobbot.changeConsents(kid, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        assertThrows(IllegalStateException.class, () -> h.jobbot.requestGuardianConsent(kid, GUARDIAN));

        AccountId adult = h.signInUndeclared(JobbotHarness.email("adult@example.com")).account();
        h.jobbot.declareAge(adult, Optional.empty(), "GLOBAL");
        assertThrows(IllegalStateException.class, () -> h.jobbot.requestGuardianConsent(adult, GUARDIAN));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.declareAge(
                h.signInUndeclared(JobbotHarness.email("future@example.com")).account(), Optional.of(yearsAgo(-1)),
                "GLOBAL"));
        AccountId teen = h.signInUndeclared(JobbotHarness.email("teen@example.com")).account();
        h.jobbot.declareAge(teen, Optional.of(yearsAgo(16)), "GLOBAL");
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.requestGuardianConsent(teen,
                JobbotHarness.email("teen@example.com")), "not their own address");
    }
}
