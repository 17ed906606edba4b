package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.sdk.JobbotHarness;

/** A sign-in from a device never seen before sends a security notice; the usual device does not. */
class NewDeviceNoticeTest {
    private static final EmailAddress ADA = JobbotHarness.email("ada@example.com");

    @TempDir
    Path dataDir;
    JobbotHarness h;

    @AfterEach
    void stop() {
        h.close();
    }

    private List<MailMessage> notices() {
        h.deliverMail();
        return h.mail.sentTo(ADA).stream().filter(m -> m.subject().startsWith("New sign-in")).toList();
    }

    private List<InboxMessage> inboxNotices(AccountId id) {
        return h.jobbot.messages(id).stream().filter(m -> m.kind() == MessageKind.SECURITY_NOTICE).toList();
    }

    @Test
    void only_a_new_device_of_an_existing_account_is_announced() {
        h = JobbotHarness.start(dataDir);
        AccountId ada = h.signInFully(ADA, JobbotHarness.FIREFOX_ON_LINUX).account();
        h.clock.advance(Duration.ofMinutes(2));
        h.signInFully(ADA, JobbotHarness.FIREFOX_ON_LINUX);
        assertEquals(List.of(), notices(), "sign-up and the usual device: no notice");

        h.clock.advance(Duration.ofMinutes(2));
        h.signInFully(ADA, JobbotHarness.CHROME_ON_WINDOWS);
        List<MailMessage> mails = notices();
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).subject().contains("Chrome on Windows"), mails.get(0).subject());
        assertEquals(1, inboxNotices(ada).size(), "also in the inbox");

        h.clock.advance(Duration.ofMinutes(2));
        h.signInFully(ADA, JobbotHarness.CHROME_ON_WINDOWS);
        assertEquals(1, notices().size(), "a known device once more: nothing new");
    }
}
