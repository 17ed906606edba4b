package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.sdk.JobbotHarness;

class ExternalAccountsTest {
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
    void the_same_subject_always_maps_to_the_same_account() {
        AccountId first = h.jobbot.accountFor(new ExternalSubject("hr-platform|user-42"));
        AccountId second = h.jobbot.accountFor(new ExternalSubject("hr-platform|user-42"));
        assertEquals(first, second);
    }

    @Test
    void different_subjects_map_to_different_accounts() {
        AccountId one = h.jobbot.accountFor(new ExternalSubject("hr-platform|user-42"));
        AccountId other = h.jobbot.accountFor(new ExternalSubject("hr-platform|user-43"));
        AccountId caseDiffers = h.jobbot.accountFor(new ExternalSubject("HR-platform|user-42"));
        assertNotEquals(one, other);
        assertNotEquals(one, caseDiffers);
    }

    @Test
    void an_external_account_has_no_email_and_keeps_its_subject() {
        ExternalSubject subject = new ExternalSubject("career-site|8c1f");
        Account profile = h.jobbot.profile(h.jobbot.accountFor(subject)).orElseThrow();
        assertTrue(profile.email().isEmpty());
        assertEquals(Optional.of(subject), profile.externalSubject());
        assertEquals(0, h.deliverMail(), "no mail is involved");
    }

    @Test
    void an_external_account_can_correct_its_profile_once_the_platform_declared_the_age() {
        AccountId id = h.jobbot.accountFor(new ExternalSubject("career-site|8c1f"));
        assertThrows(AgeNotDeclaredException.class, () -> h.jobbot.correctProfile(id, new ProfileCorrection(
                Patch.set(new DisplayName("Lee")), Patch.keep(), Patch.keep())), "the platform declares the age first");
        h.jobbot.declareAge(id, Optional.empty(), "GLOBAL");
        h.jobbot.correctProfile(id, new ProfileCorrection(Patch.set(new DisplayName("Lee")), Patch.keep(),
                Patch.keep()));
        assertEquals(Optional.of(new DisplayName("Lee")), h.jobbot.profile(id).orElseThrow().displayName());
        assertEquals(id, h.jobbot.accountFor(new ExternalSubject("career-site|8c1f")));
    }
}
