package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static tech.jobbot.sdk.JobbotHarness.email;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.sdk.CapturingMailSender;
import tech.jobbot.sdk.JobbotHarness;

/** Nobody can learn from a code request whether an address has an account. */
class KnownAndUnknownAddressesTest {
    private static final EmailAddress KNOWN = email("known@example.com");
    private static final EmailAddress UNKNOWN = email("unknown@example.com");

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDirectory);
        h.signInFully(KNOWN);
        h.clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void known_and_unknown_addresses_get_the_same_kind_of_answer() {
        CodeRequestResult known = h.request(KNOWN);
        CodeRequestResult unknown = h.request(UNKNOWN);

        assertEquals(known.getClass(), unknown.getClass());
        assertInstanceOf(CodeRequestResult.Sent.class, known);
    }

    @Test
    void known_and_unknown_addresses_each_get_exactly_one_mail_that_reads_the_same() {
        int before = h.mail.sentTo(KNOWN).size();
        h.request(KNOWN);
        h.request(UNKNOWN);
        h.deliverMail();

        assertEquals(1, h.mail.sentTo(KNOWN).size() - before);
        assertEquals(1, h.mail.sentTo(UNKNOWN).size());
        MailMessage toKnown = h.mail.sentTo(KNOWN).getLast();
        MailMessage toUnknown = h.mail.sentTo(UNKNOWN).getLast();
        assertEquals(toKnown.subject(), toUnknown.subject());
        assertEquals(withoutCode(toKnown.text(), toKnown), withoutCode(toUnknown.text(), toUnknown));
        assertEquals(withoutCode(toKnown.html(), toKnown), withoutCode(toUnknown.html(), toUnknown));
    }

    private static String withoutCode(String body, MailMessage mail) {
        return body.replace(CapturingMailSender.codeIn(mail).digits(), "######");
    }
}
