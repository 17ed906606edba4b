package tech.jobbot.sdk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    @Test
    void the_backoff_starts_at_15_seconds_and_doubles() {
        assertEquals(Duration.ofSeconds(15), MailDelivery.backoff(1));
        assertEquals(Duration.ofSeconds(30), MailDelivery.backoff(2));
        assertEquals(Duration.ofMinutes(1), MailDelivery.backoff(3));
        assertEquals(Duration.ofMinutes(2), MailDelivery.backoff(4));
        assertEquals(Duration.ofMinutes(32), MailDelivery.backoff(8));
    }

    @Test
    void the_backoff_is_capped_at_an_hour_however_many_attempts() {
        assertEquals(Duration.ofHours(1), MailDelivery.backoff(9));
        assertEquals(Duration.ofHours(1), MailDelivery.backoff(MailDelivery.MAX_ATTEMPTS));
        assertEquals(Duration.ofHours(1), MailDelivery.backoff(1_000));
        assertEquals(Duration.ofHours(1), MailDelivery.backoff(Integer.MAX_VALUE));
    }
}
