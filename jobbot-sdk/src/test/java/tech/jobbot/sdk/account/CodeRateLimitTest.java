package tech.jobbot.sdk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.sdk.JobbotHarness.email;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.sdk.JobbotHarness;

class CodeRateLimitTest {
    private static final EmailAddress ALICE = email("alice@example.com");

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
    void a_second_request_for_the_same_address_within_sixty_seconds_is_limited_and_sends_no_mail() {
        h.requestGranted(ALICE);
        h.clock.advance(Duration.ofSeconds(20));

        CodeRequestResult second = h.request(ALICE);

        CodeRequestResult.RateLimited limited = assertInstanceOf(CodeRequestResult.RateLimited.class, second);
        assertEquals("address-cooldown", limited.limit());
        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0);
        assertTrue(limited.retryAfter().compareTo(Duration.ofSeconds(60)) <= 0);
        assertEquals(Duration.ofSeconds(40), limited.retryAfter());
        assertEquals(1, h.deliverMail());
        assertEquals(1, h.mail.sentTo(ALICE).size());
        assertEquals(0, h.jobbot.pendingMail());
    }

    @Test
    void an_immediate_repeat_is_told_to_wait_the_whole_minute() {
        h.requestGranted(ALICE);
        CodeRequestResult.RateLimited limited = assertInstanceOf(CodeRequestResult.RateLimited.class,
                h.request(ALICE));
        assertEquals(Duration.ofSeconds(60), limited.retryAfter());
    }

    @Test
    void after_the_cooldown_the_next_request_is_granted() {
        h.requestGranted(ALICE);
        h.clock.advance(Duration.ofSeconds(60));
        assertInstanceOf(CodeRequestResult.Sent.class, h.request(ALICE));
    }

    @Test
    void a_resend_within_the_cooldown_is_limited_too() {
        FlowId flow = h.requestGranted(ALICE);
        h.clock.advance(Duration.ofSeconds(10));
        assertInstanceOf(CodeRequestResult.RateLimited.class, h.resend(ALICE, flow));
        assertEquals(1, h.deliverMail());
    }

    @Test
    void the_sixth_request_for_the_same_address_within_an_hour_is_limited() {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(CodeRequestResult.Sent.class, h.request(ALICE), "request " + (i + 1));
            h.clock.advance(Duration.ofSeconds(61));
        }

        CodeRequestResult sixth = h.request(ALICE);

        CodeRequestResult.RateLimited limited = assertInstanceOf(CodeRequestResult.RateLimited.class, sixth);
        assertEquals("address-hourly", limited.limit());
        assertEquals(Duration.ofHours(1).minusSeconds(5 * 61), limited.retryAfter(),
                "until the first request of the hour leaves the window");
        assertEquals(5, h.deliverMail());
        assertEquals(5, h.mail.sentTo(ALICE).size());
    }

    @Test
    void once_the_first_request_leaves_the_hour_another_is_granted() {
        for (int i = 0; i < 5; i++) {
            h.requestGranted(ALICE);
            h.clock.advance(Duration.ofSeconds(61));
        }
        h.clock.advance(Duration.ofHours(1).minusSeconds(5 * 61));
        assertInstanceOf(CodeRequestResult.Sent.class, h.request(ALICE));
    }

    @Test
    void the_thirty_first_request_from_one_client_within_an_hour_is_limited() {
        for (int i = 1; i <= 30; i++) {
            assertInstanceOf(CodeRequestResult.Sent.class, h.request(email("person" + i + "@example.com")),
                    "request " + i);
        }

        CodeRequestResult thirtyFirst = h.request(email("person31@example.com"));

        CodeRequestResult.RateLimited limited = assertInstanceOf(CodeRequestResult.RateLimited.class, thirtyFirst);
        assertEquals("client-hourly", limited.limit());
        assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0);
        assertEquals(30, h.deliverMail());
        assertEquals(0, h.mail.sentTo(email("person31@example.com")).size());
        assertInstanceOf(CodeRequestResult.Sent.class, h.jobbot.requestSignInCode(
                new RequestSignInCodeCommand(email("person31@example.com"), Optional.empty(), "198.51.100.99")),
                "another client is not affected");
    }

    @Test
    void a_limited_request_does_not_count_towards_the_limits() {
        h.requestGranted(ALICE);
        for (int i = 0; i < 10; i++) {
            h.clock.advance(Duration.ofSeconds(5));
            assertInstanceOf(CodeRequestResult.RateLimited.class, h.request(ALICE));
        }
        h.clock.advance(Duration.ofSeconds(11));
        assertInstanceOf(CodeRequestResult.Sent.class, h.request(ALICE),
                "sixty seconds after the last granted request, refused ones notwithstanding");
    }
}
